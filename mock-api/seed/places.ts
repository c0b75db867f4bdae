/** Real French towns, weighted by how many customers the brand has there (Marseille is home). */
export interface Town {
  city: string;
  postcodes: readonly string[];
  weight: number;
}

export const TOWNS: readonly Town[] = [
  { city: 'Marseille', postcodes: ['13001', '13006', '13008', '13005', '13013'], weight: 14 },
  { city: 'Paris', postcodes: ['75011', '75018', '75015', '75020', '75003', '75010'], weight: 16 },
  { city: 'Lyon', postcodes: ['69001', '69003', '69007', '69006'], weight: 7 },
  { city: 'Lille', postcodes: ['59000', '59800'], weight: 4 },
  { city: 'Bordeaux', postcodes: ['33000', '33800'], weight: 4 },
  { city: 'Toulouse', postcodes: ['31000', '31400', '31500'], weight: 5 },
  { city: 'Nice', postcodes: ['06000', '06100', '06300'], weight: 4 },
  { city: 'Nantes', postcodes: ['44000', '44100'], weight: 3 },
  { city: 'Strasbourg', postcodes: ['67000', '67100'], weight: 3 },
  { city: 'Montpellier', postcodes: ['34000', '34070'], weight: 4 },
  { city: 'Rennes', postcodes: ['35000', '35200'], weight: 2 },
  { city: 'Grenoble', postcodes: ['38000', '38100'], weight: 2 },
  { city: 'Aix-en-Provence', postcodes: ['13090', '13100'], weight: 4 },
  { city: 'Toulon', postcodes: ['83000', '83100', '83200'], weight: 3 },
  { city: 'Dijon', postcodes: ['21000'], weight: 1 },
  { city: 'Angers', postcodes: ['49000', '49100'], weight: 1 },
  { city: 'Reims', postcodes: ['51100'], weight: 1 },
  { city: 'Le Havre', postcodes: ['76600', '76620'], weight: 1 },
  { city: 'Clermont-Ferrand', postcodes: ['63000', '63100'], weight: 1 },
  { city: 'Metz', postcodes: ['57000', '57050'], weight: 1 },
  { city: 'Aubagne', postcodes: ['13400'], weight: 2 },
  { city: 'La Ciotat', postcodes: ['13600'], weight: 1 },
  { city: 'Martigues', postcodes: ['13500'], weight: 1 },
  { city: 'Avignon', postcodes: ['84000'], weight: 2 },
  { city: 'Nîmes', postcodes: ['30000', '30900'], weight: 2 },
  { city: 'Perpignan', postcodes: ['66000', '66100'], weight: 1 },
  { city: 'Cannes', postcodes: ['06400'], weight: 1 },
  { city: 'Antibes', postcodes: ['06600'], weight: 1 },
  { city: 'Ajaccio', postcodes: ['20000', '20090'], weight: 1 },
  { city: 'Bastia', postcodes: ['20200'], weight: 1 },
  { city: 'Saint-Étienne', postcodes: ['42000', '42100'], weight: 1 },
  { city: 'Annecy', postcodes: ['74000'], weight: 1 },
  { city: 'Tours', postcodes: ['37000'], weight: 1 },
  { city: 'Rouen', postcodes: ['76000'], weight: 1 },
  { city: 'Caen', postcodes: ['14000'], weight: 1 },
  { city: 'Brest', postcodes: ['29200'], weight: 1 },
  { city: 'Limoges', postcodes: ['87000'], weight: 1 },
  { city: 'Pau', postcodes: ['64000'], weight: 1 },
  { city: 'Bayonne', postcodes: ['64100'], weight: 1 },
  { city: 'Nancy', postcodes: ['54000'], weight: 1 },
  { city: 'Montreuil', postcodes: ['93100'], weight: 2 },
  { city: 'Boulogne-Billancourt', postcodes: ['92100'], weight: 2 },
  { city: 'Versailles', postcodes: ['78000'], weight: 1 },
];

/** Shops that act as relay points, completed with a local name. */
export const RELAY_SHOPS = [
  'Tabac Presse',
  'Bar Tabac',
  'Pressing',
  'Carrefour City',
  'Fleuriste',
  'Librairie',
  'Boulangerie',
  'Cordonnerie',
  'Épicerie',
  'Point Presse',
  'Franprix',
  'Spar',
] as const;
