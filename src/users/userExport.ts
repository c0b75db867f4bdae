import type { CsvColumn } from '../common/csv';
import type { User } from '../domain/types';

/** The staff accounts as the list shows them. */
export const USER_EXPORT_COLUMNS: readonly CsvColumn<User>[] = [
  { label: 'resources.users.fields.fullName', value: (u) => u.fullName },
  { label: 'resources.users.fields.email', value: (u) => u.email },
  { label: 'resources.users.fields.role', value: (u) => u.role, format: { enum: 'role' } },
  { label: 'resources.users.fields.active', value: (u) => u.active, format: 'yesNo' },
];
