import type { ResourceName } from '../../src/domain/types';
import type { ApiError } from './errors';
import type { Holder } from './resource';
import { STATUS_LABELS } from './statusLabels';

export type Lang = 'fr' | 'en';
export type MessageParams = Record<string, string | number>;

/** Error messages for staff, in French first; `{name}` is replaced by the parameter. */
const fr = {
  malformedJson: 'Le corps de la requête doit être un objet JSON.',
  bodyTooLarge:
    'Le corps de la requête dépasse la limite de {max} octets : rien n’a été enregistré.',
  notJson: 'Le corps de la requête doit être du JSON (en-tête Content-Type: application/json).',
  tooDeep: 'Le corps de la requête est imbriqué trop profondément pour être lu.',
  mustNotBeNull:
    'Le champ « {field} » ne peut pas valoir null : envoyez une valeur, ou omettez-le pour le garder tel quel.',
  alreadyInStatus:
    'Ce changement de statut a déjà été fait, par vous ou par un collègue : rien n’a changé. Rechargez la fiche pour voir son état.',
  tooManySignIns:
    'Trop de tentatives de connexion pour cette adresse : réessayez dans {minutes} min, ou demandez un nouveau mot de passe à un administrateur.',
  malformedParam: 'Le paramètre « {param} » est mal formé.',
  unknownFilter: 'Le filtre « {filter} » n’existe pas pour cette ressource.',
  badFilterValue: 'La valeur du filtre « {filter} » n’a pas le bon type.',
  invalidInput: 'Saisie invalide : corrigez les champs signalés.',
  unknownField: 'Le champ « {field} » n’existe pas.',
  readOnlyField: 'Le champ « {field} » est calculé par le serveur et ne peut pas être modifié.',
  versionRequired: 'La version lue de la fiche (« version ») est obligatoire pour la modifier.',
  staleVersion:
    'Cette fiche a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte : rechargez-la avant de recommencer.',
  notFound: 'Aucune fiche ne porte l’identifiant {id}.',
  unknownRoute: 'Adresse inconnue : {path}.',
  methodNotAllowed: 'Cette opération n’est pas possible sur cette ressource.',
  notSignedIn: 'Vous n’êtes pas connecté, ou votre session a expiré : reconnectez-vous.',
  badCredentials: 'E-mail ou mot de passe incorrect.',
  forbidden: 'Votre rôle ({role}) ne permet pas cette action sur « {resource} ».',
  stillReferenced:
    'Suppression impossible : {holders} y font encore référence. Archivez ou désactivez plutôt.',
  serverStopping: 'Le serveur s’arrête : rien n’a été enregistré, réessayez dans un instant.',
  internalError: 'Erreur inattendue du serveur : réessayez, puis prévenez l’équipe technique.',
  unknownStatus: 'Le statut « {status} » n’existe pas.',
  periodTooLong: 'La période demandée dépasse {max} jours : choisissez-en une plus courte.',
  required: 'Ce champ est obligatoire.',
  mustBeText: 'Ce champ doit être un texte.',
  tooLong: 'Ce champ dépasse {max} caractères.',
  mustBeInteger: 'Ce champ doit être un nombre entier.',
  tooSmall: 'Ce champ doit valoir au moins {min}.',
  mustBeBoolean: 'Ce champ doit être oui ou non.',
  notOneOf: 'Valeur non reconnue : choisissez parmi {allowed}.',
  mustBeDate: 'Ce champ doit être une date et heure.',
  mustBeDay: 'Ce champ doit être une date au format AAAA-MM-JJ.',
  mustBeList: 'Ce champ doit être une liste.',
  unknownRecord: 'Aucune fiche ne porte l’identifiant {id}.',
  pricePositive: 'Le prix doit être supérieur à 0 €.',
  saleBelowPrice: 'Le prix soldé doit être inférieur au prix normal.',
  salePositive: 'Le prix soldé doit être supérieur à 0 € : laissez-le vide hors soldes.',
  stockNotNegative: 'Le stock ne peut pas être négatif.',
  eanChecksum: 'L’EAN-13 {ean} est invalide : sa clé de contrôle est fausse.',
  skuTaken: 'Le SKU {code} est déjà utilisé par le produit {product}.',
  eanTaken: 'L’EAN {code} est déjà utilisé par le produit {product}.',
  skuRepeated: 'Le SKU {code} figure déjà sur une autre ligne de ce produit.',
  eanRepeated: 'L’EAN {code} figure déjà sur une autre ligne de ce produit.',
  publishNeedsImage: 'Un produit publié doit avoir au moins une image : ajoutez-en une.',
  publishNeedsVariant: 'Un produit publié doit avoir au moins une déclinaison : ajoutez-en une.',
  publishNeedsBoth:
    'Un produit publié doit avoir au moins une image et une déclinaison : il n’a ni l’une ni l’autre.',
  emailInvalid: 'L’adresse e-mail « {email} » n’est pas valide.',
  emailTaken: 'L’adresse e-mail {email} est déjà utilisée par un autre compte.',
  postcodeInvalid:
    'Le code postal « {postcode} » n’est pas valide : 5 chiffres, par exemple 13001 ou 06000.',
  passwordTooShort: 'Le mot de passe doit faire au moins {min} caractères.',
  alreadyKlubMember: 'Le client {customer} est déjà adhérent du Klub.',
  klubLeftIsFinal: 'Un adhérent qui a quitté le Klub doit adhérer à nouveau.',
  promoteNeedsActive: 'Seul un adhérent actif devient ambassadeur : réactivez d’abord l’adhésion.',
  inviteNeedsActive:
    'Seul un adhérent actif est invité aux événements : réactivez d’abord l’adhésion.',
  invitationKept:
    'L’invitation à « {event} » du {date} est envoyée : elle reste dans la liste, à sa place et à sa date.',
  invitationAnswer:
    'L’invitation à « {event} » du {date} ne peut pas passer de « {from} » à « {to} » : elle s’accepte jusqu’au jour de l’événement, la présence se note à partir de ce jour.',
  invitationStartsInvited:
    'La nouvelle invitation à « {event} » part sans réponse (« invité ») : la réponse se note ensuite.',
  unknownSku: 'Le SKU {sku} n’existe pas pour ce produit.',
  productArchived: 'Le produit {product} est archivé : il ne peut plus être commandé.',
  onePromoCode: 'Un seul code avantage par commande ({code}).',
  unknownPromoCode: 'Code avantage inconnu : {code}.',
  creditNoteOfAnotherCustomer: 'L’avoir {note} appartient à un autre client.',
  trackingRequired: 'Le numéro de suivi est obligatoire pour expédier la commande.',
  orderTransition: 'Une commande « {from} » ne peut pas passer à « {to} ».',
  orderAlreadyShipped:
    'La commande est déjà « {status} » : la livraison ne peut plus être modifiée.',
  returnNotDelivered: 'La commande {order} n’est pas livrée : aucun retour possible.',
  returnWindowClosed:
    'La commande {order} a été livrée il y a {days} jours : le délai de retour de 14 jours est dépassé.',
  returnNothingLeft: 'Tous les articles de la commande {order} font déjà l’objet d’un retour.',
  skuNotInOrder: 'Le SKU {sku} ne figure pas dans la commande {order}.',
  returnQuantityExceeded: 'Au plus {remaining} article(s) {sku} peuvent encore être retournés.',
  linesMismatch: 'Les lignes envoyées ne correspondent pas à celles du retour.',
  conditionRequired: 'Indiquez l’état de l’article {sku}.',
  resolutionIsCreditNote:
    'Le client a choisi un avoir pour le retour {reference}, pas un remboursement.',
  resolutionIsRefund:
    'Le client a choisi un remboursement pour le retour {reference}, pas un avoir.',
  returnTransition: 'Un retour « {from} » ne peut pas passer à « {to} ».',
  returnClosed: 'Le retour {reference} est clos : sa résolution ne peut plus changer.',
  goodwillOnly: 'Un manager ne modifie que les avoirs commerciaux.',
  returnNotesFromReturns: 'Un avoir de retour naît d’un retour : créez ici un avoir commercial.',
  amountPositive: 'Le montant doit être supérieur à 0 €.',
  goodwillTooLarge:
    'Un avoir commercial ne dépasse pas {max} : au-delà, ce n’est plus un geste du service client.',
  creditNoteStatusDerived:
    'Le statut d’un avoir découle de son solde : seule l’annulation peut être demandée.',
  creditNoteUsed: 'L’avoir {reference} a déjà servi : il ne peut plus être annulé.',
  reservationTransition: 'Une réservation « {from} » ne peut pas passer à « {to} ».',
  contactRequestTransition: 'Une demande « {from} » ne peut pas passer à « {to} ».',
  replyOnResolved: 'La demande {reference} est résolue : rouvrez-la avant de répondre au client.',
  threadMustGrowByOne:
    'Envoyez le fil de la demande tel que vous l’avez lu, suivi d’un seul nouveau message (sens et texte).',
  assigneeNotSupport:
    '{name} ne peut pas prendre de demande : seul un compte actif du service client ou administrateur le peut.',
  requestWithoutCustomer:
    'Cette demande n’est rattachée à aucun client : aucune commande ne peut lui être liée.',
  orderOfAnotherCustomer:
    'La commande {order} appartient à un autre client : elle ne peut pas être liée à cette demande.',
  networkOnlySocial:
    'Le réseau social ne s’indique que pour une demande venue des réseaux sociaux.',
  phoneInvalid:
    'Le numéro « {phone} » n’est pas un numéro français : par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.',
  orderReferenceInvalid:
    'Le numéro de commande « {reference} » n’est pas reconnu : il s’écrit comme CMD-26-000123.',
  tooManyContactRequests:
    'Trop de demandes envoyées avec cette adresse e-mail : réessayez dans {minutes} min.',
  idempotencyKeyInvalid: 'L’en-tête Idempotency-Key doit faire de 1 à {max} caractères.',
  productNotReservable:
    'Le produit {product} n’est pas publié ({status}) : il ne peut pas être réservé.',
};

export type MessageKey = keyof typeof fr;

const en: Record<MessageKey, string> = {
  malformedJson: 'The request body must be a JSON object.',
  bodyTooLarge: 'The request body exceeds the {max}-byte limit: nothing was saved.',
  notJson: 'The request body must be JSON (header Content-Type: application/json).',
  tooDeep: 'The request body is nested too deeply to be read.',
  mustNotBeNull:
    'The field “{field}” cannot be null: send a value, or leave it out to keep it as it is.',
  alreadyInStatus:
    'This status change was already made, by you or a colleague: nothing changed. Reload the record to see where it stands.',
  tooManySignIns:
    'Too many sign-in attempts for this address: try again in {minutes} min, or ask an administrator for a new password.',
  malformedParam: 'The "{param}" parameter is malformed.',
  unknownFilter: 'The filter "{filter}" does not exist for this resource.',
  badFilterValue: 'The value of the filter "{filter}" has the wrong type.',
  invalidInput: 'Invalid input: correct the fields shown.',
  unknownField: 'The field "{field}" does not exist.',
  readOnlyField: 'The field "{field}" is computed by the server and cannot be changed.',
  versionRequired: 'The version of the record you read ("version") is required to change it.',
  staleVersion:
    'Someone else changed this record since you opened it: reload it before trying again.',
  notFound: 'No record has the id {id}.',
  unknownRoute: 'Unknown address: {path}.',
  methodNotAllowed: 'This operation is not possible on this resource.',
  notSignedIn: 'You are not signed in, or your session has expired: sign in again.',
  badCredentials: 'Wrong email or password.',
  forbidden: 'Your role ({role}) does not allow this action on "{resource}".',
  stillReferenced: 'Cannot delete: {holders} still point to it. Archive or deactivate it instead.',
  serverStopping: 'The server is stopping: nothing was saved, try again in a moment.',
  internalError: 'Unexpected server error: try again, then tell the technical team.',
  unknownStatus: 'The status "{status}" does not exist.',
  periodTooLong: 'The period asked for is longer than {max} days: choose a shorter one.',
  required: 'This field is required.',
  mustBeText: 'This field must be text.',
  tooLong: 'This field is longer than {max} characters.',
  mustBeInteger: 'This field must be a whole number.',
  tooSmall: 'This field must be at least {min}.',
  mustBeBoolean: 'This field must be yes or no.',
  notOneOf: 'Unknown value: choose one of {allowed}.',
  mustBeDate: 'This field must be a date and time.',
  mustBeDay: 'This field must be a date as YYYY-MM-DD.',
  mustBeList: 'This field must be a list.',
  unknownRecord: 'No record has the id {id}.',
  pricePositive: 'The price must be more than €0.',
  saleBelowPrice: 'The sale price must be lower than the regular price.',
  salePositive: 'The sale price must be more than €0: leave it empty outside sales.',
  stockNotNegative: 'Stock cannot be negative.',
  eanChecksum: 'The EAN-13 {ean} is invalid: its check digit is wrong.',
  skuTaken: 'The SKU {code} is already used by product {product}.',
  eanTaken: 'The EAN {code} is already used by product {product}.',
  skuRepeated: 'The SKU {code} is already on another row of this product.',
  eanRepeated: 'The EAN {code} is already on another row of this product.',
  publishNeedsImage: 'A published product needs at least one image: add one.',
  publishNeedsVariant: 'A published product needs at least one variant: add one.',
  publishNeedsBoth: 'A published product needs at least one image and one variant: it has neither.',
  emailInvalid: 'The email address "{email}" is not valid.',
  emailTaken: 'The email address {email} is already used by another account.',
  postcodeInvalid: 'The postcode "{postcode}" is not valid: 5 digits, e.g. 13001 or 06000.',
  passwordTooShort: 'The password must be at least {min} characters long.',
  alreadyKlubMember: 'Customer {customer} is already a Klub member.',
  klubLeftIsFinal: 'A member who left the Klub must join again.',
  promoteNeedsActive:
    'Only an active member becomes an ambassador: reactivate the membership first.',
  inviteNeedsActive: 'Only an active member is invited to events: reactivate the membership first.',
  invitationKept:
    'The invitation to "{event}" on {date} has been sent: it stays in the list, in its place and on its day.',
  invitationAnswer:
    'The invitation to "{event}" on {date} cannot go from "{from}" to "{to}": it is accepted until the day of the event, and attendance is recorded from that day on.',
  invitationStartsInvited:
    'The new invitation to "{event}" starts unanswered ("invited"): the answer is recorded afterwards.',
  unknownSku: 'The SKU {sku} does not exist for this product.',
  productArchived: 'Product {product} is archived: it can no longer be ordered.',
  onePromoCode: 'Only one promo code per order ({code}).',
  unknownPromoCode: 'Unknown promo code: {code}.',
  creditNoteOfAnotherCustomer: 'Credit note {note} belongs to another customer.',
  trackingRequired: 'A tracking number is required to ship the order.',
  orderTransition: 'An order that is "{from}" cannot become "{to}".',
  orderAlreadyShipped: 'The order is already "{status}": its delivery can no longer change.',
  returnNotDelivered: 'Order {order} is not delivered: no return is possible.',
  returnWindowClosed:
    'Order {order} was delivered {days} days ago: the 14-day return window has closed.',
  returnNothingLeft: 'Every item of order {order} is already being returned.',
  skuNotInOrder: 'The SKU {sku} is not in order {order}.',
  returnQuantityExceeded: 'At most {remaining} item(s) {sku} can still be returned.',
  linesMismatch: 'The lines sent do not match those of the return.',
  conditionRequired: 'Record the condition of item {sku}.',
  resolutionIsCreditNote: 'The customer chose a credit note for return {reference}, not a refund.',
  resolutionIsRefund: 'The customer chose a refund for return {reference}, not a credit note.',
  returnTransition: 'A return that is "{from}" cannot become "{to}".',
  returnClosed: 'Return {reference} is closed: its resolution can no longer change.',
  goodwillOnly: 'A manager only changes goodwill credit notes.',
  returnNotesFromReturns: 'A return credit note comes from a return: create a goodwill note here.',
  amountPositive: 'The amount must be more than €0.',
  goodwillTooLarge:
    'A goodwill credit note is at most {max}: beyond that it is no longer a customer-service gesture.',
  creditNoteStatusDerived:
    'A credit note’s status follows from its balance: only cancelling can be asked for.',
  creditNoteUsed: 'Credit note {reference} has been used: it can no longer be cancelled.',
  reservationTransition: 'A reservation that is "{from}" cannot become "{to}".',
  contactRequestTransition: 'A request that is "{from}" cannot become "{to}".',
  replyOnResolved: 'Request {reference} is resolved: reopen it before replying to the customer.',
  threadMustGrowByOne:
    'Send the request’s thread as you read it, followed by a single new message (direction and text).',
  assigneeNotSupport:
    '{name} cannot take requests: only an active customer-service or administrator account can.',
  requestWithoutCustomer: 'This request belongs to no customer: no order can be linked to it.',
  orderOfAnotherCustomer:
    'Order {order} belongs to another customer: it cannot be linked to this request.',
  networkOnlySocial: 'A social network is given only for a request that came from social media.',
  phoneInvalid:
    '“{phone}” is not a French phone number: for example 06 12 34 56 78 or +33 6 12 34 56 78.',
  orderReferenceInvalid:
    'The order number “{reference}” is not recognised: it reads like CMD-26-000123.',
  tooManyContactRequests:
    'Too many requests sent from this e-mail address: try again in {minutes} min.',
  idempotencyKeyInvalid: 'The Idempotency-Key header must be 1 to {max} characters long.',
  productNotReservable: 'Product {product} is not published ({status}): it cannot be reserved.',
};

const HOLDER_LABELS: Record<Lang, Record<ResourceName | 'order-lines', string>> = {
  fr: {
    products: 'produits',
    stores: 'boutiques',
    customers: 'clients',
    'klub-members': 'adhésions Klub',
    orders: 'commandes',
    'order-lines': 'lignes de commande',
    returns: 'retours',
    'credit-notes': 'avoirs',
    reservations: 'réservations',
    'contact-requests': 'demandes clients',
    users: 'utilisateurs',
    'audit-events': 'événements d’historique',
  },
  en: {
    products: 'products',
    stores: 'stores',
    customers: 'customers',
    'klub-members': 'Klub memberships',
    orders: 'orders',
    'order-lines': 'order lines',
    returns: 'returns',
    'credit-notes': 'credit notes',
    reservations: 'reservations',
    'contact-requests': 'customer requests',
    users: 'users',
    'audit-events': 'history events',
  },
};

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { fr, en };

/** French unless the request asks for English first. */
export function langOf(acceptLanguage: string | null): Lang {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function translate(key: MessageKey, params: MessageParams, lang: Lang): string {
  const labels = STATUS_LABELS[key]?.[lang] ?? {};
  return CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = String(params[name] ?? '');
    return (name === 'from' || name === 'to') && Object.hasOwn(labels, value)
      ? labels[value]
      : value;
  });
}

export function describeHolders(holders: Holder[], lang: Lang): string {
  return holders.map(({ what, count }) => `${count} ${HOLDER_LABELS[lang][what]}`).join(', ');
}

export function errorBody(error: ApiError, lang: Lang) {
  const errors = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, e]) => [
      field,
      translate(e.key, e.params ?? {}, lang),
    ]),
  );
  const message = translate(error.key, error.params, lang);
  const detail = Object.entries(errors)[0];
  return {
    message:
      error.key === 'invalidInput' && detail ? `${message} (${detail[0]} : ${detail[1]})` : message,
    code: error.key,
    errors,
  };
}
