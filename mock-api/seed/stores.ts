import type { Store } from '../../src/domain/types';
import { reference, slug } from './refs';
import type { Rng } from './rng';

const WEEK = 'Du lundi au samedi, de 10 h à 19 h.';
const LATE = 'Du lundi au samedi, de 10 h à 19 h 30.';
const SUNDAY = 'Du lundi au samedi, de 10 h à 19 h 30 ; le dimanche, de 11 h à 18 h.';
const MALL = 'Du lundi au samedi, de 10 h à 20 h.';
const MONDAY_NOON = 'Le lundi, de 14 h à 19 h ; du mardi au samedi, de 10 h à 19 h.';

/** The boutiques: Marseille, where the brand was born, comes first. Area code for the phone. */
const BOUTIQUES: readonly (readonly [string, string, string, string, string])[] = [
  ['Marseille', '13001', '45 rue Saint-Ferréol', '04', SUNDAY],
  ['Paris', '75001', '112 rue de Rivoli', '01', SUNDAY],
  ['Lyon', '69002', '73 rue de la République', '04', LATE],
  ['Lille', '59800', '28 rue Neuve', '03', WEEK],
  ['Bordeaux', '33000', '95 rue Sainte-Catherine', '05', LATE],
  ['Toulouse', '31000', "41 rue d'Alsace-Lorraine", '05', LATE],
  ['Nice', '06000', '30 avenue Jean-Médecin', '04', SUNDAY],
  ['Nantes', '44000', '12 rue Crébillon', '02', WEEK],
  ['Strasbourg', '67000', '18 rue des Grandes-Arcades', '03', WEEK],
  ['Montpellier', '34000', 'Centre commercial Polygone, 1 rue des Pertuisanes', '04', MALL],
  ['Rennes', '35000', '9 rue Le Bastard', '02', MONDAY_NOON],
  ['Grenoble', '38000', '22 rue Félix-Poulat', '04', WEEK],
  ['Aix-en-Provence', '13100', '15 rue Espariat', '04', LATE],
  ['Toulon', '83000', "27 rue d'Alger", '04', WEEK],
  ['Dijon', '21000', '54 rue de la Liberté', '03', MONDAY_NOON],
  ['Angers', '49100', '31 rue Lenepveu', '02', MONDAY_NOON],
  ['Reims', '51100', "60 place Drouet-d'Erlon", '03', WEEK],
  ['Le Havre', '76600', '90 rue de Paris', '02', WEEK],
  ['Clermont-Ferrand', '63000', 'Centre Jaude, 8 rue Giscard-de-la-Tour-Fondue', '04', MALL],
  ['Metz', '57000', '21 rue Serpenoise', '03', WEEK],
];

export function generateStores(rng: Rng): Store[] {
  return BOUTIQUES.map(([city, postcode, address, area, openingHours], index) => ({
    id: index + 1,
    reference: reference('BTQ', index + 1, 3),
    name: `Kaporal ${city}`,
    city,
    postcode,
    address,
    phone: `${area} ${rng.int(10, 99)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    email: `boutique.${slug(city)}@kaporal.test`,
    openingHours,
    version: 1,
  }));
}
