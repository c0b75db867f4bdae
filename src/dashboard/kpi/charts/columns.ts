import type { CsvCell } from '../../../common/csv';
import type { FigureKind } from '../types';

/** One column of a chart's data: the same rows feed the chart, its table and its CSV file. */
export interface Column<Row> {
  label: string;
  /** `text` for the labels of the rows (a day, a department), written as they are. */
  kind: FigureKind | 'text';
  value: (row: Row) => string | number | null;
}

/** A cell of the CSV file: shares in percent, amounts in euros, so that Excel reads figures. */
export function csvCell<Row>({ kind, value }: Column<Row>, row: Row): CsvCell {
  const cell = value(row);
  if (typeof cell !== 'number') return cell;
  if (kind === 'percent') return Math.round(cell * 1000) / 10;
  return kind === 'money' ? cell / 100 : cell;
}
