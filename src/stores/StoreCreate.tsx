import { Create } from 'react-admin';
import { StoreForm } from './StoreForm';

/** Pessimistic: the boutique exists, with its reference, once the server has said so. */
const StoreCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <StoreForm />
  </Create>
);

export default StoreCreate;
