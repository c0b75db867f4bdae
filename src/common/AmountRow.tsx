import { TableCell, TableRow } from '@mui/material';
import { useFormat } from './useFormat';

interface AmountRowProps {
  label: string;
  cents: number;
  /** The result of the table: its total. */
  strong?: boolean;
  /** Said instead of the amount, when words tell it better (e.g. why nothing is charged). */
  text?: string;
}

/** A line of a table of amounts: what it is, and how much, in euros. */
export const AmountRow = ({ label, cents, strong, text }: AmountRowProps) => {
  const format = useFormat();
  const sx = strong ? { fontWeight: 'bold' } : undefined;
  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={sx}>
        {label}
      </TableCell>
      <TableCell align="right" sx={sx}>
        {text ?? format.euros(cents)}
      </TableCell>
    </TableRow>
  );
};
