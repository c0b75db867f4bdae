import { DataTable } from 'react-admin';
import { ReplyClockField } from '../../contactRequests/ReplyClockField';
import { RequesterField } from '../../contactRequests/RequesterField';
import { EnumField } from '../../common/EnumField';
import { GuardedReferenceField } from '../../common/GuardedReferenceField';
import { ParisDateField } from '../../common/ParisDateField';
import { HomePage } from './HomePage';
import { HomeSection } from './HomeSection';
import { OverdueContactRequests } from './OverdueContactRequests';
import { ReferenceLinkField } from './ReferenceLinkField';
import { ReservationClockField } from '../../reservations/ReservationClockField';
import { RefundClockField } from '../../returns/RefundClockField';
import {
  OVERDUE_TO_ANSWER,
  TO_ANSWER,
  useContactRequestsToAnswer,
} from './useContactRequestsToAnswer';
import { useHomeList, type HomeListQuery } from './useHomeList';

const OVERDUE_REFUNDS: HomeListQuery = {
  resource: 'returns',
  filter: { overdue: true },
  sort: { field: 'refundDueBy', order: 'ASC' },
};

const TO_CONFIRM: HomeListQuery = {
  resource: 'reservations',
  filter: { status: 'pending' },
  sort: { field: 'confirmBy', order: 'ASC' },
};

const BY_CUSTOMER = { customerId: 'customers' };
const BY_CUSTOMER_AND_STORE = { customerId: 'customers', storeId: 'stores' };

/**
 * Customer service's home: the customers' requests to answer (those past their reply promise
 * counted apart), the refunds past their promise, the reservations to confirm.
 */
export const SupportHome = () => {
  const requests = useContactRequestsToAnswer();
  const refunds = useHomeList(OVERDUE_REFUNDS);
  const reservations = useHomeList(TO_CONFIRM);
  return (
    <HomePage
      title="app.home.support.title"
      ready={[requests.list, refunds, reservations].every((list) => !list.isPending)}
    >
      <HomeSection
        title="app.home.support.to_answer"
        query={TO_ANSWER}
        list={requests.list}
        urgent={<OverdueContactRequests query={OVERDUE_TO_ANSWER} total={requests.overdueTotal} />}
      >
        <DataTable.Col source="reference" field={ReferenceLinkField} />
        <DataTable.Col label="app.home.support.customer" field={RequesterField} />
        <DataTable.Col source="reason">
          <EnumField source="reason" enumName="contactReason" />
        </DataTable.Col>
        <DataTable.Col source="firstReplyDueBy" field={ParisDateField} />
        <DataTable.Col label="app.home.support.time_to_reply" field={ReplyClockField} />
      </HomeSection>
      <HomeSection
        title="app.home.support.overdue_refunds"
        query={OVERDUE_REFUNDS}
        list={refunds}
        references={BY_CUSTOMER}
      >
        <DataTable.Col source="reference" field={ReferenceLinkField} />
        <DataTable.Col source="customerId">
          <GuardedReferenceField source="customerId" reference="customers" />
        </DataTable.Col>
        <DataTable.Col source="refundDueBy" field={ParisDateField} />
        <DataTable.Col label="app.home.support.delay" field={RefundClockField} />
      </HomeSection>
      <HomeSection
        title="app.home.support.to_confirm"
        query={TO_CONFIRM}
        list={reservations}
        references={BY_CUSTOMER_AND_STORE}
      >
        <DataTable.Col source="reference" field={ReferenceLinkField} />
        <DataTable.Col source="customerId">
          <GuardedReferenceField source="customerId" reference="customers" />
        </DataTable.Col>
        <DataTable.Col source="storeId">
          <GuardedReferenceField source="storeId" reference="stores" />
        </DataTable.Col>
        <DataTable.Col source="confirmBy" field={ParisDateField} />
        <DataTable.Col label="app.home.support.time_to_confirm" field={ReservationClockField} />
      </HomeSection>
    </HomePage>
  );
};
