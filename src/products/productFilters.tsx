import {
  SearchInput,
  SelectInput,
  TextInput,
  useTranslate,
  type SearchInputProps,
} from 'react-admin';
import { enumChoices } from '../common/enums';
import { EurosFilterInput } from '../common/EurosFilterInput';
import { CATEGORIES, DEPARTMENTS, PRODUCT_STATUSES } from '../domain/types';

const STOCK_STATES = ['in_stock', 'low', 'out'] as const;

/** The search box says what it searches: a scanned EAN finds its product too. */
const CatalogueSearchInput = (props: SearchInputProps) => {
  const translate = useTranslate();
  return (
    <SearchInput
      {...props}
      placeholder={translate('app.products.filters.q_placeholder')}
      sx={{ minWidth: 300 }}
    />
  );
};

export const productFilters = [
  <CatalogueSearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('productStatus', PRODUCT_STATUSES)}
  />,
  <SelectInput
    key="department"
    source="department"
    choices={enumChoices('department', DEPARTMENTS)}
  />,
  <SelectInput key="category" source="category" choices={enumChoices('category', CATEGORIES)} />,
  <TextInput
    key="collection"
    source="collection"
    parse={(code: string) => code.trim().toUpperCase()}
    helperText="app.products.filters.collection_help"
  />,
  <EurosFilterInput
    key="priceCents_gte"
    source="priceCents_gte"
    label="app.products.filters.price_from"
  />,
  <EurosFilterInput
    key="priceCents_lte"
    source="priceCents_lte"
    label="app.products.filters.price_until"
  />,
  <SelectInput
    key="stockState"
    source="stockState"
    label="app.products.filters.stock_state"
    choices={enumChoices('stockState', STOCK_STATES)}
  />,
];
