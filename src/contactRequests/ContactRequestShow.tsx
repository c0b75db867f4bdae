import { Grid, Stack, Typography } from '@mui/material';
import { EmailField, Labeled, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';
import { StaffNameField } from '../common/StaffNameField';
import { StatusField } from '../common/StatusField';
import { ChannelField } from './ChannelField';
import { ContactRequestActions } from './show/ContactRequestActions';
import { CustomerPanel } from './show/CustomerPanel';
import { LinkedOrderPanel } from './show/LinkedOrderPanel';
import { MessageThread } from './show/MessageThread';
import { ReplyBox } from './show/ReplyBox';
import { ReplyPromisePanel } from './show/ReplyPromisePanel';

/** Fields side by side, wrapping on a narrow screen. */
const ROW = {
  direction: 'row',
  useFlexGap: true,
  spacing: 3,
  sx: { p: 0, flexWrap: 'wrap' },
} as const;

const Heading = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h2">
      {translate(title)}
    </Typography>
  );
};

/**
 * A request: where it stands, what the customer typed, the thread and the reply; beside it the
 * reply promise, the customer and the order it is about; its history beneath.
 */
const ContactRequestShow = () => (
  <Show actions={<ContactRequestActions />}>
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 8 }}>
        <Stack spacing={3}>
          <SimpleShowLayout {...ROW}>
            <TextField source="reference" />
            <StatusField source="status" />
            <ParisDateField source="receivedAt" />
            <ChannelField source="channel" />
            <EnumField source="reason" enumName="contactReason" />
            <StaffNameField source="assigneeId" />
          </SimpleShowLayout>
          <Stack spacing={1}>
            <Heading title="app.contact_requests.sections.typed" />
            <SimpleShowLayout {...ROW}>
              <TextField source="firstName" />
              <TextField source="lastName" />
              <EmailField source="email" />
              <TextField source="phone" emptyText="—" />
              <TextField source="orderReference" emptyText="—" />
            </SimpleShowLayout>
          </Stack>
          <Stack spacing={1}>
            <Heading title="resources.contact-requests.fields.messages" />
            <MessageThread />
            <ReplyBox />
          </Stack>
          <Labeled label="app.history.title">
            <RecordHistory />
          </Labeled>
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Stack spacing={2}>
          <ReplyPromisePanel />
          <CustomerPanel />
          <LinkedOrderPanel />
        </Stack>
      </Grid>
    </Grid>
  </Show>
);

export default ContactRequestShow;
