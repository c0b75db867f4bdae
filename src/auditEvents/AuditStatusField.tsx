import { useRecordContext, type FieldProps } from 'react-admin';
import { StatusField } from '../common/StatusField';
import type { AuditEvent } from '../domain/types';

/** A status before or after the event, translated with the statuses of the audited resource. */
export const AuditStatusField = (props: FieldProps) => {
  const event = useRecordContext<AuditEvent>();
  return <StatusField {...props} resource={event?.resource} />;
};
