import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useFieldValue, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { AuditEvent } from '../domain/types';

const display = (value: unknown) =>
  value == null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** The fields a write changed, each with its value before and after. */
export const ChangesField = (props: FieldProps) => {
  const event = useRecordContext<AuditEvent>();
  const changes = useFieldValue(props) as AuditEvent['changes'] | undefined;
  const translate = useTranslate();
  if (!event || !changes) return null;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.changes.field')}</TableCell>
          <TableCell>{translate('app.changes.before')}</TableCell>
          <TableCell>{translate('app.changes.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {Object.entries(changes).map(([field, [before, after]]) => (
          <TableRow key={field}>
            <TableCell>
              {translate(`resources.${event.resource}.fields.${field}`, { _: field })}
            </TableCell>
            <TableCell>{display(before)}</TableCell>
            <TableCell>{display(after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
