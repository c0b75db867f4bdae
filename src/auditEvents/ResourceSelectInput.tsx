import { SelectInput, useGetResourceLabel, type SelectInputProps } from 'react-admin';
import { RESOURCES } from '../domain/types';

/** Picks one of the audited resources, by its translated name. */
export const ResourceSelectInput = (props: SelectInputProps) => {
  const getResourceLabel = useGetResourceLabel();
  const choices = RESOURCES.map((id) => ({ id, name: getResourceLabel(id, 2) }));
  return <SelectInput {...props} choices={choices} translateChoice={false} />;
};
