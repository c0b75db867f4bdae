import type { CsvColumn } from '../common/csv';
import { STATUS_ENUMS } from '../common/enums';
import type { AuditEvent } from '../domain/types';

/** The statuses of an event are those of the resource it is about. */
const statusEnum = { enum: (event: AuditEvent) => STATUS_ENUMS[event.resource] };

/** The audit trail as the list shows it: each record named as its own list names it. */
export const AUDIT_EVENT_EXPORT_COLUMNS: readonly CsvColumn<AuditEvent>[] = [
  { label: 'resources.audit-events.fields.at', value: (e) => e.at, format: 'dateTime' },
  {
    label: 'resources.audit-events.fields.userId',
    value: (e) => e.userId,
    format: { reference: 'users' },
  },
  { label: 'resources.audit-events.fields.role', value: (e) => e.role, format: { enum: 'role' } },
  {
    label: 'resources.audit-events.fields.resource',
    value: (e) => e.resource,
    format: 'resourceName',
  },
  {
    label: 'resources.audit-events.fields.recordId',
    value: (e) => e.recordId,
    format: { reference: (e) => e.resource },
  },
  {
    label: 'resources.audit-events.fields.action',
    value: (e) => e.action,
    format: { enum: 'auditAction' },
  },
  {
    label: 'resources.audit-events.fields.fromStatus',
    value: (e) => e.fromStatus,
    format: statusEnum,
  },
  { label: 'resources.audit-events.fields.toStatus', value: (e) => e.toStatus, format: statusEnum },
];
