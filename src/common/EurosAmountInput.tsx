import { InputAdornment, TextField } from '@mui/material';
import { useState } from 'react';
import {
  FieldTitle,
  InputHelperText,
  useInput,
  useResourceContext,
  type InputProps,
} from 'react-admin';
import { parseEuros } from '../domain/money';

/** What the form holds: cents once the text is an amount, the text itself until then. */
type AmountValue = number | string | null;

/** The amount written back as staff type it, "49,90": parseEuros reads it back in any language. */
const asTyped = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/** Whether the text typed already says this value. */
const holds = (text: string, value: AmountValue) =>
  value === null
    ? text.trim() === ''
    : typeof value === 'number'
      ? parseEuros(text) === value
      : text === value;

const textOf = (value: AmountValue) => (typeof value === 'number' ? asTyped(value) : (value ?? ''));

/** An amount that is not one yet ("49,9x") keeps the text, so the validation can say so. */
export const notAnAmount = (value: AmountValue) =>
  typeof value === 'string' ? 'app.validation.amount_invalid' : undefined;

/**
 * An amount typed in euros ("49,90", "1 234,5") and held in cents: the text stays as typed while
 * it is edited, and is written back in the French way once the field is left.
 */
export const EurosAmountInput = (props: InputProps & { fullWidth?: boolean }) => {
  const { validate = [], fullWidth } = props;
  const resource = useResourceContext(props);
  const {
    field,
    fieldState: { error, invalid },
    isRequired,
    id,
  } = useInput<AmountValue>({
    ...props,
    validate: [notAnAmount, ...(Array.isArray(validate) ? validate : [validate])],
  });
  const [text, setText] = useState(() => textOf(field.value));
  const [seen, setSeen] = useState(field.value);
  const value = field.value;
  // Only a value set from outside (a reset, a record loaded) rewrites what is being typed.
  if (value !== seen) {
    setSeen(value);
    if (!holds(text, value)) setText(textOf(value));
  }

  const onChange = (typed: string) => {
    setText(typed);
    field.onChange(typed.trim() === '' ? null : (parseEuros(typed) ?? typed));
  };

  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={(event) => onChange(event.target.value)}
      onBlur={() => {
        if (typeof value === 'number') setText(asTyped(value));
        field.onBlur();
      }}
      label={
        <FieldTitle
          label={props.label}
          source={props.source}
          resource={resource}
          isRequired={isRequired}
        />
      }
      error={invalid}
      helperText={<InputHelperText error={error?.message} helperText={props.helperText} />}
      fullWidth={fullWidth}
      slotProps={{
        input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
        htmlInput: { inputMode: 'decimal' },
      }}
    />
  );
};
