// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../../providers/i18n';
import { watchConsole } from '../../testing/app';
import { KpiCard, type KpiCardProps } from './KpiCard';
import { listPath } from '../../common/listPath';

const logs = watchConsole();
afterEach(() => {
  cleanup();
  logs.expectSilent();
});

const renderCard = (props: KpiCardProps) =>
  render(
    <AdminContext i18nProvider={i18nProvider}>
      <KpiCard {...props} />
    </AdminContext>,
  );

describe('a KPI card', () => {
  it('shows the value, the previous one and a rise that is bad news, and opens its list', () => {
    renderCard({
      label: 'Taux de retour',
      kind: 'percent',
      better: 'down',
      value: 0.125,
      previous: 0.1,
      to: listPath('returns', { overdue: true }),
    });
    const card = screen.getByRole('link', { name: /^Taux de retour/ });
    expect(card).toHaveTextContent('12,5 %');
    expect(card).toHaveTextContent('Période précédente : 10 %');
    expect(card).toHaveTextContent('+2,5 pts(en moins bien)');
    expect(card.querySelector('[data-direction]')).toHaveAttribute('data-direction', 'up');
    expect(card).toHaveAttribute('href', '#/returns?filter=%7B%22overdue%22%3Atrue%7D');
  });

  it('shows a fall in euros that is bad news with a minus sign', () => {
    renderCard({
      label: 'Panier moyen',
      kind: 'money',
      better: 'up',
      value: 5000,
      previous: 6250,
      to: '/orders',
    });
    const card = screen.getByRole('link', { name: /^Panier moyen/ });
    expect(card).toHaveTextContent(/50,00\s€/);
    expect(card).toHaveTextContent(/−12,50\s€\(en moins bien\)/);
    expect(card.querySelector('[data-direction]')).toHaveAttribute('data-direction', 'down');
  });

  it('says there is no data instead of a figure, and has no change without a previous value', () => {
    renderCard({
      label: 'Taux de retrait',
      kind: 'percent',
      better: 'up',
      value: null,
      previous: 0.5,
    });
    expect(screen.getByText('Taux de retrait').closest('.MuiCard-root')).toHaveTextContent(
      '—Pas de données',
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(document.querySelector('[data-direction]')).toBeNull();
  });
});
