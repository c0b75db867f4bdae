import { EditButton, Labeled, TextField, TopToolbar } from 'react-admin';
import { useCanRead } from '../common/ReadablePages';
import { ShowWithPanels } from '../common/ShowWithPanels';
import { AddressPanel, ContactPanel, OpeningHoursPanel } from './StorePanels';
import { StoreReservations } from './StoreReservations';

/** EditButton asks canAccess itself: the roles that may not write see no button. */
const StoreActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** A boutique: where it is, how to reach it, when it opens; its reservations and history. */
const StoreShow = () => {
  const canReadReservations = useCanRead('reservations');
  return (
    <ShowWithPanels
      actions={<StoreActions />}
      panels={[
        <AddressPanel key="AddressPanel" />,
        <ContactPanel key="ContactPanel" />,
        <OpeningHoursPanel key="OpeningHoursPanel" />,
      ]}
    >
      <TextField source="reference" />
      <TextField source="name" />
      {canReadReservations && (
        <Labeled label="app.reservations.store.title">
          <StoreReservations />
        </Labeled>
      )}
    </ShowWithPanels>
  );
};

export default StoreShow;
