import { DataTable } from 'react-admin';
import { GuardedReferenceField } from '../../common/GuardedReferenceField';
import { ParisDateField } from '../../common/ParisDateField';
import { HomePage } from './HomePage';
import { HomeSection } from './HomeSection';
import { ReceptionScan } from './ReceptionScan';
import { ReferenceLinkField } from './ReferenceLinkField';
import { useHomeList, type HomeListQuery } from './useHomeList';

const AWAITING: HomeListQuery = {
  resource: 'returns',
  filter: { status: 'authorised' },
  sort: { field: 'requestedAt', order: 'ASC' },
};

/** The warehouse's home: the reception field, and the returns still expected, oldest first. */
export const WarehouseHome = () => {
  const awaiting = useHomeList(AWAITING);
  return (
    <HomePage title="app.home.warehouse.title" ready={!awaiting.isPending}>
      <ReceptionScan />
      <HomeSection title="app.home.warehouse.awaiting" query={AWAITING} list={awaiting}>
        <DataTable.Col source="reference" field={ReferenceLinkField} />
        <DataTable.Col source="orderId">
          <GuardedReferenceField source="orderId" reference="orders" />
        </DataTable.Col>
        <DataTable.Col source="requestedAt" field={ParisDateField} />
      </HomeSection>
    </HomePage>
  );
};
