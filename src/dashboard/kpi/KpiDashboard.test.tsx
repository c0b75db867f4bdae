// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { formatEuros } from '../../domain/money';
import { createAuthProvider } from '../../providers/authProvider';
import { createDataProvider } from '../../providers/dataProvider';
import { i18nProvider } from '../../providers/i18n';
import { apiSession, callApi, signIn, withMockApi } from '../../testing/app';
import { KpiDashboard } from './KpiDashboard';
import type { KpiReport } from './types';

const { apiUrl } = withMockApi();

const PERIOD = 'from=2026-10-01&to=2026-10-31&groupBy=week';

describe('the KPI dashboard', () => {
  it('shows the cards of the period of the URL, with links to what they count', async () => {
    const { token } = await apiSession(apiUrl(), 'manager');
    const { body } = await callApi(apiUrl(), `/kpis?${PERIOD}`, { token });
    const report = body as unknown as KpiReport;
    await signIn(apiUrl(), 'manager');
    window.history.pushState({}, '', `/#/?period=custom&${PERIOD}`);
    const { container } = render(
      <AdminContext
        dataProvider={createDataProvider(apiUrl())}
        authProvider={createAuthProvider(apiUrl())}
        i18nProvider={i18nProvider}
      >
        <KpiDashboard />
      </AdminContext>,
    );

    const revenue = await screen.findByRole('link', { name: /^Chiffre d’affaires/ });
    expect(container.firstChild).toHaveAttribute('data-dashboard-ready', 'true');
    expect(revenue.textContent).toContain(formatEuros(report.totals.sales.revenueCents));
    expect(revenue.textContent).toContain(formatEuros(report.previous.sales.revenueCents));
    const overdue = screen.getByRole('link', { name: /^Remboursements en retard/ });
    expect(overdue).toHaveTextContent(String(report.open.overdueRefunds));
    expect(overdue).toHaveAttribute('href', '#/returns?filter=%7B%22overdue%22%3Atrue%7D');
    const overdueRequests = screen.getByRole('link', { name: /^Demandes sans réponse hors délai/ });
    expect(overdueRequests).toHaveTextContent(String(report.open.overdueContactRequests));
    expect(overdueRequests).toHaveAttribute(
      'href',
      '#/contact-requests?filter=%7B%22overdue%22%3Atrue%7D',
    );
    expect(screen.getByRole('combobox', { name: 'Regrouper par' })).toHaveTextContent('Semaine');
    expect(screen.getByLabelText('Du')).toHaveValue('2026-10-01');
    expect(await screen.findByRole('figure', { name: 'Motifs de retour' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Motifs des demandes clients' })).toBeInTheDocument();
    expect(container.querySelector('[data-charts-ready="true"]')).toBeInTheDocument();
  });
});
