import { TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { ShowWithPanels } from '../common/ShowWithPanels';
import { StaffNameField } from '../common/StaffNameField';
import { StatusField } from '../common/StatusField';
import { EligibilityFacts } from './show/EligibilityFacts';
import { RefundPanel } from './show/RefundPanel';
import { ReturnActions } from './show/ReturnActions';
import { ReturnLines } from './show/ReturnLines';
import { ReturnShippingFee } from './show/ReturnShippingFee';

/** A return whole: its lines, why it was accepted, what it costs, what is owed and by when. */
const ReturnShow = () => (
  <ShowWithPanels
    actions={<ReturnActions />}
    panels={[
      <RefundPanel key="RefundPanel" />,
      <ReturnShippingFee key="ReturnShippingFee" />,
      <EligibilityFacts key="EligibilityFacts" />,
    ]}
  >
    <TextField source="reference" />
    <StatusField source="status" />
    <GuardedReferenceField source="orderId" reference="orders" />
    <GuardedReferenceField source="customerId" reference="customers" />
    <ParisDateField source="requestedAt" />
    <EnumField source="resolution" enumName="resolution" />
    <ParisDateField source="receivedAt" />
    <StaffNameField source="receivedBy" />
    <GuardedReferenceField source="creditNoteId" reference="credit-notes" />
    <TextField source="notes" />
    <ReturnLines />
  </ShowWithPanels>
);

export default ReturnShow;
