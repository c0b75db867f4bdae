/** Carriers the brand ships with, and the page where a customer follows a parcel. */
export const CARRIERS = ['Colissimo', 'Chronopost', 'Mondial Relay', 'DPD', 'GLS'] as const;
export type Carrier = (typeof CARRIERS)[number];

const TRACKING_PAGES: Record<Carrier, string> = {
  Colissimo: 'https://www.laposte.fr/outils/suivre-vos-envois?code=',
  Chronopost: 'https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=',
  'Mondial Relay': 'https://www.mondialrelay.fr/suivi-de-colis/?NumeroExpedition=',
  DPD: 'https://trace.dpd.fr/fr/trace/',
  GLS: 'https://gls-group.com/FR/fr/suivi-colis?match=',
};

export function isCarrier(name: string): name is Carrier {
  return (CARRIERS as readonly string[]).includes(name);
}

export function trackingUrl(carrier: Carrier, trackingNumber: string): string {
  return TRACKING_PAGES[carrier] + encodeURIComponent(trackingNumber);
}
