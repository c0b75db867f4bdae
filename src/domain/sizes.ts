import type { Category, Department } from './types';

export type SizeChart = 'waist' | 'tops' | 'dress' | 'shoes' | 'one';

const KIDS_AGES = ['4A', '6A', '8A', '10A', '12A', '14A', '16A'];
const TOPS = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

/** The sizes the brand makes, by chart and department, smallest first. */
export const SIZE_CHARTS: Record<SizeChart, Record<Department, readonly string[]>> = {
  waist: {
    homme: ['28', '29', '30', '31', '32', '33', '34', '36', '38'],
    femme: ['24', '25', '26', '27', '28', '29', '30', '31'],
    garcon: KIDS_AGES,
    fille: KIDS_AGES,
  },
  tops: { homme: TOPS, femme: TOPS, garcon: KIDS_AGES, fille: KIDS_AGES },
  dress: { homme: [], femme: ['34', '36', '38', '40', '42', '44'], garcon: [], fille: KIDS_AGES },
  shoes: {
    homme: ['40', '41', '42', '43', '44', '45', '46'],
    femme: ['36', '37', '38', '39', '40', '41'],
    garcon: ['30', '31', '32', '33', '34', '35', '36', '37', '38'],
    fille: ['30', '31', '32', '33', '34', '35', '36', '37', '38'],
  },
  one: { homme: ['TU'], femme: ['TU'], garcon: ['TU'], fille: ['TU'] },
};

export const CATEGORY_SIZE_CHART: Record<Category, SizeChart> = {
  jeans: 'waist',
  't-shirts': 'tops',
  sweats: 'tops',
  chemises: 'tops',
  pulls: 'tops',
  vestes: 'tops',
  robes: 'dress',
  jupes: 'dress',
  shorts: 'waist',
  accessoires: 'one',
  chaussures: 'shoes',
};

/** The sizes offered for a new product of this category and department. */
export function sizesFor(category: Category, department: Department): readonly string[] {
  return SIZE_CHARTS[CATEGORY_SIZE_CHART[category]][department];
}

/** Denim washes: a jean carries its wash in its name and has that colour only. */
export const WASHES = ['Brut', 'Stone', 'Délavé', 'Bleu clair', 'Noir', 'Gris', 'Blanc'];

export const PALETTE = [
  'Blanc',
  'Noir',
  'Gris chiné',
  'Bleu marine',
  'Kaki',
  'Bordeaux',
  'Écru',
  'Camel',
  'Rose poudré',
  'Moutarde',
  'Vert sapin',
  'Rouille',
  'Bleu ciel',
  'Anthracite',
];

/** The colours offered for a new product of this category. */
export function coloursFor(category: Category): readonly string[] {
  return category === 'jeans' ? WASHES : PALETTE;
}
