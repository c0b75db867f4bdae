import Inventory from '@mui/icons-material/Inventory';
import Print from '@mui/icons-material/Print';
import {
  Button,
  Link,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { TransitionButton } from '../../common/TransitionButton';
import type { ReturnAuthorisation } from '../../domain/types';
import { SettleButton } from './SettleButton';

const ReceiveLink = ({ ret }: { ret: ReturnAuthorisation }) => {
  const { canAccess } = useCanAccess({ resource: 'returns', action: 'transition:received' });
  if (!canAccess || ret.status !== 'authorised') return null;
  return (
    <Button
      component={Link}
      to={`/reception/${ret.id}`}
      label="app.returns.actions.receive"
      startIcon={<Inventory />}
    />
  );
};

/** What can be done with a return, by role and status: the rest is offered by no button. */
export const ReturnActions = () => {
  const ret = useRecordContext<ReturnAuthorisation>();
  const translate = useTranslate();
  if (!ret) return <TopToolbar />;
  return (
    <TopToolbar>
      <Button
        component={Link}
        to={`/returns/${ret.id}/print`}
        label={translate('app.returns.actions.print')}
        startIcon={<Print />}
      />
      <ReceiveLink ret={ret} />
      <TransitionButton to="cancelled" />
      <SettleButton />
    </TopToolbar>
  );
};
