import { TopToolbar } from 'react-admin';
import { TransitionButton } from '../../common/TransitionButton';
import { CreateReturnButton } from '../../returns/create/CreateReturnButton';
import { ShipButton } from './ShipButton';

/** The moves of an order that the role holds and its status allows; nothing else is offered. */
export const OrderActions = () => (
  <TopToolbar>
    <ShipButton />
    <TransitionButton to="delivered" />
    <TransitionButton to="refused" />
    <TransitionButton to="cancelled" />
    <CreateReturnButton />
  </TopToolbar>
);
