import { TopToolbar } from 'react-admin';
import { TransitionButton } from '../../common/TransitionButton';
import { CollectButton } from './CollectButton';
import { ConfirmButton } from './ConfirmButton';

/** The moves a role may make from the reservation's status: the others are offered by no button. */
export const ReservationActions = () => (
  <TopToolbar>
    <ConfirmButton />
    <TransitionButton to="unavailable" />
    <CollectButton />
    <TransitionButton to="cancelled" />
  </TopToolbar>
);
