// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../domain/types';
import { renderApp, signIn, withMockApi } from '../testing/app';

const ITEMS = {
  dashboard: 'Tableau de bord',
  products: 'Produits',
  stores: 'Boutiques',
  orders: 'Commandes',
  customers: 'Clients',
  contactRequests: 'Demandes clients',
  returns: 'Retours',
  creditNotes: 'Avoirs',
  reservations: 'Réservations',
  klubMembers: 'Membres du Klub',
  users: 'Utilisateurs',
  auditEvents: "Journal d'audit",
};
type Item = keyof typeof ITEMS;

const GROUPS = ['Catalogue', 'Ventes', 'Après-vente', 'Fidélité', 'Pilotage'];

const ALL_BUT_USERS: Item[] = [
  'dashboard',
  'products',
  'stores',
  'orders',
  'customers',
  'contactRequests',
  'returns',
  'creditNotes',
  'reservations',
  'klubMembers',
  'auditEvents',
];

/** What each role sees, from the role matrix of MODEL.md. */
const MENUS: Record<Role, { items: Item[]; groups: string[] }> = {
  admin: { items: [...ALL_BUT_USERS, 'users'], groups: GROUPS },
  manager: { items: ALL_BUT_USERS, groups: GROUPS },
  support: { items: ALL_BUT_USERS, groups: GROUPS },
  merchandiser: {
    items: ['dashboard', 'products', 'stores', 'reservations', 'auditEvents'],
    groups: ['Catalogue', 'Après-vente', 'Pilotage'],
  },
  warehouse: {
    items: ['products', 'stores', 'orders', 'returns', 'auditEvents'],
    groups: ['Catalogue', 'Ventes', 'Après-vente', 'Pilotage'],
  },
};

const { apiUrl } = withMockApi();

describe.each(Object.entries(MENUS) as [Role, (typeof MENUS)[Role]][])(
  'the menu of the %s role',
  (role, { items, groups }) => {
    it('shows the pages the role may read, grouped by job, and nothing else', async () => {
      await signIn(apiUrl(), role);
      renderApp(apiUrl());

      for (const item of items) {
        expect(await screen.findByRole('menuitem', { name: ITEMS[item] })).toBeInTheDocument();
      }
      for (const item of Object.keys(ITEMS) as Item[]) {
        if (items.includes(item)) continue;
        expect(screen.queryByRole('menuitem', { name: ITEMS[item] })).not.toBeInTheDocument();
      }
      for (const group of GROUPS) {
        const shown = screen.queryByRole('group', { name: group });
        if (groups.includes(group)) expect(shown).toBeInTheDocument();
        else expect(shown).not.toBeInTheDocument();
      }
    });
  },
);

describe('the menu of customer service', () => {
  it('opens the after-sales group with the customer requests, their daily work', async () => {
    await signIn(apiUrl(), 'support');
    renderApp(apiUrl());

    const afterSales = await screen.findByRole('group', { name: 'Après-vente' });
    await within(afterSales).findByRole('menuitem', { name: ITEMS.contactRequests });
    expect(within(afterSales).getAllByRole('menuitem')[0]).toHaveAccessibleName(
      ITEMS.contactRequests,
    );
  });
});
