import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useGetManyAggregate, useListContext, type Identifier, type RaRecord } from 'react-admin';
import { useCanRead } from './ReadablePages';

/** The records a page of rows points to through one field, fetched at once. */
export interface RowReference {
  reference: string;
  records: ReadonlyMap<string, RaRecord>;
  isPending: boolean;
  error: unknown;
}

/** The value at a dotted path of a record (`delivery.storeId`). */
const valueAt = (record: RaRecord, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], record);

const RowReferencesContext = createContext<Readonly<Record<string, RowReference>>>({});

/** The records of the rows' `source` field, as fetched for the page; undefined outside. */
export const useRowReference = (source: string, reference: string): RowReference | undefined => {
  const found = useContext(RowReferencesContext)[source];
  return found?.reference === reference ? found : undefined;
};

const OneReference = ({
  source,
  reference,
  children,
}: {
  source: string;
  reference: string;
  children: ReactNode;
}) => {
  const { data } = useListContext();
  const ids = useMemo(() => {
    const values = (data ?? []).map((row) => valueAt(row, source) as Identifier | null | undefined);
    return [...new Set(values.filter((id): id is Identifier => id != null))];
  }, [data, source]);
  // Nothing is asked for a resource the role may not read: its fields show nothing.
  const readable = useCanRead(reference);
  const {
    data: records,
    isPending,
    error,
  } = useGetManyAggregate(reference, { ids }, { enabled: readable && ids.length > 0 });
  const parent = useContext(RowReferencesContext);
  const value = useMemo(
    () => ({
      ...parent,
      [source]: {
        reference,
        records: new Map((records ?? []).map((record) => [String(record.id), record])),
        isPending: isPending && readable && ids.length > 0,
        error,
      },
    }),
    [parent, source, reference, records, isPending, readable, ids.length, error],
  );
  return <RowReferencesContext.Provider value={value}>{children}</RowReferencesContext.Provider>;
};

/**
 * Fetches, once for the page of a list, the records its rows point to (`{ customerId:
 * 'customers' }`): the reference fields of the rows read them here, instead of each row keeping
 * its own query, access checks and link state (25 rows made 25 of each).
 */
export const RowReferences = ({
  fields,
  children,
}: {
  fields: Readonly<Record<string, string>>;
  children: ReactNode;
}) =>
  Object.entries(fields).reduceRight<ReactNode>(
    (inner, [source, reference]) => (
      <OneReference source={source} reference={reference}>
        {inner}
      </OneReference>
    ),
    children,
  );
