import { TopToolbar } from 'react-admin';
import { TransitionButton } from './TransitionButton';

/** The actions of a show page: one button per status the record may be moved to. */
export const TransitionActions = ({ to }: { to: readonly string[] }) => (
  <TopToolbar>
    {to.map((status) => (
      <TransitionButton key={status} to={status} />
    ))}
  </TopToolbar>
);
