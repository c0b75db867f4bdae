import type { kpiFr } from './kpi.fr';

export const kpiEn: typeof kpiFr = {
  title: 'Management',
};
