/** Messages of the home pages, in French: merged into `app.home`. */
export const homeFr = {
  title: 'Accueil',
};
