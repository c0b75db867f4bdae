import { useMemo } from 'react';
import { SearchInput, SelectInput, useGetList, type SelectInputProps } from 'react-admin';
import type { Store } from '../domain/types';

const byFrenchName = new Intl.Collator('fr').compare;
/** Far more than a chain has boutiques: every city is offered. */
const ALL_STORES = { page: 1, perPage: 1000 };

/** The cities that have a boutique, alphabetically: the city filter never comes up empty. */
const CityInput = (props: SelectInputProps) => {
  const { data, isPending } = useGetList<Store>('stores', {
    pagination: ALL_STORES,
    sort: { field: 'city', order: 'ASC' },
  });
  const choices = useMemo(
    () =>
      [...new Set((data ?? []).map((store) => store.city))]
        .sort(byFrenchName)
        .map((city) => ({ id: city, name: city })),
    [data],
  );
  return <SelectInput {...props} choices={choices} isPending={isPending} translateChoice={false} />;
};

/** `q` reads reference, name, city, postcode and address; the city is an exact match. */
export const storeFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CityInput key="city" source="city" alwaysOn />,
];
