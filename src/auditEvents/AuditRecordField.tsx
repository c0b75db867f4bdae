import { useRecordContext, type FieldProps } from 'react-admin';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import type { AuditEvent } from '../domain/types';

/** A link to the record the audit event is about, when the role may read it. */
export const AuditRecordField = (props: FieldProps) => {
  const event = useRecordContext<AuditEvent>();
  if (!event) return null;
  return <GuardedReferenceField {...props} reference={event.resource} />;
};
