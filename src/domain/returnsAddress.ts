/**
 * Where a customer sends a return parcel, printed on the return authorisation: the brand's
 * warehouse ("les entrepôts Kaporal", says its customer-service page, without their address).
 * This one, in Marseille where the brand's customer service answers, stands for it until
 * logistics confirm the real one.
 */
export const RETURNS_ADDRESS: readonly string[] = [
  'Kaporal — Service retours',
  'Entrepôt logistique',
  'Zone industrielle des Arnavaux',
  '13014 Marseille',
  'France',
];
