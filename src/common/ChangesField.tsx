import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import {
  useFieldValue,
  useGetManyAggregate,
  useGetRecordRepresentation,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import type { AuditEvent, User } from '../domain/types';
import { changeLines, type ChangeLine, type ChangeValue } from './changeLines';
import { enumKey } from './enums';
import { useCanRead } from './ReadablePages';
import { useFormat } from './useFormat';

/** A record another one points to, by its reference or name when the role may read it. */
const ReferenceValue = ({ resource, id }: { resource: string; id: number }) => {
  const readable = useCanRead(resource);
  const representation = useGetRecordRepresentation(resource);
  const { data } = useGetManyAggregate(resource, { ids: [id] }, { enabled: readable });
  return data?.[0] ? <>{representation(data[0])}</> : null;
};

const StaffValue = ({ id }: { id: number }) => {
  const { data } = useGetManyAggregate<User>('users', { ids: [id] });
  return <>{data?.[0]?.fullName}</>;
};

const Value = ({ value }: { value: ChangeValue }) => {
  const translate = useTranslate();
  const format = useFormat();
  switch (value.kind) {
    case 'empty':
      return <>—</>;
    case 'money':
      return <>{format.euros(value.cents)}</>;
    case 'dateTime':
      return <>{format.dateTime(value.iso)}</>;
    case 'date':
      return <>{format.date(value.date)}</>;
    case 'boolean':
      return <>{translate(value.value ? 'ra.boolean.true' : 'ra.boolean.false')}</>;
    case 'enum':
      return <>{translate(enumKey(value.enumName, value.value), { _: value.value })}</>;
    case 'staff':
      return <StaffValue id={value.id} />;
    case 'reference':
      return <ReferenceValue resource={value.resource} id={value.id} />;
    case 'count':
      return <>{translate('app.changes.items', { smart_count: value.count })}</>;
    case 'text':
      return <>{value.text}</>;
  }
};

/** The label of a changed field: its own, or the one of its last part for a nested field. */
function useFieldLabel(resource: string) {
  const translate = useTranslate();
  return ({ field, item }: ChangeLine) => {
    const last = field.slice(field.lastIndexOf('.') + 1);
    const fallback = translate(`resources.${resource}.fields.${last}`, { _: last });
    const label = translate(`resources.${resource}.fields.${field}`, { _: fallback });
    return item ? `${label} — ${item}` : label;
  };
}

/**
 * What a write changed, line by line, before and after, as staff read them: labels, euros, Paris
 * dates, names, translated values, and what changed in each item of a list. `omit` leaves out
 * fields shown elsewhere on the row, such as the status of a history whose columns say it.
 */
export const ChangesField = ({
  omit = [],
  ...props
}: FieldProps & { dense?: boolean; omit?: string[] }) => {
  const event = useRecordContext<AuditEvent>();
  const recorded = useFieldValue(props) as AuditEvent['changes'] | undefined;
  const translate = useTranslate();
  const label = useFieldLabel(event?.resource ?? '');
  if (!event) return null;
  const shown = changeLines(event.resource, recorded ?? {}, omit);
  if (shown.length === 0) return null;
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
        {shown.map((line) => (
          <TableRow key={`${line.field} ${line.item ?? ''}`}>
            <TableCell>{label(line)}</TableCell>
            <TableCell>
              <Value value={line.before} />
            </TableCell>
            <TableCell>
              <Value value={line.after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
