import { Stack, Typography } from '@mui/material';
import {
  DataTable,
  ListContextProvider,
  useList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { ParisDateField } from '../../common/ParisDateField';
import type { KlubMember } from '../../domain/types';
import { AddInvitationButton } from './AddInvitationButton';
import { InvitationMoves, type InvitationRow } from './InvitationMoves';

const NoInvitation = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.klub.invitations.empty')}
    </Typography>
  );
};

/** The member's event invitations, what each may still become, and a new one. */
export const Invitations = () => {
  const member = useRecordContext<KlubMember>();
  const rows: InvitationRow[] = (member?.invitations ?? []).map((invitation, id) => ({
    ...invitation,
    id,
  }));
  const list = useList({ data: rows });
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <ListContextProvider value={list}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<NoInvitation />}>
          <DataTable.Col source="event" />
          <DataTable.Col source="date">
            <ParisDateField source="date" dateOnly />
          </DataTable.Col>
          <DataTable.Col source="status" label="resources.klub-members.fields.invitationStatus">
            <EnumField source="status" enumName="invitationStatus" />
          </DataTable.Col>
          <DataTable.Col label="app.klub.invitations.follow_up">
            <InvitationMoves />
          </DataTable.Col>
        </DataTable>
      </ListContextProvider>
      <AddInvitationButton />
    </Stack>
  );
};
