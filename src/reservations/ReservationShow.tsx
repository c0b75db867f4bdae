import { NumberField, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { ShowWithPanels } from '../common/ShowWithPanels';
import { StatusField } from '../common/StatusField';
import { HoldPanel } from './show/HoldPanel';
import { PromisePanel } from './show/PromisePanel';
import { ReservationActions } from './show/ReservationActions';

/** A reservation: the item, the boutique and the customer; beside them, its two clocks. */
const ReservationShow = () => (
  <ShowWithPanels
    actions={<ReservationActions />}
    panels={[<PromisePanel key="PromisePanel" />, <HoldPanel key="HoldPanel" />]}
  >
    <TextField source="reference" />
    <StatusField source="status" />
    <GuardedReferenceField source="customerId" reference="customers" />
    <EnumField source="channel" enumName="reservationChannel" />
    <GuardedReferenceField source="storeId" reference="stores" />
    <GuardedReferenceField source="productId" reference="products" />
    <TextField source="sku" />
    <TextField source="size" />
    <TextField source="colour" />
    <NumberField source="quantity" />
    <ParisDateField source="requestedAt" />
  </ShowWithPanels>
);

export default ReservationShow;
