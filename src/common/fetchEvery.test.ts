import { describe, expect, it } from 'vitest';
import { fetchEvery, fetchInBatches } from './fetchEvery';

const rows = Array.from({ length: 1234 }, (_, i) => i + 1);
const server = (requests: number[]) => async (page: number, perPage: number) => {
  requests.push(page);
  return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
};

describe('fetchEvery', () => {
  it('fetches every page, past the first thousand, reporting the progress', async () => {
    const requests: number[] = [];
    const progress: [number, number][] = [];
    const all = await fetchEvery(server(requests), {
      pageSize: 500,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(all).toEqual(rows);
    expect(requests).toEqual([1, 2, 3]);
    expect(progress).toEqual([
      [500, 1234],
      [1000, 1234],
      [1234, 1234],
    ]);
  });

  it('stops asking once the exact number of rows has come', async () => {
    const requests: number[] = [];
    const exact = async (page: number) => {
      requests.push(page);
      return { data: page === 1 ? [1, 2] : [3, 4], total: 4 };
    };
    expect(await fetchEvery(exact, { pageSize: 2, onProgress: () => undefined })).toEqual([
      1, 2, 3, 4,
    ]);
    expect(requests).toEqual([1, 2]);
  });

  it('stops when cancelled, with what has come so far', async () => {
    let pages = 0;
    const all = await fetchEvery(server([]), {
      pageSize: 100,
      onProgress: () => pages++,
      cancelled: () => pages >= 2,
    });
    expect(all).toHaveLength(200);
  });
});

describe('fetchInBatches', () => {
  const ids = Array.from({ length: 250 }, (_, i) => i + 1);

  it('asks for the ids a batch at a time, one request after the other', async () => {
    const batches: number[][] = [];
    let inFlight = 0;
    const records = await fetchInBatches(
      ids,
      async (batch) => {
        expect(++inFlight).toBe(1);
        batches.push(batch);
        await Promise.resolve();
        inFlight--;
        return batch.map((id) => ({ id }));
      },
      { batchSize: 100 },
    );
    expect(batches.map((batch) => batch.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(ids);
    expect(records).toEqual(ids.map((id) => ({ id })));
  });

  it('asks nothing for no ids, and stops when cancelled', async () => {
    let requests = 0;
    const getMany = async (batch: number[]) => {
      requests++;
      return batch;
    };
    expect(await fetchInBatches([], getMany, { batchSize: 100 })).toEqual([]);
    expect(requests).toBe(0);
    expect(
      await fetchInBatches(ids, getMany, { batchSize: 100, cancelled: () => requests >= 1 }),
    ).toHaveLength(100);
  });
});
