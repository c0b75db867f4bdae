import { ReferenceField, type ReferenceFieldProps } from 'react-admin';
import { useCanRead } from './ReadablePages';

/** A ReferenceField that fetches nothing when the role may not read the referenced resource. */
export const GuardedReferenceField = (props: ReferenceFieldProps) =>
  useCanRead(props.reference) ? <ReferenceField {...props} /> : null;
