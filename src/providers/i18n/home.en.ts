import type { homeFr } from './home.fr';

export const homeEn: typeof homeFr = {
  title: 'Home',
};
