import type { InvitationStatus, KlubInvitation, KlubMember } from '../../src/domain/types';
import { DAY, iso } from './clock';
import type { Population } from './customers';
import { reference } from './refs';
import type { Rng } from './rng';

/** What a steered case needs of a customer's membership of Le Klub. */
export type KlubTrait = 'none' | 'active' | 'ambassador' | 'suspended' | 'left';

export interface Klub {
  members: KlubMember[];
  /** The membership of each customer (by index), or null. */
  memberOf: (KlubMember | null)[];
}

const EVENTS = [
  'Vente privée Le Klub',
  'Soirée Klub à la boutique de Marseille',
  'Avant-première des soldes',
  'Atelier personnalisation denim à Paris',
  'Apéro Klub à Lyon',
  'Retouches offertes à Bordeaux',
  'Lancement de collection à Nice',
];

interface KlubEvent {
  event: string;
  at: number;
}

/** An event every five weeks or so, from a year ago to two months ahead. */
function klubEvents(now: number): KlubEvent[] {
  const events: KlubEvent[] = [];
  for (let days = -400, i = 0; days <= 60; days += 37, i++) {
    events.push({ event: EVENTS[i % EVENTS.length], at: now + days * DAY });
  }
  return events;
}

function invitationStatus(rng: Rng, past: boolean): InvitationStatus {
  return past
    ? rng.weighted([
        ['invited', 3],
        ['accepted', 2],
        ['attended', 5],
      ])
    : rng.weighted([
        ['invited', 6],
        ['accepted', 4],
      ]);
}

function draftTrait(rng: Rng): KlubTrait {
  if (!rng.chance(0.25)) return 'none';
  return rng.weighted([
    ['active', 80],
    ['ambassador', 5],
    ['suspended', 5],
    ['left', 10],
  ]);
}

/**
 * About a quarter of the customers joined, some time after opening their account; steered cases
 * get the trait they need, with a membership older than their story (and a departure too).
 */
export function generateKlub(
  rng: Rng,
  population: Population,
  steered: ReadonlyMap<number, KlubTrait>,
  now: number,
): Klub {
  const events = klubEvents(now);
  const joined = population.customers.flatMap((_, index) => {
    const trait = steered.get(index) ?? draftTrait(rng);
    if (trait === 'none') return [];
    const created = population.createdMs[index];
    const isSteered = steered.has(index);
    const joinedAt = isSteered
      ? created + 5 * DAY
      : created + Math.floor(rng.next() ** 2 * (now - created));
    const leftAt =
      trait !== 'left'
        ? null
        : isSteered
          ? joinedAt + 30 * DAY
          : joinedAt + Math.floor(rng.next() * (now - joinedAt));
    const until = leftAt ?? Infinity;
    const invitations: KlubInvitation[] = events
      .filter(
        ({ at }) => at > joinedAt && at < until && rng.chance(trait === 'ambassador' ? 0.9 : 0.4),
      )
      .map(({ event, at }) => ({
        event,
        date: iso(at).slice(0, 10),
        status: invitationStatus(rng, at < now),
      }));
    return [{ index, trait, joinedAt, leftAt, invitations }];
  });
  joined.sort((a, b) => a.joinedAt - b.joinedAt);
  const memberOf: (KlubMember | null)[] = population.customers.map(() => null);
  const members = joined.map(({ index, trait, joinedAt, leftAt, invitations }, i): KlubMember => {
    const memberNumber = reference('KLUB', i + 1);
    const member: KlubMember = {
      id: i + 1,
      reference: memberNumber,
      memberNumber,
      customerId: population.customers[index].id,
      kind: trait === 'ambassador' ? 'ambassador' : 'member',
      status: trait === 'ambassador' ? 'active' : trait,
      joinedAt: iso(joinedAt),
      leftAt: leftAt === null ? null : iso(leftAt),
      invitations,
      version: 1,
    };
    population.customers[index].klubMemberId = member.id;
    memberOf[index] = member;
    return member;
  });
  return { members, memberOf };
}

/**
 * The membership as it stood at `at`: none before joining, active before leaving. (A suspension
 * has no date: a suspended member counts as suspended throughout.)
 */
export function klubMemberAt(
  member: KlubMember | null,
  at: number,
): Pick<KlubMember, 'status'> | null {
  if (member === null || Date.parse(member.joinedAt) > at) return null;
  if (member.leftAt !== null && Date.parse(member.leftAt) > at) return { status: 'active' };
  return member;
}
