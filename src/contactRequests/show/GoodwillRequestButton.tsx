import CardGiftcard from '@mui/icons-material/CardGiftcard';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import { customerName } from '../../customers/customerName';
import { GOODWILL_MAX_CENTS, goodwillAmountProblem } from '../../domain/creditNotes';
import { parseEuros } from '../../domain/money';
import { goodwillRequestNote } from '../../domain/replyTemplates';
import type { Cents, ContactRequest, Customer } from '../../domain/types';
import { DisabledAction } from './DisabledAction';
import { messageOf } from './errors';
import { useAddMessage } from './useAddMessage';
import { useLinkedOrder } from './useRequestRecords';

const LABEL = 'app.contact_requests.goodwill.button';
const ICON = <CardGiftcard />;

const AMOUNT_PROBLEMS = {
  notPositive: 'app.credit_notes.validation.amount_positive',
  aboveLimit: 'app.credit_notes.validation.amount_above_limit',
} as const;

/** What is wrong with the amount typed, as a message key; null when a manager may grant it. */
const amountProblemOf = (cents: Cents | null): string | null => {
  if (cents === null) return 'app.validation.amount_invalid';
  const problem = goodwillAmountProblem(cents);
  return problem && AMOUNT_PROBLEMS[problem];
};

/**
 * Support may not issue a goodwill credit note (managers and admins do): it asks for one with an
 * internal note on the request, saying how much and why, for a manager to act on.
 */
export const GoodwillRequestButton = ({ customer }: { customer: Customer | null }) => {
  const request = useRecordContext<ContactRequest>();
  const translate = useTranslate();
  const format = useFormat();
  const notify = useNotify();
  const titleId = useId();
  const { canAccess } = useCanAccess({ resource: 'contact-requests', action: 'edit' });
  const { data: order } = useLinkedOrder(request);
  const { add, isPending } = useAddMessage(request);
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  if (!request || !canAccess) return null;
  if (request.customerId === null) {
    return (
      <DisabledAction
        label={LABEL}
        reason="app.contact_requests.goodwill.no_customer"
        icon={ICON}
      />
    );
  }
  if (!customer) return null;

  const cents = parseEuros(amount);
  const amountError = amountProblemOf(cents);
  const reasonError = reason.trim() ? null : 'app.credit_notes.validation.reason_required';
  const max = format.euros(GOODWILL_MAX_CENTS);

  const close = () => {
    setOpen(false);
    setChecked(false);
  };
  const ask = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (amountError || reasonError || cents === null) return;
    const body = goodwillRequestNote({
      requestReference: request.reference,
      customerName: customerName(customer),
      orderReference: order?.reference ?? null,
      amountCents: cents,
      reason,
      creditBalanceCents: customer.creditBalanceCents,
    });
    try {
      await add({ direction: 'note', body });
      close();
      setAmount('');
      setReason('');
      notify('app.contact_requests.goodwill.done', { type: 'success' });
    } catch (error) {
      notify(messageOf(error), { type: 'error', messageArgs: { _: messageOf(error) } });
    }
  };

  return (
    <>
      <Button size="small" startIcon={ICON} onClick={() => setOpen(true)}>
        {translate(LABEL)}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId}>
        <form onSubmit={ask} noValidate>
          <DialogTitle id={titleId}>{translate('app.contact_requests.goodwill.title')}</DialogTitle>
          <DialogContent>
            <DialogContentText>
              {translate('app.contact_requests.goodwill.help', {
                customer: customerName(customer),
              })}
            </DialogContentText>
            <Stack spacing={2} sx={{ mt: 2 }}>
              <TextField
                label={translate('app.contact_requests.goodwill.amount')}
                value={amount}
                onChange={(event) => setAmount(event.target.value)}
                error={checked && !!amountError}
                helperText={
                  checked && amountError
                    ? translate(amountError, { max })
                    : translate('app.credit_notes.create.amount_help', { max })
                }
                autoFocus
                autoComplete="off"
              />
              <TextField
                label={translate('app.contact_requests.goodwill.reason')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                error={checked && !!reasonError}
                helperText={checked && reasonError ? translate(reasonError) : ' '}
                multiline
                minRows={2}
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={isPending}>
              {translate('app.contact_requests.goodwill.confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
