import { ean13CheckDigit } from '../../src/domain/ean';
import { DEPARTMENT_LETTER, suggestedSku } from '../../src/domain/products';
import { PALETTE, sizesFor, WASHES } from '../../src/domain/sizes';
import type { Category, Department, Product, ProductStatus, Variant } from '../../src/domain/types';
import { CATEGORY_SPECS, CATEGORY_WEIGHTS, CUT, DEPARTMENT_WEIGHTS } from './catalogueData';
import { DAY, iso } from './clock';
import type { Pools } from './people';
import { reference } from './refs';
import type { Rng } from './rng';

/** A product as orders see it: on sale from its creation until it is archived. In creation order. */
export interface Sellable {
  product: Product;
  from: number;
  until: number;
  /** When its sale price (if any) took effect; sales periods apply it too. */
  markdownFrom: number;
}

export interface Catalogue {
  products: Product[];
  sellable: Sellable[];
}

interface Season {
  code: string;
  startsAt: number;
}

/** PE (printemps-été) starts on 1 February, AH (automne-hiver) on 1 August. */
function seasonsAround(now: number): { onSale: Season[]; next: Season } {
  const year = new Date(now).getUTCFullYear();
  const seasons: Season[] = [];
  for (let y = year - 3; y <= year + 1; y++) {
    const yy = String(y).slice(2);
    seasons.push({ code: `PE${yy}`, startsAt: Date.UTC(y, 1, 1) });
    seasons.push({ code: `AH${yy}`, startsAt: Date.UTC(y, 7, 1) });
  }
  const current = seasons.findLastIndex((season) => season.startsAt <= now);
  return { onSale: seasons.slice(current - 4, current + 1), next: seasons[current + 1] };
}

/** Prices end in ,90 (79,90 €), by steps of 5 euros. */
function snapPrice(cents: number): number {
  return Math.max(990, Math.round((cents + 10) / 500) * 500 - 10);
}

interface Draft {
  status: ProductStatus;
  department: Department;
  category: Category;
  name: string;
  colours: string[];
  sizes: readonly string[];
  description: string;
  collection: string;
  createdAt: number;
  updatedAt: number;
  priceCents: number;
  salePriceCents: number | null;
  imageCount: number;
  withVariants: boolean;
}

function shuffled<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** A run of consecutive sizes, e.g. 29 to 34. */
function sizeRun(rng: Rng, sizes: readonly string[]): readonly string[] {
  const length = Math.min(sizes.length, rng.int(3, 8));
  const start = rng.int(0, sizes.length - length);
  return sizes.slice(start, start + length);
}

function colours(rng: Rng, category: Category, baseName: string, wash: string): string[] {
  if (category === 'jeans') return [wash];
  const palette = baseName.includes('jean') ? WASHES : PALETTE;
  const count = rng.weighted([
    [1, 5],
    [2, 3],
    [3, 2],
  ]);
  return shuffled(rng, [...palette]).slice(0, count);
}

function draftProduct(
  rng: Rng,
  pools: Pools,
  status: ProductStatus,
  season: Season,
  now: number,
): Draft {
  const department = rng.weighted(DEPARTMENT_WEIGHTS);
  const cut = CUT[department];
  const category = rng.weighted(CATEGORY_WEIGHTS[cut]);
  const spec = CATEGORY_SPECS[category];
  const model = rng.pick(cut === 'masc' ? pools.firstNames.male : pools.firstNames.female).text;
  const baseName = rng.pick(spec.names[cut]);
  const wash = rng.pick(WASHES);
  const name =
    category === 'jeans'
      ? `Jean ${baseName} ${wash.toLowerCase()} ${model}`
      : `${baseName} ${model}`;
  const adult = department === 'homme' || department === 'femme';
  const [low, high] = spec.price;
  const priceCents = snapPrice((low + 500 * rng.int(0, (high - low) / 500)) * (adult ? 1 : 0.6));
  const createdAt =
    status === 'draft'
      ? now - rng.int(1, 60) * DAY - rng.int(0, DAY)
      : season.startsAt - rng.int(10, 40) * DAY - rng.int(0, DAY);
  const markdown = status !== 'draft' && rng.chance(0.3);
  const marked = snapPrice(priceCents * rng.pick([0.5, 0.6, 0.7]));
  const salePriceCents = markdown && marked < priceCents ? marked : null;
  const archivedAt = Math.min(season.startsAt + rng.int(240, 420) * DAY, now - 30 * DAY);
  // A marked-down product was last edited when its sale price was set, in the last four months.
  const lastEdit = salePriceCents === null ? createdAt : Math.max(createdAt, now - 120 * DAY);
  const updatedAt =
    status === 'archived' ? archivedAt : lastEdit + Math.floor(rng.next() * (now - lastEdit));
  return {
    status,
    department,
    category,
    name,
    colours: colours(rng, category, baseName, wash),
    sizes: sizeRun(rng, sizesFor(category, department)),
    description: `${rng.pick(spec.leads)} Composition : ${rng.pick(spec.compositions)}. ${rng.pick(spec.care)}`,
    collection: season.code,
    createdAt,
    updatedAt,
    priceCents,
    salePriceCents,
    imageCount: rng.int(1, 4),
    withVariants: true,
  };
}

/** 7 % drafts (some without image or variant, so they cannot be published), 10 % archived. */
function statuses(rng: Rng, count: number): ProductStatus[] {
  const drafts = Math.max(6, Math.round(count * 0.07));
  const archived = Math.max(4, Math.round(count * 0.1));
  return shuffled(rng, [
    ...Array<ProductStatus>(drafts).fill('draft'),
    ...Array<ProductStatus>(archived).fill('archived'),
    ...Array<ProductStatus>(count - drafts - archived).fill('published'),
  ]);
}

/** 0 to 40 items: one variant in ten sold out, some low. */
function stock(rng: Rng): number {
  const draw = rng.next();
  if (draw < 0.1) return 0;
  return draw < 0.25 ? rng.int(1, 5) : rng.int(6, 40);
}

/** EAN-13 in a French GS1 range (376...), from a running number, with its check digit. */
function ean13(number: number): string {
  const first12 = `376${String(number).padStart(9, '0')}`;
  return `${first12}${ean13CheckDigit(first12)}`;
}

/** Drafts belong to the coming season (or the current one), archives to the two oldest. */
function seasonOf(rng: Rng, status: ProductStatus, onSale: Season[], next: Season): Season {
  if (status === 'draft') return rng.chance(0.7) ? next : onSale[onSale.length - 1];
  if (status === 'archived') return rng.pick(onSale.slice(0, 2));
  return rng.weighted(onSale.map((season, i) => [season, i + 2] as const));
}

export function generateCatalogue(rng: Rng, pools: Pools, count: number, now: number): Catalogue {
  const { onSale, next } = seasonsAround(now);
  let draftsSeen = 0;
  const drafts = statuses(rng, count).map((status) => {
    const draft = draftProduct(rng, pools, status, seasonOf(rng, status, onSale, next), now);
    if (status !== 'draft') return draft;
    // The first two drafts lack an image, the next two a variant: both block publication.
    draftsSeen++;
    if (draftsSeen <= 2) return { ...draft, imageCount: 0 };
    return draftsSeen <= 4 ? { ...draft, withVariants: false } : draft;
  });
  drafts.sort((a, b) => a.createdAt - b.createdAt);
  let eanNumber = 0;
  const products = drafts.map((draft, index): Product => {
    const id = index + 1;
    const ref = reference(`KAP-${DEPARTMENT_LETTER[draft.department]}`, id, 5);
    const variants: Variant[] = draft.withVariants
      ? draft.colours.flatMap((colour) =>
          draft.sizes.map((size) => ({
            sku: suggestedSku(ref, size, colour),
            size,
            colour,
            ean13: ean13(++eanNumber),
            stock: stock(rng),
          })),
        )
      : [];
    return {
      id,
      reference: ref,
      name: draft.name,
      description: draft.description,
      department: draft.department,
      category: draft.category,
      collection: draft.collection,
      priceCents: draft.priceCents,
      salePriceCents: draft.salePriceCents,
      status: draft.status,
      images: Array.from(
        { length: draft.imageCount },
        (_, i) => `/images/products/${draft.category}.svg?view=${i + 1}`,
      ),
      variants,
      createdAt: iso(draft.createdAt),
      updatedAt: iso(draft.updatedAt),
      version: 1,
    };
  });
  const sellable = products.flatMap((product, index): Sellable[] => {
    const draft = drafts[index];
    if (draft.status === 'draft') return [];
    return [
      {
        product,
        from: draft.createdAt,
        until: draft.status === 'archived' ? draft.updatedAt : Infinity,
        markdownFrom: draft.salePriceCents === null ? Infinity : draft.updatedAt,
      },
    ];
  });
  return { products, sellable };
}
