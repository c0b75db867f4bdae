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
  CreateButton,
  FilterButton,
  TopToolbar,
  useDataProvider,
  useListContext,
  useNotify,
  useResourceDefinition,
  useResourceDefinitions,
  useTranslate,
  type Identifier,
  type RaRecord,
  type ResourceDefinition,
} from 'react-admin';
import { parisDate } from '../domain/dates';
import { csvTable, downloadCsv, referencedIds, toCsv, type CsvColumn } from './csv';
import { fetchEvery, fetchInBatches } from './fetchEvery';
import { useReadablePages } from './ReadablePages';

interface Progress {
  done: number;
  total: number;
}

/** Big enough to keep the request count low, small enough to show progress on a large export. */
const PAGE_SIZE = 500;
/** Ids per getMany of the records the rows point to: they travel in the URL. */
const IDS_PER_REQUEST = 100;

/** A record as the lists name it (the resource's recordRepresentation): text, for a file. */
const nameOf = (definition: ResourceDefinition | undefined, record: RaRecord): string => {
  const representation = definition?.recordRepresentation;
  if (typeof representation === 'function') return String(representation(record));
  if (typeof representation === 'string') return String(record[representation] ?? '');
  return String(record.reference ?? `#${record.id}`);
};

/**
 * Downloads every record that matches the list's filters, page after page (react-admin's own
 * export stops at 1,000), with the progress in a dialog that can cancel it. The records the rows
 * point to are fetched a batch of ids at a time and named as the lists name them; the columns of a
 * resource the role may not read are left out.
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
  const readable = useReadablePages();
  const definitions = useResourceDefinitions();
  const [progress, setProgress] = useState<Progress | null>(null);
  const cancelled = useRef(false);
  const canRead = (page: string) => readable[page] ?? false;

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

  /** The names of the records the rows point to, by resource and id, fetched in batches. */
  const fetchNames = async (records: R[]) => {
    const names = new Map<string, string>();
    for (const [reference, ids] of referencedIds(columns, records, canRead)) {
      const referenced = await fetchInBatches(
        ids,
        async (batch: Identifier[]) => (await dataProvider.getMany(reference, { ids: batch })).data,
        { batchSize: IDS_PER_REQUEST, cancelled: () => cancelled.current },
      );
      for (const record of referenced) {
        names.set(`${reference}/${record.id}`, nameOf(definitions[reference], record));
      }
    }
    return names;
  };

  const exportAll = async () => {
    cancelled.current = false;
    setProgress({ done: 0, total: total ?? 0 });
    try {
      const records = await fetchAll();
      const names = await fetchNames(records);
      if (cancelled.current) return;
      const { headers, rows } = csvTable(columns, records, {
        translate,
        canRead,
        nameOf: (reference, id) => names.get(`${reference}/${id}`),
      });
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

/**
 * The actions of a list that exports with ExportAllButton: what react-admin's default actions
 * show, its export button (capped at 1,000 rows, raw fields) replaced. The list sets
 * `exporter={false}`.
 */
export function ExportListActions<R extends RaRecord>({
  columns,
}: {
  columns: readonly CsvColumn<R>[];
}) {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ExportAllButton columns={columns} />
    </TopToolbar>
  );
}
