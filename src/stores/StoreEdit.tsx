import { Edit } from 'react-admin';
import { StoreForm } from './StoreForm';

/** Pessimistic, so that a refusal of the server lands under its field and nothing is saved. */
const StoreEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <StoreForm />
  </Edit>
);

export default StoreEdit;
