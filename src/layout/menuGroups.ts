/** The menu, grouped by job. `dashboard` and `reception` are pages; the other items are resources. */
export const MENU_GROUPS = [
  { name: 'catalogue', items: ['products', 'stores'] },
  { name: 'sales', items: ['orders', 'customers'] },
  {
    name: 'after_sales',
    items: ['contact-requests', 'reception', 'returns', 'credit-notes', 'reservations'],
  },
  { name: 'loyalty', items: ['klub-members'] },
  { name: 'steering', items: ['dashboard', 'users', 'audit-events'] },
] as const;

export type MenuGroupDefinition = (typeof MENU_GROUPS)[number];
