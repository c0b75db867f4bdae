import AssignmentReturn from '@mui/icons-material/AssignmentReturn';
import { Button, Stack, Typography } from '@mui/material';
import { useId, type MouseEvent } from 'react';
import { LinkBase, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { enumKey } from '../../common/enums';
import type { ReturnEligibility } from '../../domain/returns';
import type { Order } from '../../domain/types';
import { useReturnEligibility } from './useReturnEligibility';

/** In a table row, the button opens the return form, not the row's order. */
const stopPropagation = (event: MouseEvent) => event.stopPropagation();

type Refusal = Extract<ReturnEligibility, { eligible: false }>;

const ICON = <AssignmentReturn />;

const DisabledWithReason = ({ order, refusal }: { order: Order; refusal: Refusal }) => {
  const translate = useTranslate();
  const reasonId = useId();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Button size="small" startIcon={ICON} disabled aria-describedby={reasonId}>
        {translate('app.pickers.create_return.label')}
      </Button>
      <Typography id={reasonId} variant="caption" color="text.secondary">
        {translate(`app.pickers.create_return.${refusal.reason}`, {
          status: translate(enumKey('orderStatus', order.status)),
          days: refusal.deliveredDaysAgo,
        })}
      </Typography>
    </Stack>
  );
};

interface CreateReturnButtonProps {
  /** Says nothing of an order that cannot be returned, rather than why (a row among many). */
  onlyWhenEligible?: boolean;
}

/**
 * Opens the return form with the order of the record context filled in, for the roles that create
 * returns. An order that cannot be returned gets the action disabled, with the reason beside it.
 */
export const CreateReturnButton = ({ onlyWhenEligible = false }: CreateReturnButtonProps) => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'returns', action: 'create' });
  const eligibility = useReturnEligibility(canAccess ? order : undefined);
  if (!order || !eligibility) return null;
  if (!eligibility.eligible) {
    return onlyWhenEligible ? null : <DisabledWithReason order={order} refusal={eligibility} />;
  }
  return (
    <Button
      component={LinkBase}
      to={{
        pathname: createPath({ resource: 'returns', type: 'create' }),
        search: `?source=${encodeURIComponent(JSON.stringify({ orderId: order.id }))}`,
      }}
      onClick={stopPropagation}
      size="small"
      startIcon={ICON}
    >
      {translate('app.pickers.create_return.label')}
    </Button>
  );
};
