import { isAllowed } from '../../src/domain/permissions';
import type { ResourceDef } from '../core/resource';

/** Read-only: the server appends events, nothing edits or deletes them. */
export const auditEvents: ResourceDef<'audit-events'> = {
  filters: {
    id: 'id',
    at: 'date',
    userId: 'id',
    role: 'enum',
    resource: 'enum',
    recordId: 'id',
    action: 'enum',
    fromStatus: 'string',
    toStatus: 'string',
  },
  searchText: (e) => [e.resource, e.action, e.fromStatus ?? '', e.toStatus ?? ''],
  writable: [],
  readScope: ({ role }) => {
    if (role === 'admin' || role === 'manager' || role === 'system') return null;
    return (event) => isAllowed(role, event.resource, 'read');
  },
};
