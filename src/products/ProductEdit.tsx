import { Edit } from 'react-admin';
import { ProductForm } from './form/ProductForm';

/** Pessimistic: a refusal (an EAN already used) lands on its row and nothing is saved. */
const ProductEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ProductForm withHistory />
  </Edit>
);

export default ProductEdit;
