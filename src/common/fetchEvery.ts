export interface Page<R> {
  data: R[];
  total?: number;
}

/**
 * Every record of a list, page after page, reporting how many have come of how many; stops early
 * when `cancelled` says so, answering what has come so far.
 */
export async function fetchEvery<R>(
  getPage: (page: number, perPage: number) => Promise<Page<R>>,
  {
    pageSize,
    onProgress,
    cancelled = () => false,
  }: {
    pageSize: number;
    onProgress: (done: number, total: number) => void;
    cancelled?: () => boolean;
  },
): Promise<R[]> {
  const records: R[] = [];
  for (let page = 1; !cancelled(); page++) {
    const { data, total = 0 } = await getPage(page, pageSize);
    records.push(...data);
    onProgress(records.length, total);
    if (data.length < pageSize || records.length >= total) break;
  }
  return records;
}

/**
 * The records of many ids, a batch of ids per request (a URL holds so many), one request after
 * the other; stops early when `cancelled` says so, answering what has come so far.
 */
export async function fetchInBatches<Id, R>(
  ids: readonly Id[],
  getMany: (ids: Id[]) => Promise<R[]>,
  { batchSize, cancelled = () => false }: { batchSize: number; cancelled?: () => boolean },
): Promise<R[]> {
  const records: R[] = [];
  for (let start = 0; start < ids.length && !cancelled(); start += batchSize) {
    records.push(...(await getMany(ids.slice(start, start + batchSize))));
  }
  return records;
}
