import Download from '@mui/icons-material/Download';
import { Box, Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { downloadCsv, toCsv } from '../../../common/csv';
import { csvCell, type Column } from './columns';
import { KpiTable } from './KpiTable';

interface ChartCardProps<Row> {
  /** Names the CSV file. */
  id: string;
  title: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** The chart, drawn from the same rows. */
  children: ReactNode;
}

/** A chart with its title, a switch to the table of its figures, and a CSV download. */
export function ChartCard<Row>({ id, title, columns, rows, children }: ChartCardProps<Row>) {
  const translate = useTranslate();
  const [asTable, setAsTable] = useState(false);
  const titleId = `kpi-chart-${id}`;
  const csv = () =>
    toCsv(
      columns.map(({ label }) => label),
      rows.map((row) => columns.map((column) => csvCell(column, row))),
    );
  return (
    <Card variant="outlined" component="section" aria-labelledby={titleId}>
      <CardContent>
        <Typography id={titleId} variant="h6" component="h3" gutterBottom>
          {title}
        </Typography>
        {rows.length === 0 ? (
          <Typography color="text.secondary">{translate('app.kpi.no_data')}</Typography>
        ) : asTable ? (
          <KpiTable caption={title} columns={columns} rows={rows} />
        ) : (
          <Box component="figure" aria-label={title} sx={{ m: 0, height: 280 }}>
            {children}
          </Box>
        )}
      </CardContent>
      <CardActions>
        <Button size="small" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {translate('app.kpi.show_table')}
        </Button>
        <Button
          size="small"
          startIcon={<Download />}
          onClick={() => downloadCsv(`${id}.csv`, csv())}
        >
          {translate('app.kpi.download_csv')}
        </Button>
      </CardActions>
    </Card>
  );
}
