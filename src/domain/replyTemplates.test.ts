import { describe, expect, it } from 'vitest';
import { goodwillRequestNote, replyTemplates, type ReplyFacts } from './replyTemplates';
import type { Order } from './types';

const TRACKING_URL = 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901';

const order = (status: Order['status'], shipped = status !== 'placed'): ReplyFacts['order'] => ({
  reference: 'CMD-26-000123',
  status,
  delivery: {
    mode: 'home',
    carrier: 'Colissimo',
    trackingNumber: shipped ? '6A12345678901' : null,
    trackingUrl: shipped ? TRACKING_URL : null,
    address: '12 rue de la République, 13001 Marseille',
    relayPointName: null,
    recipientName: 'Léa Martin',
  },
});

const facts = (overrides: Partial<ReplyFacts> = {}): ReplyFacts => ({
  firstName: 'Léa',
  order: order('shipped'),
  creditBalanceCents: 4590,
  ...overrides,
});

const template = (id: string, of: ReplyFacts) => replyTemplates(of).find((t) => t.id === id)?.body;

describe('replyTemplates', () => {
  it('greets the customer by the first name they typed and signs as customer service', () => {
    for (const { body } of replyTemplates(facts({ firstName: ' Léa ' }))) {
      expect(body.startsWith('Bonjour Léa,\n\n')).toBe(true);
      expect(body.endsWith('Bien cordialement,\nLe service client Kaporal')).toBe(true);
    }
  });

  it('gives the order reference and the carrier’s tracking link of a shipped order', () => {
    const body = template('order_tracking', facts());
    expect(body).toContain('Votre commande CMD-26-000123 a été expédiée par Colissimo.');
    expect(body).toContain(`\n${TRACKING_URL}\n`);
  });

  it('offers the tracking reply only for an order with a tracking link', () => {
    const ids = (of: ReplyFacts) => replyTemplates(of).map((t) => t.id);
    expect(ids(facts({ order: order('placed') }))).not.toContain('order_tracking');
    expect(ids(facts({ order: null }))).not.toContain('order_tracking');
    expect(ids(facts({ order: order('placed') }))).toContain('order_in_preparation');
    expect(ids(facts({ order: order('delivered') }))).not.toContain('order_in_preparation');
  });

  it('tells the brand’s return procedure: the five steps, 14 days, no exchanges but a new order', () => {
    const body = template('return_procedure', facts())!;
    expect(body).toContain(
      'les articles de votre commande CMD-26-000123 dans un délai de 14 jours',
    );
    expect(body).toContain(
      [
        '1. Rendez-vous dans la rubrique « Mes commandes » de votre espace client.',
        '2. Sélectionnez la commande concernée puis cliquez sur « Demande de retour ».',
        '3. Cliquez sur « Valider la demande de retour ».',
        '4. Imprimez l’accord de retour reçu par e-mail.',
        '5. Placez le formulaire de retour et les articles concernés dans un sac ou une boîte adaptée au transport.',
      ].join('\n'),
    );
    expect(body).toContain('dans les 14 jours suivant la réception du colis');
    expect(body).toContain('Les échanges ne sont pas possibles');
    expect(body).toContain('passer une nouvelle commande');
  });

  it('speaks of "your order" when the request is linked to none', () => {
    expect(template('return_procedure', facts({ order: null }))).toContain(
      'les articles de votre commande dans un délai',
    );
  });

  it('gives the credit-note balance in euros, the French way, when there is one', () => {
    expect(template('credit_balance', facts({ creditBalanceCents: 123456 }))).toContain(
      'Vous disposez actuellement de 1\u202f234,56\u00a0€ d’avoirs',
    );
    expect(template('credit_balance', facts({ creditBalanceCents: 0 }))).toBeUndefined();
    expect(template('credit_balance', facts({ creditBalanceCents: null }))).toBeUndefined();
  });
});

describe('goodwillRequestNote', () => {
  it('asks a manager for an amount, for whom, about what, and says the current balance', () => {
    expect(
      goodwillRequestNote({
        requestReference: 'DEM-26-000042',
        customerName: 'Léa Martin',
        orderReference: 'CMD-26-000123',
        amountCents: 1500,
        reason: ' Colis arrivé avec 6 jours de retard ',
        creditBalanceCents: 0,
      }),
    ).toBe(
      [
        "Demande d'avoir commercial : 15,00\u00a0€ pour Léa Martin (demande DEM-26-000042, commande CMD-26-000123).",
        'Motif : Colis arrivé avec 6 jours de retard',
        'Solde d’avoirs actuel du client : 0,00\u00a0€.',
        'À l’attention d’un responsable : merci d’émettre l’avoir depuis la fiche client si vous l’accordez.',
      ].join('\n'),
    );
  });
});
