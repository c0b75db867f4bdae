import type { CreditNote, ResourceName, Role } from './types';

/** What a role may do on a resource: the role matrix of MODEL.md, used by the server and the UI. */
export type Verb = 'read' | 'create' | 'update' | 'delete';
/**
 * `directory`: the few fields of each record that every role reads (the staff's names, for the
 * histories and "received by"), without the resource's pages. Reading a resource includes it.
 */
export type Permission = Verb | 'directory' | `transition:${string}`;
export type Guarded = ResourceName | 'kpis';

type Grant = { verbs: readonly Verb[]; transitions?: readonly string[]; directory?: true };
const READ: Grant = { verbs: ['read'] };
const WRITE: Grant = { verbs: ['read', 'create', 'update', 'delete'] };
const DIRECTORY: Grant = { verbs: [], directory: true };

/** The fields of a record that a role with the `directory` permission only reads. */
export const DIRECTORY_FIELDS: Partial<Record<Guarded, readonly string[]>> = {
  users: ['id', 'fullName', 'role'],
};
const ALL_ORDER_MOVES = ['shipped', 'delivered', 'cancelled', 'refused'];
const ALL_RETURN_MOVES = ['received', 'rejected', 'refunded', 'credited', 'cancelled'];
const ALL_RESERVATION_MOVES = ['confirmed', 'unavailable', 'collected', 'cancelled'];
// "waiting_customer" follows a reply: asked for by hand, it is a 409 that says so, not a 403.
const ALL_CONTACT_REQUEST_MOVES = ['open', 'resolved', 'waiting_customer'];

export const ROLE_MATRIX: Record<Guarded, Partial<Record<Role, Grant>>> = {
  products: { admin: WRITE, manager: READ, merchandiser: WRITE, warehouse: READ, support: READ },
  stores: { admin: WRITE, manager: READ, merchandiser: WRITE, warehouse: READ, support: READ },
  customers: { admin: WRITE, manager: READ, support: WRITE },
  'klub-members': { admin: WRITE, manager: READ, support: WRITE },
  orders: {
    admin: { ...WRITE, transitions: ALL_ORDER_MOVES },
    manager: READ,
    warehouse: { verbs: ['read'], transitions: ['shipped', 'delivered'] },
    support: { verbs: ['read'], transitions: ['cancelled'] },
  },
  returns: {
    admin: { ...WRITE, transitions: ALL_RETURN_MOVES },
    manager: READ,
    warehouse: { verbs: ['read'], transitions: ['received', 'rejected'] },
    support: {
      verbs: ['read', 'create', 'update'],
      transitions: ['refunded', 'credited', 'cancelled'],
    },
  },
  'credit-notes': {
    admin: WRITE,
    // A manager writes goodwill notes only: the server checks the origin.
    manager: { verbs: ['read', 'create', 'update'] },
    support: READ,
  },
  reservations: {
    admin: { ...WRITE, transitions: ALL_RESERVATION_MOVES },
    manager: READ,
    merchandiser: READ,
    support: { ...WRITE, transitions: ALL_RESERVATION_MOVES },
  },
  'contact-requests': {
    admin: { ...WRITE, transitions: ALL_CONTACT_REQUEST_MOVES },
    manager: READ,
    support: { verbs: ['read', 'create', 'update'], transitions: ALL_CONTACT_REQUEST_MOVES },
  },
  kpis: { admin: READ, manager: READ, merchandiser: READ, support: READ },
  users: {
    admin: WRITE,
    manager: DIRECTORY,
    merchandiser: DIRECTORY,
    warehouse: DIRECTORY,
    support: DIRECTORY,
  },
  'audit-events': {
    admin: READ,
    manager: READ,
    merchandiser: READ,
    warehouse: READ,
    support: READ,
  },
};

export function isAllowed(role: Role, resource: Guarded, permission: Permission): boolean {
  const grant = ROLE_MATRIX[resource][role];
  if (!grant) return false;
  if (permission.startsWith('transition:')) {
    return grant.transitions?.includes(permission.slice('transition:'.length)) ?? false;
  }
  if (permission === 'directory') return grant.directory === true || grant.verbs.includes('read');
  return grant.verbs.includes(permission as Verb);
}

/** Whether the role reads only the directory fields of the resource, not its whole records. */
export function readsDirectoryOnly(role: Role, resource: Guarded): boolean {
  return isAllowed(role, resource, 'directory') && !isAllowed(role, resource, 'read');
}

/** Resources a role can see at all: its menu. */
export function readableResources(role: Role): Guarded[] {
  return (Object.keys(ROLE_MATRIX) as Guarded[]).filter((r) => isAllowed(role, r, 'read'));
}

/** Whether a role may change a resource in any way: update it or move any of its statuses. */
export function canWrite(role: Role, resource: Guarded): boolean {
  const grant = ROLE_MATRIX[resource][role];
  return !!grant && (grant.verbs.includes('update') || (grant.transitions?.length ?? 0) > 0);
}

/**
 * What the role matrix does not say of a single note: a manager changes goodwill notes only; the
 * notes born of a return belong to the return.
 */
export function mayChangeCreditNote(role: Role | undefined, note: Pick<CreditNote, 'origin'>) {
  return role !== 'manager' || note.origin === 'goodwill';
}
