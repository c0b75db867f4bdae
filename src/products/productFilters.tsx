import { SearchInput, SelectInput } from 'react-admin';
import { CATEGORIES, DEPARTMENTS, PRODUCT_STATUSES } from '../domain/types';
import { enumChoices } from '../common/enums';

export const productFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
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
];
