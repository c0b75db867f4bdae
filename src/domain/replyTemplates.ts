import { formatEuros } from './money';
import type { Cents, Order } from './types';

/**
 * The replies customer service starts from, written to the customer in French (the brand's
 * customers read French whatever the language of the back office), with the facts of the request.
 */
export const REPLY_TEMPLATES = [
  'acknowledgement',
  'order_tracking',
  'order_in_preparation',
  'return_procedure',
  'credit_balance',
] as const;
export type ReplyTemplateId = (typeof REPLY_TEMPLATES)[number];

export interface ReplyFacts {
  /** As the customer typed it. */
  firstName: string;
  /** The order the request is linked to (never one of another customer). */
  order: Pick<Order, 'reference' | 'status' | 'delivery'> | null;
  /** The balance of the customer's open credit notes; null when no account was found. */
  creditBalanceCents: Cents | null;
}

export interface ReplyTemplate {
  id: ReplyTemplateId;
  body: string;
}

const SIGNATURE = 'Bien cordialement,\nLe service client Kaporal';
const HOURS = 'du lundi au vendredi de 8 h 30 à 17 h 30';

/** The brand's return procedure, as its customer-service page gives it. */
const RETURN_STEPS = [
  '1. Rendez-vous dans la rubrique « Mes commandes » de votre espace client.',
  '2. Sélectionnez la commande concernée puis cliquez sur « Demande de retour ».',
  '3. Cliquez sur « Valider la demande de retour ».',
  '4. Imprimez l’accord de retour reçu par e-mail.',
  '5. Placez le formulaire de retour et les articles concernés dans un sac ou une boîte adaptée au transport.',
].join('\n');

const letter = (firstName: string, ...paragraphs: string[]) =>
  [`Bonjour ${firstName.trim()},`, ...paragraphs, SIGNATURE].join('\n\n');

const yourOrder = (order: ReplyFacts['order']) =>
  order ? `votre commande ${order.reference}` : 'votre commande';
const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1);

function body(id: ReplyTemplateId, { firstName, order, creditBalanceCents }: ReplyFacts) {
  switch (id) {
    case 'acknowledgement':
      return letter(
        firstName,
        'Nous avons bien reçu votre message et nous vous remercions de votre confiance.',
        `Un conseiller revient vers vous dans les meilleurs délais, ${HOURS}.`,
      );
    case 'order_tracking': {
      const { carrier, trackingUrl } = order!.delivery;
      return letter(
        firstName,
        `${capitalised(yourOrder(order))} a été expédiée par ${carrier}. Vous pouvez suivre son acheminement sur le site du transporteur :\n${trackingUrl}`,
        'Si le colis vous semble en retard, vérifiez si vous avez reçu un avis de passage ou un e-mail du transporteur : il peut vous attendre au bureau de poste ou au point relais choisi lors de votre achat. En cas de livraison à domicile, il a pu être remis à un voisin.',
        'S’il reste introuvable après ces vérifications, répondez simplement à ce message : nous ouvrirons une enquête auprès du transporteur.',
      );
    }
    case 'order_in_preparation':
      return letter(
        firstName,
        `${capitalised(yourOrder(order))} est en cours de préparation dans nos entrepôts. Vous recevrez un e-mail avec le lien de suivi du transporteur dès son expédition.`,
        'Nos commandes sont généralement livrées en 5 à 7 jours ; ce délai peut être allongé en période de soldes. Le montant n’est débité qu’au moment de l’expédition.',
      );
    case 'return_procedure':
      return letter(
        firstName,
        `Vous pouvez retourner les articles de ${yourOrder(order)} dans un délai de 14 jours à compter de sa réception, depuis votre espace client :`,
        RETURN_STEPS,
        'Les articles doivent être neufs, non portés, étiquetés et dans un parfait état de revente. Le remboursement a lieu dans les 14 jours suivant la réception du colis dans nos entrepôts, sur le compte ayant servi au paiement, ou sous forme d’avoir si vous le préférez. Les frais de retour sont offerts aux adhérents « Le Klub ».',
        'Les échanges ne sont pas possibles : pour obtenir une autre taille, une autre couleur ou un autre modèle, il suffit de retourner l’article et de passer une nouvelle commande.',
      );
    case 'credit_balance':
      return letter(
        firstName,
        `Vous disposez actuellement de ${formatEuros(creditBalanceCents!, 'fr-FR')} d’avoirs sur votre compte client Kaporal.`,
        'Ils s’utilisent lors du paiement de votre prochaine commande sur le site ; si son montant est inférieur à celui de l’avoir, le solde reste disponible sur votre compte.',
      );
  }
}

/** Whether a template has what it needs: a tracking link, an order still in preparation, a balance. */
function applies(id: ReplyTemplateId, { order, creditBalanceCents }: ReplyFacts): boolean {
  if (id === 'order_tracking') return !!order?.delivery.trackingUrl;
  if (id === 'order_in_preparation') return order?.status === 'placed';
  if (id === 'credit_balance') return creditBalanceCents !== null && creditBalanceCents > 0;
  return true;
}

/** The templates that fit the request, filled in with its facts. */
export function replyTemplates(facts: ReplyFacts): ReplyTemplate[] {
  return REPLY_TEMPLATES.filter((id) => applies(id, facts)).map((id) => ({
    id,
    body: body(id, facts),
  }));
}

export interface GoodwillRequestFacts {
  requestReference: string;
  customerName: string;
  orderReference: string | null;
  amountCents: Cents;
  reason: string;
  creditBalanceCents: Cents;
}

/**
 * The internal note that asks a manager for a goodwill credit note (only managers and admins
 * issue them): who for, how much, why, and what the customer already holds.
 */
export function goodwillRequestNote(facts: GoodwillRequestFacts): string {
  const euros = (cents: Cents) => formatEuros(cents, 'fr-FR');
  const about = facts.orderReference
    ? `demande ${facts.requestReference}, commande ${facts.orderReference}`
    : `demande ${facts.requestReference}`;
  return [
    `Demande d'avoir commercial : ${euros(facts.amountCents)} pour ${facts.customerName} (${about}).`,
    `Motif : ${facts.reason.trim()}`,
    `Solde d’avoirs actuel du client : ${euros(facts.creditBalanceCents)}.`,
    'À l’attention d’un responsable : merci d’émettre l’avoir depuis la fiche client si vous l’accordez.',
  ].join('\n');
}
