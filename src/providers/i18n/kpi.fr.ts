/** Messages of the kpi pages, in French: merged into `app.kpi`. */
export const kpiFr = {
  title: 'Pilotage',
};
