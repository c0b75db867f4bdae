import { required, useTranslate, type InputProps } from 'react-admin';
import { EurosAmountInput } from '../common/EurosAmountInput';
import { useFormat } from '../common/useFormat';
import { GOODWILL_MAX_CENTS, goodwillAmountProblem } from '../domain/creditNotes';

const PROBLEM_MESSAGES = {
  notPositive: 'app.credit_notes.validation.amount_positive',
  aboveLimit: 'app.credit_notes.validation.amount_above_limit',
} as const;

/** The amount of a goodwill note, typed in euros ("25,50") and held in cents: the domain's bounds. */
export const EurosInput = (props: InputProps) => {
  const translate = useTranslate();
  const { euros } = useFormat();
  const max = euros(GOODWILL_MAX_CENTS);
  const withinBounds = (cents: unknown) => {
    const problem = typeof cents === 'number' ? goodwillAmountProblem(cents) : null;
    return problem ? { message: PROBLEM_MESSAGES[problem], args: { max } } : undefined;
  };
  return (
    <EurosAmountInput
      validate={[required(), withinBounds]}
      helperText={translate('app.credit_notes.create.amount_help', { max })}
      {...props}
    />
  );
};
