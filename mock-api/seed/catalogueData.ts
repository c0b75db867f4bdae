import type { Category, Department } from '../../src/domain/types';

export const DEPARTMENT_WEIGHTS: readonly (readonly [Department, number])[] = [
  ['homme', 40],
  ['femme', 36],
  ['garcon', 12],
  ['fille', 12],
];

export type Cut = 'masc' | 'fem';
export const CUT: Record<Department, Cut> = {
  homme: 'masc',
  garcon: 'masc',
  femme: 'fem',
  fille: 'fem',
};

const JEAN_FITS: Record<Cut, readonly string[]> = {
  masc: ['slim', 'droit', 'skinny', 'regular', 'fuselé', 'loose', 'bootcut', 'tapered'],
  fem: ['skinny', 'slim', 'mom', 'flare', 'droit', 'boyfriend', 'large', 'taille haute'],
};

export interface CategorySpec {
  /** Product names before the model's first name; jeans get a fit and a wash instead. */
  names: Record<Cut, readonly string[]>;
  /** Adult price range in cents, by steps of 5 euros; children pay about 60 %. */
  price: readonly [number, number];
  leads: readonly string[];
  compositions: readonly string[];
  care: readonly string[];
}

const MACHINE_WASH = [
  "Lavage en machine à 30 °C, sur l'envers.",
  'Lavage en machine à 30 °C, pas de sèche-linge.',
  'Lavage en machine à 40 °C, repassage doux.',
];
const DENIM = [
  '98 % coton, 2 % élasthanne',
  '100 % coton',
  '92 % coton, 6 % polyester, 2 % élasthanne',
];
const JERSEY = ['100 % coton', '100 % coton biologique', '60 % coton, 40 % polyester'];

export const CATEGORY_SPECS: Record<Category, CategorySpec> = {
  jeans: {
    names: JEAN_FITS,
    price: [7990, 12990],
    leads: [
      'Un jean cinq poches au denim robuste, pensé pour durer.',
      'Denim légèrement stretch pour un confort du matin au soir.',
      'Le denim signature de la marque, avec surpiqûres ton sur ton et rivets gravés.',
    ],
    compositions: DENIM,
    care: MACHINE_WASH,
  },
  't-shirts': {
    names: {
      masc: [
        'T-shirt col rond logo',
        'T-shirt col V',
        'T-shirt oversize',
        'T-shirt imprimé',
        'T-shirt brodé',
        'Polo piqué',
        'T-shirt manches longues',
      ],
      fem: [
        'T-shirt col rond',
        'T-shirt court',
        'T-shirt imprimé',
        'Top à bretelles',
        'T-shirt brodé',
        'Débardeur côtelé',
      ],
    },
    price: [2990, 5990],
    leads: [
      'Un basique en jersey doux, à porter seul ou sous une veste.',
      'Coupe droite et logo brodé poitrine.',
      'Jersey épais qui garde sa tenue lavage après lavage.',
    ],
    compositions: JERSEY,
    care: MACHINE_WASH,
  },
  sweats: {
    names: {
      masc: ['Sweat à capuche', 'Sweat col rond', 'Sweat zippé', 'Hoodie oversize', 'Sweat brodé'],
      fem: ['Sweat à capuche', 'Sweat court', 'Sweat col rond', 'Hoodie oversize'],
    },
    price: [5990, 9990],
    leads: [
      "Molleton gratté à l'intérieur, bords-côtes aux poignets et à la taille.",
      'Un sweat confortable au logo floqué.',
      'Coupe ample et capuche doublée.',
    ],
    compositions: ['80 % coton, 20 % polyester', '100 % coton', '50 % coton, 50 % polyester'],
    care: MACHINE_WASH,
  },
  chemises: {
    names: {
      masc: [
        'Chemise en jean',
        'Chemise à carreaux',
        'Chemise oxford',
        'Chemise en lin',
        'Surchemise',
      ],
      fem: [
        'Chemise en jean',
        'Blouse fluide',
        'Chemise oversize',
        'Chemise en lin',
        'Blouse à volants',
      ],
    },
    price: [4990, 8990],
    leads: [
      'Col classique, boutons nacrés et poche poitrine.',
      'Une chemise légère qui se porte ouverte ou rentrée.',
      'Coupe ajustée, pans arrondis.',
    ],
    compositions: ['100 % coton', '100 % lin', '55 % lin, 45 % coton', '100 % viscose'],
    care: MACHINE_WASH,
  },
  pulls: {
    names: {
      masc: ['Pull col rond', 'Pull col roulé', 'Pull torsadé', 'Cardigan', 'Pull col camionneur'],
      fem: ['Pull col rond', 'Pull col roulé', 'Pull court', 'Cardigan', 'Pull torsadé'],
    },
    price: [5990, 9990],
    leads: [
      'Maille douce et chaude pour les jours froids.',
      'Un pull épais à la maille travaillée.',
      'Maille fine, facile à superposer.',
    ],
    compositions: ['50 % laine, 50 % acrylique', '100 % coton', '70 % coton, 30 % laine'],
    care: ['Lavage à la main recommandé.', 'Lavage en machine à 30 °C, programme laine.'],
  },
  vestes: {
    names: {
      masc: [
        'Veste en jean',
        'Blouson aviateur',
        'Doudoune sans manches',
        'Parka à capuche',
        'Veste teddy',
        'Blouson en simili cuir',
      ],
      fem: [
        'Veste en jean',
        'Perfecto en simili cuir',
        'Doudoune courte',
        'Trench',
        'Veste teddy',
        'Manteau long',
      ],
    },
    price: [9990, 19990],
    leads: [
      'Une pièce forte de la saison, poches plaquées et finitions soignées.',
      'Doublure chaude et col montant.',
      'Coupe ajustée, fermeture zippée.',
    ],
    compositions: [
      '100 % coton',
      '100 % polyester, doublure 100 % polyester',
      'Extérieur 100 % polyuréthane, doublure 100 % polyester',
    ],
    care: ['Nettoyage à sec recommandé.', 'Lavage en machine à 30 °C, fermetures fermées.'],
  },
  robes: {
    names: {
      masc: [],
      fem: [
        'Robe chemise en jean',
        'Robe fluide imprimée',
        'Robe pull',
        'Robe salopette en jean',
        'Robe longue',
        'Robe patineuse',
      ],
    },
    price: [4990, 9990],
    leads: [
      'Une robe facile à porter, de la ville à la plage.',
      'Taille marquée et jupe évasée.',
      'Coupe droite, longueur genou.',
    ],
    compositions: ['100 % viscose', '100 % coton', '98 % coton, 2 % élasthanne'],
    care: MACHINE_WASH,
  },
  jupes: {
    names: {
      masc: [],
      fem: ['Jupe en jean', 'Jupe plissée', 'Jupe portefeuille', 'Minijupe en jean', 'Jupe longue'],
    },
    price: [3990, 6990],
    leads: ['Taille haute et coupe trapèze.', 'Une jupe qui accompagne toute la saison.'],
    compositions: ['100 % viscose', '100 % coton', '98 % coton, 2 % élasthanne'],
    care: MACHINE_WASH,
  },
  shorts: {
    names: {
      masc: ['Short en jean', 'Bermuda chino', 'Short de bain', 'Bermuda en jean'],
      fem: ['Short en jean', 'Short taille haute', 'Short fluide', 'Bermuda en jean'],
    },
    price: [3990, 6990],
    leads: ['Bas francs ou revers, pour les beaux jours.', 'Un short léger aux poches profondes.'],
    compositions: DENIM,
    care: MACHINE_WASH,
  },
  accessoires: {
    names: {
      masc: [
        'Casquette brodée',
        'Ceinture en cuir',
        'Bonnet côtelé',
        'Sac banane',
        'Écharpe',
        'Portefeuille en cuir',
      ],
      fem: [
        'Sac bandoulière',
        'Ceinture en cuir',
        'Bonnet côtelé',
        'Tote bag',
        'Foulard imprimé',
        'Casquette brodée',
      ],
    },
    price: [1490, 3990],
    leads: ["L'accessoire qui complète la tenue.", 'Logo discret et finitions soignées.'],
    compositions: ['100 % cuir de vachette', '100 % coton', '100 % acrylique'],
    care: ['Nettoyer avec un chiffon humide.', 'Lavage à la main recommandé.'],
  },
  chaussures: {
    names: {
      masc: [
        'Baskets basses',
        'Baskets montantes',
        'Bottines en cuir',
        'Sneakers en toile',
        'Claquettes',
      ],
      fem: ['Baskets basses', 'Baskets à plateforme', 'Bottines', 'Sneakers en toile', 'Sandales'],
    },
    price: [6990, 12990],
    leads: ['Semelle confortable et amorti léger.', 'Un modèle intemporel, facile à assortir.'],
    compositions: [
      'Tige en cuir, semelle en caoutchouc',
      'Tige en toile de coton, semelle en caoutchouc',
    ],
    care: ['Nettoyer avec un chiffon humide.', 'Ne pas passer en machine.'],
  },
};

/** How often each category appears in a department (robes and jupes are for girls and women). */
export const CATEGORY_WEIGHTS: Record<Cut, readonly (readonly [Category, number])[]> = {
  masc: [
    ['jeans', 26],
    ['t-shirts', 18],
    ['sweats', 12],
    ['chemises', 9],
    ['pulls', 8],
    ['vestes', 10],
    ['shorts', 6],
    ['accessoires', 6],
    ['chaussures', 5],
  ],
  fem: [
    ['jeans', 22],
    ['t-shirts', 14],
    ['sweats', 8],
    ['chemises', 8],
    ['pulls', 8],
    ['vestes', 8],
    ['robes', 12],
    ['jupes', 8],
    ['shorts', 5],
    ['accessoires', 4],
    ['chaussures', 3],
  ],
};
