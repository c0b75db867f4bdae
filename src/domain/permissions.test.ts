import { describe, expect, it } from 'vitest';
import { ORDER_TRANSITIONS } from './orders';
import {
  DIRECTORY_FIELDS,
  ROLE_MATRIX,
  canWrite,
  isAllowed,
  mayChangeCreditNote,
  readableResources,
  readsDirectoryOnly,
  type Guarded,
} from './permissions';
import { RESERVATION_TRANSITIONS } from './reservations';
import { RETURN_TRANSITIONS } from './returns';
import { ROLES } from './types';

describe('role matrix', () => {
  it('lets the warehouse receive returns but never send money back', () => {
    expect(isAllowed('warehouse', 'returns', 'transition:received')).toBe(true);
    expect(isAllowed('warehouse', 'returns', 'transition:rejected')).toBe(true);
    expect(isAllowed('warehouse', 'returns', 'transition:refunded')).toBe(false);
    expect(isAllowed('warehouse', 'returns', 'transition:credited')).toBe(false);
    expect(isAllowed('warehouse', 'returns', 'update')).toBe(false);
    expect(isAllowed('warehouse', 'credit-notes', 'read')).toBe(false);
  });

  it('lets support authorise, refund, credit and cancel returns, but not receive them', () => {
    expect(isAllowed('support', 'returns', 'create')).toBe(true);
    expect(isAllowed('support', 'returns', 'transition:refunded')).toBe(true);
    expect(isAllowed('support', 'returns', 'transition:credited')).toBe(true);
    expect(isAllowed('support', 'returns', 'transition:cancelled')).toBe(true);
    expect(isAllowed('support', 'returns', 'transition:received')).toBe(false);
    expect(isAllowed('support', 'returns', 'delete')).toBe(false);
  });

  it('lets the warehouse ship and deliver orders, and support only cancel them', () => {
    expect(isAllowed('warehouse', 'orders', 'transition:shipped')).toBe(true);
    expect(isAllowed('warehouse', 'orders', 'transition:delivered')).toBe(true);
    expect(isAllowed('warehouse', 'orders', 'transition:cancelled')).toBe(false);
    expect(isAllowed('support', 'orders', 'transition:cancelled')).toBe(true);
    expect(isAllowed('support', 'orders', 'transition:shipped')).toBe(false);
  });

  it('lets a manager only read orders', () => {
    expect(isAllowed('manager', 'orders', 'read')).toBe(true);
    for (const verb of ['create', 'update', 'delete'] as const) {
      expect(isAllowed('manager', 'orders', verb)).toBe(false);
    }
    for (const to of ORDER_TRANSITIONS.placed) {
      expect(isAllowed('manager', 'orders', `transition:${to}`)).toBe(false);
    }
  });

  it('lets a manager write credit notes (goodwill) without deleting them', () => {
    expect(isAllowed('manager', 'credit-notes', 'create')).toBe(true);
    expect(isAllowed('manager', 'credit-notes', 'delete')).toBe(false);
    expect(isAllowed('support', 'credit-notes', 'create')).toBe(false);
  });

  it('keeps customers away from the merchandiser and users to the admin', () => {
    expect(isAllowed('merchandiser', 'customers', 'read')).toBe(false);
    expect(isAllowed('merchandiser', 'products', 'update')).toBe(true);
    expect(ROLES.filter((role) => isAllowed(role, 'users', 'read'))).toEqual(['admin']);
  });

  it('lets every role read the staff directory, its pages and writes staying the admin’s', () => {
    expect(DIRECTORY_FIELDS.users).toEqual(['id', 'fullName', 'role']);
    for (const role of ROLES) expect(isAllowed(role, 'users', 'directory'), role).toBe(true);
    expect(ROLES.filter((role) => readsDirectoryOnly(role, 'users'))).toEqual([
      'manager',
      'merchandiser',
      'warehouse',
      'support',
    ]);
    expect(ROLES.filter((role) => canWrite(role, 'users'))).toEqual(['admin']);
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(readableResources(role), role).not.toContain('users');
    }
  });

  it('gives a directory to no other resource: reading one is reading it whole', () => {
    expect(Object.keys(DIRECTORY_FIELDS)).toEqual(['users']);
    expect(isAllowed('warehouse', 'customers', 'directory')).toBe(false);
    expect(isAllowed('support', 'customers', 'directory')).toBe(true);
    expect(readsDirectoryOnly('support', 'customers')).toBe(false);
  });

  it('gives each role its menu', () => {
    expect(readableResources('warehouse')).toEqual([
      'products',
      'stores',
      'orders',
      'returns',
      'audit-events',
    ]);
    expect(readableResources('admin')).toEqual(Object.keys(ROLE_MATRIX));
  });

  it('grants only transitions that the status machines know', () => {
    const machines: Partial<Record<Guarded, Record<string, readonly string[]>>> = {
      orders: ORDER_TRANSITIONS,
      returns: RETURN_TRANSITIONS,
      reservations: RESERVATION_TRANSITIONS,
    };
    for (const [resource, machine] of Object.entries(machines)) {
      const targets = new Set(Object.values(machine).flat());
      for (const grant of Object.values(ROLE_MATRIX[resource as Guarded])) {
        for (const to of grant.transitions ?? []) expect(targets).toContain(to);
      }
    }
  });
});

describe('mayChangeCreditNote', () => {
  it('lets a manager change goodwill notes only, and the admin any note', () => {
    expect(mayChangeCreditNote('manager', { origin: 'goodwill' })).toBe(true);
    expect(mayChangeCreditNote('manager', { origin: 'return' })).toBe(false);
    expect(mayChangeCreditNote('admin', { origin: 'return' })).toBe(true);
  });
});
