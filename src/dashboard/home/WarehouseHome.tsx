import Inventory from '@mui/icons-material/Inventory';
import { Button, Card, CardActions, CardContent } from '@mui/material';
import { DataTable, Link, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { GuardedReferenceField } from '../../common/GuardedReferenceField';
import { ParisDateField } from '../../common/ParisDateField';
import { HomePage } from './HomePage';
import { HomeSection } from './HomeSection';
import { ScanField } from '../../returns/reception/ScanField';
import { ReferenceLinkField } from './ReferenceLinkField';
import { useHomeList, type HomeListQuery } from './useHomeList';

const AWAITING: HomeListQuery = {
  resource: 'returns',
  filter: { status: 'authorised' },
  sort: { field: 'requestedAt', order: 'ASC' },
};

/** A scan here opens the return straight on the reception screen. */
const Reception = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  return (
    <Card>
      <CardContent>
        <ScanField onFound={(ret) => navigate(`/reception/${ret.id}`)} />
      </CardContent>
      <CardActions>
        <Button component={Link} to="/reception" startIcon={<Inventory />}>
          {translate('app.returns.reception.open')}
        </Button>
      </CardActions>
    </Card>
  );
};

const BY_ORDER = { orderId: 'orders' };

/** The warehouse's home: the reception field, and the returns still expected, oldest first. */
export const WarehouseHome = () => {
  const awaiting = useHomeList(AWAITING);
  return (
    <HomePage title="app.home.warehouse.title" ready={!awaiting.isPending}>
      <Reception />
      <HomeSection
        title="app.home.warehouse.awaiting"
        query={AWAITING}
        list={awaiting}
        references={BY_ORDER}
      >
        <DataTable.Col source="reference" field={ReferenceLinkField} />
        <DataTable.Col source="orderId">
          <GuardedReferenceField source="orderId" reference="orders" />
        </DataTable.Col>
        <DataTable.Col source="requestedAt" field={ParisDateField} />
      </HomeSection>
    </HomePage>
  );
};
