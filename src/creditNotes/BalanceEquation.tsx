import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useIntlLocale } from '../common/useIntlLocale';
import { formatEuros, sumCents } from '../domain/money';
import type { Cents, CreditNote } from '../domain/types';

interface TermProps {
  label: string;
  cents: Cents;
  result?: boolean;
}

const Term = ({ label, cents, result = false }: TermProps) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  return (
    <Stack component="span">
      <Typography component="span" variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography component="span" variant="body1" fontWeight={result ? 'bold' : undefined}>
        {formatEuros(cents, locale)}
      </Typography>
    </Stack>
  );
};

const Operator = ({ sign }: { sign: string }) => (
  <Typography component="span" variant="h6" color="text.secondary">
    {sign}
  </Typography>
);

/** The balance of the note as the rule reads: amount − sum of the usages = balance. */
export const BalanceEquation = (props: Omit<FieldProps<CreditNote>, 'source'>) => {
  const note = useRecordContext<CreditNote>(props);
  const translate = useTranslate();
  if (!note) return null;
  const usedCents = sumCents(note.usages.map((usage) => usage.amountCents));
  return (
    <Stack
      role="group"
      aria-label={translate('app.credit_notes.balance.title')}
      direction="row"
      alignItems="center"
      spacing={2}
    >
      <Term label="app.credit_notes.balance.amount" cents={note.amountCents} />
      <Operator sign="−" />
      <Term label="app.credit_notes.balance.used" cents={usedCents} />
      <Operator sign="=" />
      <Term label="app.credit_notes.balance.balance" cents={note.balanceCents} result />
    </Stack>
  );
};
