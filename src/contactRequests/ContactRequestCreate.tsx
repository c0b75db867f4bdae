import { Typography } from '@mui/material';
import {
  Create,
  maxLength,
  RadioButtonGroupInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../common/enums';
import { MESSAGE_MAX_LENGTH } from '../domain/contactRequests';
import {
  CONTACT_REASONS,
  type ContactChannel,
  type ContactRequest,
  type Id,
} from '../domain/types';
import { orderReference } from './create/contactRequestValidation';
import { RequesterInputs } from './create/RequesterInputs';
import { SocialNetworkInput } from './create/SocialNetworkInput';

/** What staff record; the website's form comes through the intake. Most requests are calls. */
const STAFF_CHANNELS = ['phone', 'email', 'social'] as const satisfies readonly ContactChannel[];

/** The form's values: the request the server expects, and the customer picked to fill it in. */
type ContactRequestValues = Pick<
  ContactRequest,
  | 'channel'
  | 'network'
  | 'orderReference'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'reason'
  | 'message'
> & { customerId?: Id | null };

/** The server links the customer by e-mail; a network is said only for a social message. */
const toContactRequest = ({
  customerId: _linkedByEmail,
  network,
  ...request
}: ContactRequestValues) => ({
  ...request,
  ...(request.channel === 'social' ? { network } : {}),
});

const Help = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.contact_requests.create.help')}
    </Typography>
  );
};

/** A request that came by phone, e-mail or a social network, recorded by the staff who took it. */
const ContactRequestCreate = () => (
  <Create
    title="app.contact_requests.create.title"
    redirect="show"
    mutationMode="pessimistic"
    transform={toContactRequest}
  >
    <SimpleForm defaultValues={{ channel: 'phone' }} warnWhenUnsavedChanges>
      <Help />
      <RadioButtonGroupInput
        source="channel"
        choices={enumChoices('contactChannel', STAFF_CHANNELS)}
        validate={required()}
      />
      <SocialNetworkInput />
      <RequesterInputs />
      <TextInput
        source="orderReference"
        helperText="app.contact_requests.create.order_reference_help"
        validate={orderReference}
      />
      <SelectInput
        source="reason"
        choices={enumChoices('contactReason', CONTACT_REASONS)}
        validate={required()}
      />
      <TextInput
        source="message"
        multiline
        minRows={4}
        fullWidth
        validate={[required(), maxLength(MESSAGE_MAX_LENGTH)]}
      />
    </SimpleForm>
  </Create>
);

export default ContactRequestCreate;
