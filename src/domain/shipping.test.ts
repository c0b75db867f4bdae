import { describe, expect, it } from 'vitest';
import { FREE_SHIPPING_FROM_CENTS, shippingFeeCents } from './shipping';

describe('shippingFeeCents', () => {
  it('charges by delivery mode below 50 euros', () => {
    expect(shippingFeeCents('home', 4999)).toBe(495);
    expect(shippingFeeCents('relay_point', 0)).toBe(395);
    expect(shippingFeeCents('post_office', 1000)).toBe(450);
  });

  it('is free from exactly 50 euros due', () => {
    expect(shippingFeeCents('home', FREE_SHIPPING_FROM_CENTS)).toBe(0);
    expect(shippingFeeCents('relay_point', 12990)).toBe(0);
  });
});
