import Download from '@mui/icons-material/Download';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import {
  useDataProvider,
  useListContext,
  useNotify,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { parisDate } from '../domain/dates';
import { downloadCsv, toCsv, type CsvCell } from './csv';
import { enumKey, type EnumName } from './enums';
import { fetchEvery } from './fetchEvery';

export interface CsvColumn<R> {
  /** A message key: the header is written in the UI language. */
  label: string;
  value: (record: R) => CsvCell;
  /** Translates the value as a value of this enumeration. */
  enumName?: EnumName;
}

interface Progress {
  done: number;
  total: number;
}

/** Big enough to keep the request count low, small enough to show progress on a large export. */
const PAGE_SIZE = 500;

/**
 * Downloads every record that matches the list's filters, page after page (react-admin's own
 * export stops at 1,000), with the progress in a dialog that can cancel it.
 */
export function ExportAllButton<R extends RaRecord>({
  columns,
}: {
  columns: readonly CsvColumn<R>[];
}) {
  const { resource, filterValues, sort, total } = useListContext<R>();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const [progress, setProgress] = useState<Progress | null>(null);
  const cancelled = useRef(false);

  const cell = (column: CsvColumn<R>, record: R): CsvCell => {
    const value = column.value(record);
    return column.enumName && typeof value === 'string'
      ? translate(enumKey(column.enumName, value))
      : value;
  };

  const fetchAll = () =>
    fetchEvery<R>(
      (page, perPage) =>
        dataProvider.getList<R>(resource, {
          filter: filterValues,
          sort,
          pagination: { page, perPage },
        }),
      {
        pageSize: PAGE_SIZE,
        onProgress: (done, matching) => setProgress({ done, total: matching }),
        cancelled: () => cancelled.current,
      },
    );

  const exportAll = async () => {
    cancelled.current = false;
    setProgress({ done: 0, total: total ?? 0 });
    try {
      const records = await fetchAll();
      if (cancelled.current) return;
      const headers = columns.map((column) => translate(column.label));
      const rows = records.map((record) => columns.map((column) => cell(column, record)));
      downloadCsv(`${resource}-${parisDate(new Date().toISOString())}.csv`, toCsv(headers, rows));
      notify('app.export.done', { messageArgs: { smart_count: records.length } });
    } catch (error) {
      notify('app.export.failed', {
        type: 'error',
        messageArgs: { error: error instanceof Error ? error.message : String(error) },
      });
    } finally {
      setProgress(null);
    }
  };

  const percent = progress && progress.total ? (100 * progress.done) / progress.total : 0;
  return (
    <>
      <Button size="small" startIcon={<Download />} onClick={exportAll} disabled={!total}>
        {translate('app.export.button', { smart_count: total ?? 0 })}
      </Button>
      <Dialog open={!!progress} aria-labelledby="export-progress-title">
        <DialogTitle id="export-progress-title">{translate('app.export.title')}</DialogTitle>
        <DialogContent sx={{ minWidth: 320 }}>
          <LinearProgress
            variant="determinate"
            value={percent}
            aria-label={translate('app.export.title')}
          />
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('app.export.progress', {
              done: progress?.done ?? 0,
              total: progress?.total ?? 0,
            })}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => (cancelled.current = true)}>
            {translate('ra.action.cancel')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
