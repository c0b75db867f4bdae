import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useFieldValue, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { AuditEvent } from '../domain/types';
import { useFormat } from './useFormat';

/** A value before or after a change, as staff read it: amounts in euros, lists by their size. */
function useChangedValue() {
  const translate = useTranslate();
  const { euros } = useFormat();
  return (field: string, value: unknown): string => {
    if (value == null) return '—';
    if (field.endsWith('Cents') && typeof value === 'number') return euros(value);
    if (Array.isArray(value)) return translate('app.changes.items', { smart_count: value.length });
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
}

/**
 * The fields a write changed, each with its value before and after. `omit` leaves out fields shown
 * elsewhere on the row, such as the status of a history whose columns already say from and to.
 */
export const ChangesField = ({
  omit = [],
  ...props
}: FieldProps & { dense?: boolean; omit?: string[] }) => {
  const event = useRecordContext<AuditEvent>();
  const recorded = useFieldValue(props) as AuditEvent['changes'] | undefined;
  const translate = useTranslate();
  const shown = useChangedValue();
  const changes = Object.entries(recorded ?? {}).filter(([field]) => !omit.includes(field));
  if (!event || changes.length === 0) return null;
  return (
    <Table size="small" aria-label={translate('resources.audit-events.fields.changes')}>
      {!props.dense && (
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.changes.field')}</TableCell>
            <TableCell>{translate('app.changes.before')}</TableCell>
            <TableCell>{translate('app.changes.after')}</TableCell>
          </TableRow>
        </TableHead>
      )}
      <TableBody>
        {changes.map(([field, [before, after]]) => (
          <TableRow key={field}>
            <TableCell>
              {translate(`resources.${event.resource}.fields.${field}`, { _: field })}
            </TableCell>
            <TableCell>{shown(field, before)}</TableCell>
            <TableCell>{shown(field, after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
