import type { ResourceDefs } from '../core/resource';
import { auditEvents } from './auditEvents';
import { contactRequests } from './contactRequests';
import { creditNotes } from './creditNotes';
import { customers } from './customers';
import { klubMembers } from './klubMembers';
import { orders } from './orders';
import { products } from './products';
import { reservations } from './reservations';
import { returns } from './returns';
import { stores } from './stores';
import { users } from './users';

export const resources: ResourceDefs = {
  products,
  stores,
  customers,
  'klub-members': klubMembers,
  orders,
  returns,
  'credit-notes': creditNotes,
  reservations,
  'contact-requests': contactRequests,
  users,
  'audit-events': auditEvents,
};
