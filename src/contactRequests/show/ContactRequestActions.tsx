import { TopToolbar } from 'react-admin';
import { TransitionButton } from '../../common/TransitionButton';
import { AssignToMeButton } from './AssignToMeButton';

/** Taking, resolving and reopening a request, for the roles that answer: a manager reads only. */
export const ContactRequestActions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <AssignToMeButton />
    <TransitionButton to="resolved" />
    <TransitionButton to="open" />
  </TopToolbar>
);
