import { Chip } from '@mui/material';
import { useFieldValue, useResourceContext, useTranslate, type FieldProps } from 'react-admin';
import { enumKey, STATUS_ENUMS } from './enums';
import { statusTone } from './statusTones';

/** A status as a coloured chip, translated with the status enumeration of the resource. */
export const StatusField = (props: FieldProps) => {
  const status = useFieldValue(props) as string | null | undefined;
  const resource = useResourceContext(props);
  const translate = useTranslate();
  if (!status) return null;
  const enumName = resource ? STATUS_ENUMS[resource] : undefined;
  const label = enumName ? translate(enumKey(enumName, status), { _: status }) : status;
  return <Chip size="small" label={label} color={statusTone(status)} />;
};
