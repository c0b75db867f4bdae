import { describe, expect, it } from 'vitest';
import { compareKeyed, compareValues, keyed, sortByValue } from './listOrder';
import { SortIndex } from './sortIndex';

interface Row {
  id: number;
  at: string | null;
}

const valueOf = (row: Row) => row.at;

function walked(index: SortIndex, descending: boolean, from = 0, to = index.size): number[] {
  const ids: number[] = [];
  index.walk(descending, from, to, (id) => ids.push(id) > 0);
  return ids;
}

/** The reference: a stable sort, in id order, with the list's comparison. */
function expected(rows: Row[], descending: boolean): number[] {
  const byId = [...rows].sort((a, b) => a.id - b.id);
  return sortByValue(byId, valueOf, descending).map((row) => row.id);
}

const rows: Row[] = [
  { id: 5, at: '2026-11-02T10:00:00.000Z' },
  { id: 1, at: '2026-11-01T10:00:00.000Z' },
  { id: 4, at: null },
  { id: 3, at: '2026-11-02T10:00:00.000Z' },
  { id: 2, at: null },
  { id: 6, at: '2026-10-31T23:00:00.000Z' },
];

describe('SortIndex', () => {
  it('orders by value, ties in id order, nulls last in id order, both ways', () => {
    const index = SortIndex.build(rows, valueOf)!;
    expect(walked(index, false)).toEqual([6, 1, 3, 5, 2, 4]);
    expect(walked(index, true)).toEqual([3, 5, 1, 6, 2, 4]);
    expect(walked(index, true)).toEqual(expected(rows, true));
  });

  it('keeps that order through inserts, replacements and removals', () => {
    const index = SortIndex.build(rows, valueOf)!;
    index.insert(7, '2026-11-01T10:00:00.000Z');
    index.remove(5, '2026-11-02T10:00:00.000Z');
    index.insert(5, null);
    index.remove(2, null);
    index.insert(2, '2026-11-02T10:00:00.000Z');
    const now: Row[] = [
      { id: 1, at: '2026-11-01T10:00:00.000Z' },
      { id: 2, at: '2026-11-02T10:00:00.000Z' },
      { id: 3, at: '2026-11-02T10:00:00.000Z' },
      { id: 4, at: null },
      { id: 5, at: null },
      { id: 6, at: '2026-10-31T23:00:00.000Z' },
      { id: 7, at: '2026-11-01T10:00:00.000Z' },
    ];
    expect(walked(index, false)).toEqual(expected(now, false));
    expect(walked(index, true)).toEqual(expected(now, true));
    expect(walked(index, true)).toEqual([2, 3, 1, 7, 6, 4, 5]);
  });

  it('stays equal to a stable sort over random writes', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const stamp = () =>
      random(5) === 0 ? null : `2026-11-0${1 + random(3)}T0${random(3)}:00:00.000Z`;
    const table = new Map<number, Row>();
    for (let id = 1; id <= 200; id += 1) table.set(id, { id, at: stamp() });
    const index = SortIndex.build(table.values(), valueOf)!;
    for (let step = 0; step < 600; step += 1) {
      const id = 1 + random(260);
      const before = table.get(id);
      if (before) index.remove(id, before.at);
      if (random(4) === 0) table.delete(id);
      else {
        const after = { id, at: stamp() };
        table.set(id, after);
        index.insert(id, after.at);
      }
    }
    expect(walked(index, false)).toEqual(expected([...table.values()], false));
    expect(walked(index, true)).toEqual(expected([...table.values()], true));
  });

  it('answers the positions of a range of ISO timestamps or numbers', () => {
    const index = SortIndex.build(rows, valueOf)!;
    const span = index.span([
      { operator: '_gte', value: '2026-11-01T00:00:00.000Z' },
      { operator: '_lt', value: '2026-11-02T10:00:00.000Z' },
    ])!;
    expect(index.slice(...span)).toEqual([1]);
    expect(walked(index, true, ...index.span([{ operator: '_gt', value: '2026-11-01' }])!)).toEqual(
      [3, 5, 1],
    );
    const numbers = SortIndex.build(
      [1, 2, 3, 4].map((id) => ({ id, n: id * 10 })),
      (row) => row.n,
    )!;
    expect(numbers.slice(...numbers.span([{ operator: '_lte', value: 20 }])!)).toEqual([1, 2]);
    expect(numbers.span([{ operator: '_lte', value: '20' }])).toBeNull();
  });

  it('gives no range over strings that are not ISO timestamps: they sort by the collator', () => {
    const names = SortIndex.build(
      ['b', 'A', 'é'].map((name, i) => ({ id: i + 1, name })),
      (row) => row.name,
    )!;
    expect(walked(names, false)).toEqual([2, 1, 3]);
    expect(names.span([{ operator: '_gte', value: 'a' }])).toBeNull();
  });

  it('refuses values of mixed types, at build or on a write', () => {
    expect(
      SortIndex.build(
        [
          { id: 1, v: 1 },
          { id: 2, v: '1' },
        ],
        (row) => row.v,
      ),
    ).toBeNull();
    expect(SortIndex.build([{ id: 1, v: [1] }], (row) => row.v)).toBeNull();
    expect(
      SortIndex.build(
        [
          { id: 1, v: null },
          { id: 2, v: undefined },
        ],
        (row) => row.v,
      ),
    ).toBeNull();
    const index = SortIndex.build(rows, valueOf)!;
    expect(index.insert(8, 42)).toBe(false);
  });
});

describe('list order', () => {
  it('compares ISO timestamps by code units exactly as the French collator does', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const stamps = Array.from({ length: 5000 }, (_, i) =>
      new Date(i % 2 ? random() * 4e12 : 1.7e12 + random() * 1e6).toISOString(),
    );
    for (let i = 1; i < stamps.length; i += 1) {
      const [x, y] = [stamps[i - 1], stamps[i]];
      expect(compareKeyed(keyed(0, x), keyed(0, y))).toBe(compareValues(x, y));
    }
  });
});
