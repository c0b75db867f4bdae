import type { ContactChannel, ContactReason, DeliveryMode } from '../../src/domain/types';
import { flat } from './refs';
import type { Rng } from './rng';

/** What a message of a request may name: the customer, and the order they wrote about. */
export interface Subject {
  firstName: string;
  channel: ContactChannel;
  /** As the customer typed it; null when they gave none. */
  orderReference: string | null;
  /** The reference names none of the customer's orders: support asks them to check it. */
  orderUnknown: boolean;
  /** Of the order the customer means, when it was shipped by the time they wrote. */
  shipped: boolean;
  carrier: string | null;
  mode: DeliveryMode | null;
  relayPointName: string | null;
}

type Text = (s: Subject) => string;

const order = (s: Subject) =>
  s.orderReference ? flat('ma commande ', s.orderReference) : 'ma commande';
const ref = (s: Subject) => (s.orderReference ? flat(' (', s.orderReference, ')') : '');
const carrier = (s: Subject) => s.carrier ?? 'le transporteur';

/** The customer's first message, as they typed it, by reason. */
const FIRST: Record<ContactReason, readonly Text[]> = {
  order_tracking: [
    (s) =>
      flat(
        'Bonjour,\nJ’ai passé commande il y a plusieurs jours',
        ref(s),
        ' et je n’ai toujours aucune nouvelle. Où en est ma commande ?\nMerci',
      ),
    (s) =>
      flat(
        'Bonjour, le suivi de ',
        order(s),
        ' n’a pas bougé depuis trois jours. Quand vais-je la recevoir ?',
      ),
    (s) =>
      flat(
        'Bonsoir, je n’ai pas reçu d’e-mail d’expédition pour ',
        order(s),
        '. Est-elle bien partie ?',
      ),
    (s) =>
      flat(
        'Bonjour, ',
        order(s),
        ' devait arriver avant le week-end, c’est pour un anniversaire. Pouvez-vous vérifier ? Merci d’avance',
      ),
  ],
  parcel_not_found: [
    (s) =>
      s.mode === 'relay_point'
        ? flat(
            'Bonjour, le suivi indique que mon colis est disponible au point relais ',
            s.relayPointName ?? '',
            ' mais le commerçant ne le trouve pas',
            ref(s),
            '. Que dois-je faire ?',
          )
        : flat(
            'Bonjour, ',
            order(s),
            ' est indiquée comme livrée mais je n’ai rien reçu, ni dans ma boîte aux lettres ni chez mes voisins.',
          ),
    (s) =>
      s.mode === 'post_office'
        ? flat(
            'Bonjour, j’ai eu un avis de passage mais le bureau de poste ne retrouve pas mon colis',
            ref(s),
            '.',
          )
        : flat(
            'Bonjour, colis marqué « livré » hier mais introuvable',
            ref(s),
            '. J’ai demandé au gardien et aux voisins, rien.',
          ),
    (s) =>
      flat(
        'Bonjour,\nDeux passages au point relais pour ',
        order(s),
        ' : on me dit qu’il n’y a rien à mon nom. Pouvez-vous voir avec ',
        carrier(s),
        ' ?',
      ),
  ],
  return: [
    (s) =>
      flat(
        'Bonjour, je souhaite retourner un jean de ',
        order(s),
        ' qui ne me va pas. Comment faire ?',
      ),
    () =>
      'Bonjour, je n’arrive pas à imprimer mon accord de retour. Pouvez-vous me le renvoyer par e-mail ?',
    () => 'Bonjour, le retour est-il gratuit ? Je crois être membre du Klub.',
  ],
  refund: [
    (s) =>
      flat(
        'Bonjour, j’ai renvoyé ',
        order(s),
        ' il y a deux semaines et je n’ai toujours pas reçu mon remboursement. Pouvez-vous vérifier ?',
      ),
    () =>
      'Bonjour, j’ai reçu un avoir alors que je voulais un remboursement sur ma carte. Est-il possible de changer ?',
    (s) =>
      flat(
        'Bonjour, le remboursement de mon retour',
        ref(s),
        ' ne correspond pas au montant payé, il manque quelques euros.',
      ),
  ],
  exchange: [
    (s) =>
      flat(
        'Bonjour, le jean de ',
        order(s),
        ' est trop petit. Est-ce que je peux l’échanger contre un 30 ?',
      ),
    () => 'Bonjour, je voudrais échanger la veste contre la même en noir, c’est possible ?',
    (s) =>
      flat('Bonjour, puis-je échanger ma taille M contre un L directement', ref(s), ' ? Merci'),
  ],
  product_complaint: [
    (s) =>
      flat(
        'Bonjour, la fermeture éclair de mon blouson s’est cassée après deux sorties',
        ref(s),
        '. C’est très décevant.',
      ),
    () => 'Bonjour, le t-shirt a déteint au premier lavage alors que j’ai respecté l’étiquette.',
    (s) => flat('Bonjour, il y a un trou sur la couture du jean reçu hier', ref(s), '.'),
  ],
  payment: [
    (s) =>
      flat(
        'Bonjour, ',
        order(s),
        ' a été refusée au paiement alors que ma carte fonctionne. Pourquoi ?',
      ),
    (s) =>
      flat('Bonjour, j’ai l’impression que ma carte a été débitée deux fois pour ', order(s), '.'),
    () =>
      'Bonjour, mon code avantage n’a pas été pris en compte, pouvez-vous m’appliquer la remise ?',
  ],
  account_login: [
    () =>
      'Bonjour, je n’arrive plus à me connecter à mon compte, le lien « mot de passe oublié » ne m’envoie rien.',
    () => 'Bonjour, mon compte est bloqué après plusieurs essais. Pouvez-vous m’aider ?',
    () => 'Bonjour, je voudrais changer l’adresse e-mail de mon compte.',
  ],
  reservation: [
    () =>
      'Bonjour, j’ai réservé un article en boutique ce matin et je n’ai pas reçu de confirmation.',
    () =>
      'Bonjour, je ne pourrai pas passer à la boutique avant samedi, pouvez-vous garder ma réservation un jour de plus ?',
    () => 'Bonjour, comment annuler une réservation en boutique ?',
  ],
  klub: [
    () => 'Bonjour, je suis membre du Klub mais on m’a facturé les frais de retour.',
    () => 'Bonjour, comment rejoindre le Klub ? Est-ce payant ?',
    () => 'Bonjour, je n’ai pas reçu mon invitation pour la vente privée du Klub.',
  ],
  newsletter: [
    () =>
      'Bonjour, je reçois encore la newsletter alors que j’ai cliqué sur le lien de désinscription. Merci de me retirer de la liste.',
    () => 'Merci de supprimer mon adresse de vos envois.',
    () => 'Bonjour, je ne reçois plus la newsletter, pouvez-vous me réinscrire ?',
  ],
  other: [
    () => 'Bonjour, est-ce que vous recrutez pour la boutique de Lyon ?',
    () => 'Bonjour, vendez-vous des cartes cadeaux ?',
    () => 'Bonjour, la boutique de Marseille est-elle ouverte le dimanche ?',
  ],
};

/** Messages that deserve no answer: closed without a reply. */
const UNANSWERED: Partial<Record<ContactReason, readonly string[]>> = {
  newsletter: [
    'STOP',
    'Merci de ne plus m’envoyer de newsletter.',
    'Désinscription svp, je reçois trois e-mails par semaine.',
  ],
  other: [
    'Boostez votre visibilité ! Notre agence vous propose 10 000 abonnés Instagram en 48 h.',
    'Offre partenariat : référencez vos produits sur notre marketplace, premier mois offert.',
  ],
};

/** The body of support's answer, by reason; the greeting and the signature go around it. */
const REPLY: Record<ContactReason, Text> = {
  order_tracking: (s) =>
    s.shipped
      ? flat(
          'Votre commande a bien été remise à ',
          carrier(s),
          '. Vous pouvez suivre son acheminement grâce au lien reçu dans l’e-mail d’expédition. Les délais de livraison sont en général de 5 à 7 jours, un peu plus en période de soldes.',
        )
      : 'Votre commande est en préparation dans notre entrepôt et partira très prochainement. Vous recevrez un e-mail avec le lien de suivi dès son expédition ; le montant ne sera débité qu’à ce moment-là.',
  parcel_not_found: (s) =>
    flat(
      'Nous sommes désolés pour ce désagrément. Nous avons ouvert une enquête auprès de ',
      carrier(s),
      ', qui prend en général 48 à 72 heures. Si le colis reste introuvable, nous vous renverrons les articles ou vous rembourserons.',
    ),
  return: () =>
    'Vous pouvez créer votre accord de retour depuis votre espace client, rubrique « Mes commandes » : sélectionnez la commande puis « Demande de retour ». Imprimez l’accord reçu par e-mail et joignez-le au colis. Vous disposez de 14 jours après la réception ; les articles doivent être neufs et étiquetés. Les frais de retour sont offerts aux membres du Klub.',
  refund: () =>
    'Le remboursement est fait dans les 14 jours suivant la réception de votre colis dans notre entrepôt, sur le moyen de paiement de la commande. Un délai bancaire de quelques jours peut s’ajouter. Nous avons vérifié votre dossier : il est bien en cours de traitement.',
  exchange: () =>
    'Les échanges ne sont malheureusement pas possibles sur notre site. Nous vous invitons à retourner l’article dans les 14 jours suivant la réception et à passer une nouvelle commande pour la taille ou la couleur souhaitée. Le remboursement est fait dans les 14 jours suivant la réception du retour.',
  product_complaint: () =>
    'Nous sommes désolés. Pouvez-vous nous envoyer une photo du défaut en réponse à ce message ? Vous pouvez aussi retourner l’article depuis votre espace client avec le motif « défectueux » : nous vous rembourserons à réception.',
  payment: () =>
    'Le montant de votre commande n’est débité qu’à l’expédition ; avant cela, il s’agit d’une simple autorisation qui disparaît de votre relevé sous quelques jours. Un seul code avantage peut être utilisé par commande.',
  account_login: () =>
    'Nous avons vérifié votre compte et vous avons renvoyé un lien de réinitialisation, valable 24 heures. Pensez à regarder dans vos courriers indésirables.',
  reservation: () =>
    'La boutique confirme les réservations en moins de 2 heures, par e-mail ou SMS, puis garde l’article 2 jours. Nous avons transmis votre demande à la boutique, qui vous recontacte.',
  klub: () =>
    'L’adhésion au Klub est gratuite, depuis votre espace client. Elle vous donne droit aux retours gratuits (pour les retours demandés en tant que membre), à des remises et à des invitations à nos événements.',
  newsletter: () =>
    'C’est fait : votre préférence a été mise à jour. Les envois déjà programmés peuvent encore vous parvenir quelques jours.',
  other: () =>
    'Merci pour votre message. Vous trouverez les horaires et coordonnées de chaque boutique sur notre site, rubrique « Boutiques ».',
};

const CHECK_REFERENCE: Text = (s) =>
  flat(
    'Nous ne trouvons pas de commande ',
    s.orderReference ?? '',
    ' à votre nom. Pouvez-vous vérifier le numéro indiqué dans l’e-mail de confirmation (CMD-, l’année, puis six chiffres) ?',
  );

/** The customer writes again after an answer. */
const AGAIN: Partial<Record<ContactReason, string>> = {
  order_tracking:
    'Merci pour votre réponse, mais je n’ai toujours rien reçu. Pouvez-vous relancer ?',
  parcel_not_found:
    'Toujours rien au point relais ni à la maison. Avez-vous des nouvelles de l’enquête ?',
  return: 'Je n’ai pas reçu l’e-mail avec l’accord de retour, pouvez-vous le renvoyer ?',
  refund: 'Toujours rien sur mon compte à ce jour, pouvez-vous vérifier de nouveau ?',
  exchange: 'D’accord, mais si je renvoie l’article, dois-je payer les frais de retour ?',
  product_complaint: 'Je vous ai envoyé les photos, quelle est la suite ?',
};
const AGAIN_OTHERWISE = 'Je ne comprends pas bien, pouvez-vous me rappeler ?';
const CORRECTED =
  'Erreur de ma part sur le numéro, pardon : c’est bien la commande passée avec cette adresse.';
const THANKS: readonly string[] = [
  'Merci beaucoup, c’est parfait !',
  'Bien reçu, merci pour votre aide.',
  'Super, merci pour la rapidité.',
];
const SECOND_REPLY: Partial<Record<ContactReason, string>> = {
  order_tracking:
    'Merci pour votre retour. Nous avons relancé le transporteur et revenons vers vous sous 48 heures.',
  parcel_not_found:
    'Merci pour votre retour. Nous avons relancé le transporteur et revenons vers vous sous 48 heures.',
  product_complaint:
    'Merci pour ces éléments. Votre dossier est transmis à notre équipe qualité ; le remboursement sera fait à réception de l’article.',
  refund:
    'Nous avons relancé notre service comptable : le remboursement apparaîtra sur votre compte sous 5 jours ouvrés.',
};
const SECOND_REPLY_OTHERWISE =
  'Nous avons bien noté. Un conseiller vous rappelle demain dans la matinée.';

/** Internal notes, never sent. */
const NOTES: Partial<Record<ContactReason, readonly string[]>> = {
  parcel_not_found: [
    'Enquête ouverte auprès du transporteur.',
    'Point relais appelé : colis introuvable.',
  ],
  refund: ['Retour bien reçu à l’entrepôt, remboursement en attente de validation.'],
  product_complaint: ['Défaut signalé au service qualité.'],
  payment: ['Vérifié dans Payline : une seule capture, l’autre ligne est une autorisation.'],
  account_login: ['Compte débloqué.'],
};
const GENERIC_NOTES: readonly string[] = [
  'Déjà passé en boutique pour le même sujet.',
  'À surveiller : deuxième demande ce mois-ci.',
  'Voir avec l’entrepôt avant de répondre.',
];
const MISMATCH_NOTE =
  'Le numéro de commande donné est celui d’un autre client : ne rien divulguer.';
/** Why a request was closed without an answer. */
const CLOSING_NOTES: Partial<Record<ContactReason, string>> = {
  newsletter: 'Désinscription faite, pas de réponse nécessaire.',
  other: 'Démarchage commercial : clôturé sans réponse.',
};

function greet(s: Subject): string {
  return flat('Bonjour ', s.firstName, ',\n\n');
}

function sign(staffFirstName: string): string {
  return flat('\n\nBien cordialement,\n', staffFirstName, '\nService client Kaporal');
}

export function firstMessage(rng: Rng, reason: ContactReason, s: Subject, silent: boolean): string {
  const text =
    silent && UNANSWERED[reason] ? rng.pick(UNANSWERED[reason]) : rng.pick(FIRST[reason])(s);
  return s.channel === 'phone' ? flat('Appel : ', text) : text;
}

export function replyMessage(reason: ContactReason, s: Subject, staffFirstName: string): string {
  const body = s.orderUnknown ? CHECK_REFERENCE(s) : REPLY[reason](s);
  const opening = s.channel === 'phone' ? 'Comme convenu par téléphone : ' : '';
  return flat(greet(s), opening, body, sign(staffFirstName));
}

export function againMessage(rng: Rng, reason: ContactReason, s: Subject, thanks: boolean): string {
  if (thanks) return rng.pick(THANKS);
  return s.orderUnknown ? CORRECTED : (AGAIN[reason] ?? AGAIN_OTHERWISE);
}

export function secondReplyMessage(
  reason: ContactReason,
  s: Subject,
  staffFirstName: string,
): string {
  return flat(greet(s), SECOND_REPLY[reason] ?? SECOND_REPLY_OTHERWISE, sign(staffFirstName));
}

export function noteMessage(
  rng: Rng,
  reason: ContactReason,
  { mismatch, silent }: { mismatch: boolean; silent: boolean },
): string {
  if (silent) return CLOSING_NOTES[reason] ?? 'Clôturé sans réponse.';
  if (mismatch) return MISMATCH_NOTE;
  return rng.pick(NOTES[reason] ?? GENERIC_NOTES);
}
