import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Figure } from '../Figure';
import type { Column } from './columns';

interface KpiTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
}

/** The figures of a chart as an accessible table: a caption, column and row headers. */
export function KpiTable<Row>({ caption, columns, rows }: KpiTableProps<Row>) {
  const [head, ...figures] = columns;
  return (
    <Table size="small">
      <caption>{caption}</caption>
      <TableHead>
        <TableRow>
          {columns.map(({ label }) => (
            <TableCell key={label} scope="col">
              {label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const name = String(head.value(row));
          return (
            <TableRow key={name}>
              <TableCell component="th" scope="row">
                {name}
              </TableCell>
              {figures.map((column) => (
                <TableCell key={column.label} align="right">
                  <Figure
                    kind={column.kind === 'text' ? 'count' : column.kind}
                    value={column.value(row) as number | null}
                  />
                </TableCell>
              ))}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
