import { required, SelectInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { enumChoices } from '../../common/enums';
import { SOCIAL_NETWORKS } from '../../domain/types';

/** Which network the message came from: asked only for a social message. */
export const SocialNetworkInput = () => {
  const channel = useWatch({ name: 'channel' });
  if (channel !== 'social') return null;
  return (
    <SelectInput
      source="network"
      choices={enumChoices('socialNetwork', SOCIAL_NETWORKS)}
      validate={required()}
    />
  );
};
