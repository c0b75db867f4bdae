// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Order } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { logs, apiUrl } = withMockApi();

async function aShippedOrder(token: string): Promise<Order> {
  const filter = encodeURIComponent(JSON.stringify({ status: 'shipped' }));
  const { body } = await callApi(apiUrl(), `/orders?filter=${filter}&range=[0,0]`, { token });
  return (body as unknown as Order[])[0];
}

describe('a transition refused by the server', () => {
  it('shows the French message of the response to the warehouse', async () => {
    const admin = await apiSession(apiUrl(), 'admin');
    const order = await aShippedOrder(admin.token);
    await signIn(apiUrl(), 'warehouse');
    renderApp(apiUrl(), `/orders/${order.id}/show`);
    const markDelivered = await screen.findByRole('button', { name: 'Marquer livrée' });

    const meanwhile = await callApi(apiUrl(), `/orders/${order.id}`, {
      method: 'PUT',
      token: admin.token,
      body: { status: 'delivered', version: order.version },
    });
    expect(meanwhile.status).toBe(200);

    logs.expectRefusal(409);
    const user = userEvent.setup();
    await user.click(markDelivered);
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));

    const warehouse = await apiSession(apiUrl(), 'warehouse');
    const refusal = await callApi(apiUrl(), `/orders/${order.id}`, {
      method: 'PUT',
      token: warehouse.token,
      body: { status: 'delivered', version: order.version },
    });
    expect(refusal.status).toBe(409);
    expect(await screen.findByText(String(refusal.body.message))).toBeInTheDocument();
  });
});
