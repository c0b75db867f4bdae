import type { Cents, DeliveryMode } from './types';

/** Shipping is free from 50 euros (after discount); otherwise it depends on the mode. */
export const FREE_SHIPPING_FROM_CENTS = 5000;
const SHIPPING_FEE_CENTS: Record<DeliveryMode, Cents> = {
  home: 495,
  relay_point: 395,
  post_office: 450,
};

export function shippingFeeCents(mode: DeliveryMode, dueCents: Cents): Cents {
  return dueCents >= FREE_SHIPPING_FROM_CENTS ? 0 : SHIPPING_FEE_CENTS[mode];
}
