import { Create } from 'react-admin';
import { ProductForm } from './form/ProductForm';

const ProductCreate = () => (
  <Create redirect="show">
    <ProductForm />
  </Create>
);

export default ProductCreate;
