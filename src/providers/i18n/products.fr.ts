/** Messages of the products pages, in French: merged into `app.products`. */
export const productsFr = {
  list: {
    thumbnail: 'Photo',
    total_stock: 'Stock total',
  },
  filters: {
    q_placeholder: 'Nom, référence, SKU ou EAN',
    collection_help: 'Par exemple AH26',
    price_from: 'Prix à partir de (€)',
    price_until: 'Prix jusqu’à (€)',
    stock_state: 'Stock',
  },
  price: {
    was: 'au lieu de %{price}',
  },
  no_image: 'Pas encore d’image',
  tabs: {
    general: 'Général',
    variants: 'Déclinaisons',
    images: 'Images',
    history: 'Historique',
  },
  form: {
    collection_help: 'Saison : AH pour automne-hiver, PE pour printemps-été, et l’année (AH26).',
    sale_help: 'Laissez vide hors soldes ; sinon inférieur au prix.',
    images_help: 'L’adresse de chaque image, la première est la photo principale.',
    image_url: 'Adresse de l’image',
    add_image: 'Ajouter une image',
    add_variant: 'Ajouter une déclinaison',
    image_alt: 'Image %{position}',
  },
  generator: {
    title: 'Générer les déclinaisons',
    sizes: 'Tailles',
    colours: 'Couleurs',
    generate: 'Générer %{smart_count} ligne |||| Générer %{smart_count} lignes',
    help: 'Les lignes existantes gardent leur stock et leur EAN ; les autres reçoivent un SKU suggéré, qu’aucun autre produit n’a.',
  },
  validation: {
    ean_digits: 'Un EAN-13 ne contient que des chiffres.',
    ean_length: 'Un EAN-13 compte 13 chiffres (%{count} saisis).',
    ean_checksum:
      'Clé de contrôle fausse : le dernier chiffre devrait être %{expected}, pas %{digit}. Vérifiez le code.',
    price_positive: 'Le prix doit être supérieur à 0 €.',
    sale_positive: 'Le prix soldé doit être supérieur à 0 €.',
    sale_below_price: 'Le prix soldé doit être inférieur au prix.',
    stock_not_negative: 'Le stock ne peut pas être négatif.',
  },
  publish: {
    button: 'Publier',
    blocked: 'Publication impossible : il manque %{missing}.',
    no_image: 'une image',
    no_variant: 'une déclinaison',
  },
  archive: 'Archiver',
  delete: {
    title: 'Supprimer %{product} ?',
    confirm: 'La suppression est définitive. Un produit déjà commandé ne peut qu’être archivé.',
    refused:
      '%{reason} Archivé, il n’est plus ni commandable ni réservable, et reste dans l’historique.',
    archive_instead: 'Archiver plutôt',
    done: 'Produit %{product} supprimé.',
    archived: 'Produit %{product} archivé.',
  },
  bulk: {
    published: 'Publier',
    archived: 'Archiver',
    already: {
      published: 'Déjà publié.',
      archived: 'Déjà archivé.',
    },
    price: {
      button: 'Changer le prix',
      title:
        'Changer le prix de %{smart_count} produit |||| Changer le prix de %{smart_count} produits',
      percent: 'Variation en %',
      percent_help: 'Par exemple -10 pour baisser de 10 %, entre %{min} et %{max}.',
      preview: 'Prix avant et après',
      old_price: 'Prix actuel',
      new_price: 'Nouveau prix',
      old_sale: 'Soldé actuel',
      new_sale: 'Nouveau soldé',
      apply: 'Appliquer à %{smart_count} produit |||| Appliquer aux %{smart_count} produits',
    },
    outcome: {
      title: 'Résultat',
      summary: '%{changed} modifié(s), %{unchanged} déjà à jour, %{refused} refusé(s).',
      unchanged: '%{product} : inchangé',
      refused: '%{product} : refusé',
    },
  },
};
