import type { Id, ResourceName } from '../../src/domain/types';
import { refused } from '../core/errors';
import type { Holder, Rec } from '../core/resource';
import type { Tx } from '../core/tx';

/** A unique human reference such as `CMD-26-000123`, numbered after the record's id. */
export function newReference(
  tx: Tx,
  resource: ResourceName,
  prefix: string,
  id: Id,
  { withYear = true, digits = 6 } = {},
): string {
  const year = withYear ? `${tx.ctx.now.slice(2, 4)}-` : '';
  for (let n = id; ; n += 10 ** digits) {
    const candidate = `${prefix}-${year}${String(n).padStart(digits, '0')}`;
    if (tx.where(resource, 'reference' as never, candidate).length === 0) return candidate;
  }
}

/** The record a body points to, or a 422 on that field. */
export function existing<R extends ResourceName>(
  tx: Tx,
  resource: R,
  id: unknown,
  field: string,
): Rec<R> {
  const record = typeof id === 'number' ? tx.get(resource, id) : undefined;
  if (!record) {
    const params = { id: String(id) };
    throw refused('unknownRecord', params, { [field]: { key: 'unknownRecord', params } });
  }
  return record;
}

/** Counts the records of each resource that still point to a record through a field. */
export function holders(tx: Tx, checks: [ResourceName, string, Id][]): Holder[] {
  return checks
    .map(([resource, field, id]) => ({
      what: resource,
      count: tx.where(resource, field as never, id).length,
    }))
    .filter(({ count }) => count > 0);
}
