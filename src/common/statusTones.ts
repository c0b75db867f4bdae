import type { ChipProps } from '@mui/material';

type Tone = ChipProps['color'];

/** The colour of a status chip: green when settled well, red when refused, amber when waiting. */
const TONES: Record<string, Tone> = {
  published: 'success',
  active: 'success',
  delivered: 'success',
  refunded: 'success',
  credited: 'success',
  collected: 'success',
  confirmed: 'success',
  open: 'success',
  shipped: 'info',
  received: 'info',
  draft: 'warning',
  placed: 'warning',
  authorised: 'warning',
  pending: 'warning',
  new: 'warning',
  waiting_customer: 'info',
  resolved: 'success',
  suspended: 'warning',
  refused: 'error',
  rejected: 'error',
  cancelled: 'error',
  unavailable: 'error',
  expired: 'error',
};

export const statusTone = (status: string): Tone => TONES[status] ?? 'default';
