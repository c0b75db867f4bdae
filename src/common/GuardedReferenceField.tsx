import { ReferenceField, useCanAccess, type ReferenceFieldProps } from 'react-admin';

/** A ReferenceField that fetches nothing when the role may not read the referenced resource. */
export const GuardedReferenceField = (props: ReferenceFieldProps) => {
  const { canAccess } = useCanAccess({ resource: props.reference, action: 'show' });
  return canAccess ? <ReferenceField {...props} /> : null;
};
