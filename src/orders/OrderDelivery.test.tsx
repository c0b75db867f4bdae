// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Order } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

describe('the delivery panel of an order', () => {
  // A request for the customer would be refused (403), and the test fails on an unexpected refusal.
  it('gives the warehouse the name for the parcel’s label, without reading the customer', async () => {
    const { token } = await apiSession(apiUrl(), 'warehouse');
    const filter = encodeURIComponent(JSON.stringify({ status: 'placed' }));
    const { body } = await callApi(apiUrl(), `/orders?filter=${filter}&range=[0,0]`, { token });
    const [order] = body as unknown as Order[];
    expect(order.delivery.recipientName).not.toBe('');

    await signIn(apiUrl(), 'warehouse');
    renderApp(apiUrl(), `/orders/${order.id}/show`);

    const delivery = await screen.findByRole('region', { name: 'Livraison' });
    expect(
      within(delivery).getByText(`Destinataire : ${order.delivery.recipientName}`),
    ).toBeInTheDocument();
  });
});
