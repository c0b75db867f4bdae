import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumKey } from '../../common/enums';
import type { ReturnLine } from '../../domain/types';

/** The returned items, with the reason the customer gave for each. */
export const ReturnLinesTable = ({ lines }: { lines: readonly ReturnLine[] }) => {
  const translate = useTranslate();
  return (
    <Table
      size="small"
      sx={{ '& .MuiTableCell-root': { color: 'inherit', borderColor: 'grey.500' } }}
    >
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.returns.print.line.name')}</TableCell>
          <TableCell>{translate('app.returns.print.line.sku')}</TableCell>
          <TableCell align="right">{translate('app.returns.print.line.quantity')}</TableCell>
          <TableCell>{translate('app.returns.print.line.reason')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line) => (
          <TableRow key={line.sku}>
            <TableCell>{line.name}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace' }}>{line.sku}</TableCell>
            <TableCell align="right">{line.quantity}</TableCell>
            <TableCell>{translate(enumKey('returnReason', line.reason))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
