import { trackingUrl, type Carrier } from '../../src/domain/carriers';
import type { Delivery, DeliveryMode } from '../../src/domain/types';
import type { Population } from './customers';
import { streetAddress, type Pools } from './people';
import { flat } from './refs';
import type { Rng } from './rng';

export const MODES: readonly (readonly [DeliveryMode, number])[] = [
  ['home', 45],
  ['relay_point', 40],
  ['post_office', 15],
];

const CARRIERS_BY_MODE: Record<DeliveryMode, readonly (readonly [Carrier, number])[]> = {
  home: [
    ['Colissimo', 45],
    ['Chronopost', 20],
    ['DPD', 20],
    ['GLS', 15],
  ],
  relay_point: [
    ['Mondial Relay', 65],
    ['Chronopost', 15],
    ['DPD', 10],
    ['GLS', 10],
  ],
  post_office: [['Colissimo', 1]],
};

/** Numbers shaped like each carrier's. */
const TRACKING_NUMBER: Record<Carrier, (rng: Rng) => string> = {
  Colissimo: (rng) => flat('6A', rng.digits(11)),
  Chronopost: (rng) => flat('XW', rng.digits(9), 'FR'),
  'Mondial Relay': (rng) => rng.digits(8),
  DPD: (rng) => flat('250', rng.digits(11)),
  GLS: (rng) => rng.digits(11),
};

/** Where orders go: home, or the customer's usual relay point or post office, found on first use. */
export class Deliveries {
  private readonly relays: { name: string; address: string }[] = [];
  private readonly postOffices: string[] = [];
  private readonly recipients: string[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly pools: Pools,
    private readonly population: Population,
  ) {}

  to(index: number, mode: DeliveryMode, shipped: boolean): Delivery {
    const rng = this.rng;
    const carrier = rng.weighted(CARRIERS_BY_MODE[mode]);
    const trackingNumber = shipped ? TRACKING_NUMBER[carrier](rng) : null;
    const relay = mode === 'relay_point' ? this.relayOf(index) : null;
    return {
      mode,
      carrier,
      trackingNumber,
      trackingUrl: trackingNumber === null ? null : trackingUrl(carrier, trackingNumber),
      address:
        relay?.address ??
        (mode === 'post_office' ? this.postOfficeOf(index) : this.population.homes[index]),
      relayPointName: relay?.name ?? null,
      recipientName: this.recipientOf(index),
    };
  }

  /** The customer's name, one string shared by all of their parcels. */
  private recipientOf(index: number): string {
    const { firstName, lastName } = this.population.customers[index];
    return (this.recipients[index] ??= flat(firstName, ' ', lastName));
  }

  private near(index: number): string {
    return streetAddress(this.rng, this.pools, this.population.towns[index]);
  }

  private relayOf(index: number): { name: string; address: string } {
    return (this.relays[index] ??= {
      name: this.rng.pick(this.pools.relayNames),
      address: flat('Point relais, ', this.near(index)),
    });
  }

  private postOfficeOf(index: number): string {
    return (this.postOffices[index] ??= flat('Bureau de poste, ', this.near(index)));
  }
}
