import type { Id, ResourceName } from '../../src/domain/types';
import { sortByValue } from './listOrder';
import {
  allOf,
  compileFilter,
  normalizeText,
  parseListQuery,
  readPath,
  type Clause,
  type ListQuery,
} from './query';
import type { Rec, ResourceDef } from './resource';
import { SearchColumn } from './searchColumn';
import type { SortIndex } from './sortIndex';
import type { Store } from './store';
import type { Tx } from './tx';

export interface ListPage<T> {
  records: T[];
  start: number;
  /** The position of the last record answered (`start` when none). */
  last: number;
  total: number;
}

type AnyClause = Clause<never>;

/** The ids an index gives for some clauses of the filter: exactly the records they accept. */
interface Source {
  size: number;
  ids: () => Id[];
  /** Whether an id is among them, without reading its record (not for a range). */
  has?: (id: Id) => boolean;
  covers: readonly AnyClause[];
}

/**
 * Gathering and sorting a candidate costs about as much as testing this many records in a walk
 * of the sort order: below that share, the candidates are gathered.
 */
const GATHER_RATIO = 8;

function setSource(sets: ReadonlySet<Id>[], clause: AnyClause): Source {
  return {
    size: sets.reduce((sum, set) => sum + set.size, 0),
    ids: () => sets.flatMap((set) => [...set]),
    has: (id) => sets.some((set) => set.has(id)),
    covers: [clause],
  };
}

function spanSource(index: SortIndex, [from, to]: [number, number], covers: AnyClause[]) {
  return { size: to - from, ids: () => index.slice(from, to), covers, index, from, to };
}

interface Plan<R extends ResourceName> {
  resource: R;
  field: string;
  descending: boolean;
  range: [number, number];
  /** The positions of the sort order to walk, and the range clauses they satisfy. */
  sorted: { index: SortIndex; from: number; to: number; covers: readonly AnyClause[] } | null;
  smallest: Source | null;
  /** Sources that test an id without its record. */
  idSources: Source[];
  /** The total, when the indexes give it without a test. */
  known: number | null;
  /** The tests left on records, those of the `skip` clauses aside. */
  recordTests: (skip: readonly AnyClause[]) => ((record: Rec<R>) => boolean)[];
}

const byId = (a: Id, b: Id) => a - b;

function pageOf<T>(records: T[], start: number, total: number): ListPage<T> {
  return { records, start, last: records.length ? start + records.length - 1 : start, total };
}

/**
 * Lists answered from the store's indexes. The sort order is walked, and the walk stops once the
 * page is filled when the total is known without it (an indexed equality alone, a search, a
 * range of the sort field); a small set of candidates (a status, a customer, a month, a few ids)
 * is gathered and sorted instead. Either way, the records and their order are those of a stable
 * sort of every match taken in id order.
 */
export function createListing(store: Store) {
  const searchCache = new WeakMap<object, string>();
  const columns = new Map<ResourceName, SearchColumn>();
  store.onRecordChange((resource, before, after) => {
    const { id } = (after ?? before) as { id: Id };
    if (!columns.get(resource)?.markChanged(id)) columns.delete(resource);
  });

  function searchText<R extends ResourceName>(def: ResourceDef<R>, tx: Tx, record: Rec<R>) {
    let text = searchCache.get(record);
    if (text === undefined) {
      text = normalizeText(def.searchText(record, tx).join(' '));
      searchCache.set(record, text);
    }
    return text;
  }

  function searchSource<R extends ResourceName>(resource: R, def: ResourceDef<R>, tx: Tx) {
    return (clause: AnyClause): Source => {
      let column = columns.get(resource);
      if (!column) {
        const lines = store.all(resource).map((r) => [r.id, searchText(def, tx, r)] as const);
        columns.set(resource, (column = new SearchColumn(lines)));
      }
      const textOf = (id: Id) => {
        const record = store.get(resource, id);
        return record && searchText(def, tx, record);
      };
      const ids = column.matching(clause.words!, textOf);
      const found = new Set(ids);
      return { size: ids.length, ids: () => ids, has: (id) => found.has(id), covers: [clause] };
    };
  }

  function equalitySource(resource: ResourceName, clause: AnyClause): Source {
    const { field, values } = clause.equals!;
    const sets =
      field === 'id'
        ? [new Set((values as Id[]).filter((id) => store.get(resource, id) !== undefined))]
        : values.map((value) => store.idsWhere(resource, field, value));
    return setSource(sets, clause);
  }

  /** The range clauses of each field, as positions in that field's order. */
  function spanSources(resource: ResourceName, clauses: AnyClause[]) {
    const byField = new Map<string, AnyClause[]>();
    for (const clause of clauses) {
      if (!clause.range) continue;
      byField.set(clause.range.field, [...(byField.get(clause.range.field) ?? []), clause]);
    }
    return [...byField].flatMap(([field, covers]) => {
      const index = store.sortIndex(resource, field);
      const span = index?.span(covers.map((c) => c.range!.bound));
      return index && span ? [{ field, ...spanSource(index, span, covers) }] : [];
    });
  }

  /** What answers a list: the sort order to walk, the candidates to gather, the tests left. */
  function planOf<R extends ResourceName>(
    resource: R,
    def: ResourceDef<R>,
    query: ListQuery,
    tx: Tx,
  ): Plan<R> {
    const text = (record: Rec<R>) => searchText(def, tx, record);
    const clauses = compileFilter(query.filter, def.filters, text, tx.ctx.now) as AnyClause[];
    const scope = def.readScope?.(tx.ctx) ?? null;
    // No sort is the id order, in which the store keeps every table.
    const [field, order] = query.sort ?? ['id', 'ASC'];
    const spans = spanSources(resource, clauses);
    const onSortField = spans.find((s) => s.field === field);
    const sources: Source[] = [
      ...clauses.filter((c) => c.equals).map((c) => equalitySource(resource, c)),
      ...clauses.filter((c) => c.words?.length).map(searchSource(resource, def, tx)),
      ...spans.filter((s) => s !== onSortField),
    ];
    const smallest = sources.reduce<Source | null>((a, b) => (a && a.size <= b.size ? a : b), null);
    const sorted = store.sortIndex(resource, field);
    const idSources = sources.filter((s) => s.has);
    const byIds = new Set(idSources.flatMap((s) => s.covers));
    const covered = (covers: readonly AnyClause[]) => clauses.every((c) => covers.includes(c));
    const [from, to] = onSortField ? [onSortField.from, onSortField.to] : [0, sorted?.size ?? 0];
    let known: number | null = null;
    if (!scope && covered(onSortField?.covers ?? [])) known = to - from;
    else if (!scope && smallest && covered(smallest.covers)) known = smallest.size;
    return {
      resource,
      field,
      descending: order === 'DESC',
      range: query.range ?? [0, Infinity],
      sorted: sorted && { index: sorted, from, to, covers: onSortField?.covers ?? [] },
      smallest,
      idSources,
      known,
      recordTests: (skip) => {
        const tests = clauses.filter((c) => !byIds.has(c) && !skip.includes(c)).map((c) => c.test);
        return (scope ? [scope, ...tests] : tests) as ((record: Rec<R>) => boolean)[];
      },
    };
  }

  /**
   * The page read along the sort order; null when the walk passes the cost of gathering (the
   * matches lie far along the order).
   */
  function walked<R extends ResourceName>(plan: Plan<R>): ListPage<Rec<R>> | null {
    const { sorted, smallest, known, idSources } = plan;
    const [start, end] = plan.range;
    const gatherCost = smallest ? smallest.size * GATHER_RATIO : Infinity;
    if (!sorted || (known === null && sorted.to - sorted.from > gatherCost)) return null;
    const matches = allOf(plan.recordTests(sorted.covers));
    const page: Rec<R>[] = [];
    let total = 0;
    let steps = 0;
    sorted.index.walk(plan.descending, sorted.from, sorted.to, (id) => {
      steps += 1;
      if (steps > gatherCost) return false;
      if (!idSources.every((s) => s.has!(id))) return true;
      const record = store.get(plan.resource, id)!;
      if (!matches(record)) return true;
      if (total >= start && total <= end) page.push(record);
      total += 1;
      return known === null || total <= end;
    });
    return steps > gatherCost ? null : pageOf(page, start, known ?? total);
  }

  /** The page of the candidates gathered, tested and sorted. */
  function gathered<R extends ResourceName>(plan: Plan<R>): ListPage<Rec<R>> {
    const { resource, field, descending, smallest } = plan;
    const [start, end] = plan.range;
    const others = plan.idSources.filter((s) => s !== smallest);
    const ids = smallest
      ? smallest.ids().filter((id) => others.every((s) => s.has!(id)))
      : store.all(resource).map((r) => r.id);
    ids.sort(byId);
    const read = (id: Id) => store.get(resource, id)!;
    const tests = plan.recordTests(smallest?.covers ?? []);
    if (field === 'id' && tests.length === 0) {
      if (descending) ids.reverse();
      return pageOf(ids.slice(start, end + 1).map(read), start, ids.length);
    }
    let found = ids.map(read).filter(allOf(tests));
    if (field === 'id') {
      if (descending) found.reverse();
    } else {
      const path = field.split('.');
      found = sortByValue(found, (record) => readPath(record, path), descending);
    }
    return pageOf(found.slice(start, end + 1), start, found.length);
  }

  return function list<R extends ResourceName>(
    resource: R,
    def: ResourceDef<R>,
    params: URLSearchParams,
    tx: Tx,
  ): ListPage<Rec<R>> {
    const plan = planOf(resource, def, parseListQuery(params), tx);
    return walked(plan) ?? gathered(plan);
  };
}
