import type { ResourceName } from '../../src/domain/types';
import { badRequest } from './errors';
import { parseListQuery } from './query';
import type { ResourceDef } from './resource';

/**
 * The resource as a role that reads only its directory sees it (DIRECTORY_FIELDS): each record
 * cut down to those fields, and lists filtered and sorted by them alone, so that no other field
 * can be learnt from what a filter or a sort lets through.
 */
export function directoryView<R extends ResourceName>(
  def: ResourceDef<R>,
  fields: readonly string[],
): ResourceDef<R> {
  const filters = Object.fromEntries(
    Object.entries(def.filters).filter(([field]) => fields.includes(field)),
  ) as ResourceDef<R>['filters'];
  return {
    ...def,
    filters,
    present: (record) => {
      const whole = (def.present ? def.present(record) : record) as Record<string, unknown>;
      return Object.fromEntries(fields.map((field) => [field, whole[field]]));
    },
  };
}

/** The search (`q`) reads other fields than the directory's; a sort may use only them. */
export function checkDirectoryQuery(params: URLSearchParams, fields: readonly string[]): void {
  const { filter, sort } = parseListQuery(params);
  if (Object.hasOwn(filter, 'q')) throw badRequest('unknownFilter', { filter: 'q' });
  if (sort && !fields.includes(sort[0])) throw badRequest('unknownField', { field: sort[0] });
}
