import type {
  ContactRequestStatus,
  InvitationStatus,
  OrderStatus,
  ReservationStatus,
  ReturnStatus,
} from '../../src/domain/types';
import type { Lang } from './messages';

type Labels<S extends string> = Record<Lang, Record<S, string>>;

const ORDER: Labels<OrderStatus> = {
  fr: {
    placed: 'passée',
    refused: 'refusée',
    shipped: 'expédiée',
    delivered: 'livrée',
    cancelled: 'annulée',
  },
  en: {
    placed: 'placed',
    refused: 'refused',
    shipped: 'shipped',
    delivered: 'delivered',
    cancelled: 'cancelled',
  },
};

const RETURN: Labels<ReturnStatus> = {
  fr: {
    authorised: 'autorisé',
    received: 'reçu',
    refunded: 'remboursé',
    credited: 'réglé en avoir',
    rejected: 'refusé',
    cancelled: 'annulé',
  },
  en: {
    authorised: 'authorised',
    received: 'received',
    refunded: 'refunded',
    credited: 'credited',
    rejected: 'rejected',
    cancelled: 'cancelled',
  },
};

const RESERVATION: Labels<ReservationStatus> = {
  fr: {
    pending: 'en attente',
    confirmed: 'confirmée',
    unavailable: 'indisponible',
    collected: 'retirée',
    expired: 'expirée',
    cancelled: 'annulée',
  },
  en: {
    pending: 'pending',
    confirmed: 'confirmed',
    unavailable: 'unavailable',
    collected: 'collected',
    expired: 'expired',
    cancelled: 'cancelled',
  },
};

const CONTACT_REQUEST: Labels<ContactRequestStatus> = {
  fr: {
    new: 'nouvelle',
    open: 'ouverte',
    waiting_customer: 'en attente du client',
    resolved: 'résolue',
  },
  en: {
    new: 'new',
    open: 'open',
    waiting_customer: 'waiting for the customer',
    resolved: 'resolved',
  },
};

const INVITATION: Labels<InvitationStatus> = {
  fr: { invited: 'invité', accepted: 'accepté', attended: 'présent' },
  en: { invited: 'invited', accepted: 'accepted', attended: 'attended' },
};

/** The statuses named in the messages that refuse a move, in the words of the staff. */
export const STATUS_LABELS: Partial<Record<string, Labels<string>>> = {
  orderTransition: ORDER,
  returnTransition: RETURN,
  reservationTransition: RESERVATION,
  contactRequestTransition: CONTACT_REQUEST,
  invitationAnswer: INVITATION,
};
