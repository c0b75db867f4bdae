import { Labeled, TextField, useRecordContext, type FieldProps } from 'react-admin';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import type { CreditNote } from '../domain/types';

/** Where the note comes from: the return it credits, or the reason of the goodwill gesture. */
export const OriginDetail = (props: Omit<FieldProps<CreditNote>, 'source'>) => {
  const note = useRecordContext<CreditNote>(props);
  if (!note) return null;
  return note.origin === 'return' ? (
    <Labeled source="returnId">
      <GuardedReferenceField source="returnId" reference="returns" link="show" />
    </Labeled>
  ) : (
    <Labeled source="reason">
      <TextField source="reason" />
    </Labeled>
  );
};
