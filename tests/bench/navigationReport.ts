import { MOVES, type Figures, type LegFigures, type NavigationFigures } from './navigation';

/** The goals of moving between pages, in ms by CPU rate, and in scripts. */
export const NAVIGATION_BUDGETS = {
  moveMs: { 1: 600, 4: 1500 } as Record<number, number>,
  coldListMs: { 1: 1500, 4: 3500 } as Record<number, number>,
  dashboardMs: { 1: 1300, 4: 3000 } as Record<number, number>,
  /** Scripts requested before the first page of a role, or a list opened cold, is ready. */
  scripts: 12,
  /** Long tasks (sum of the parts over 50 ms) from opening a list to it settled, at CPU 4x. */
  listLongTaskMs: 1000,
};

const verdict = (ok: boolean) => (ok ? 'within' : 'OVER');
const ms = (f: Figures) => `${f.median.toFixed(0)} ms (${f.min.toFixed(0)}-${f.max.toFixed(0)})`;

function line(label: string, f: LegFigures, budget: number | undefined, extra = ''): string {
  const within = budget === undefined ? '' : ` ${verdict(f.ms.median <= budget)} ${budget} ms;`;
  return `      ${label}: ${ms(f.ms)};${within} settled ${f.settledMs.median.toFixed(0)} ms${extra}`;
}

const tasks = (f: LegFigures, budget?: number) =>
  `, long tasks ${f.longTaskMs.median.toFixed(0)} ms` +
  (budget === undefined ? '' : ` (${verdict(f.longTaskMs.median <= budget)} ${budget} ms)`);

/** Prints the figures of one build (or server), `label` naming it. */
export function reportNavigation(label: string, figures: NavigationFigures): void {
  const b = NAVIGATION_BUDGETS;
  console.log(
    `  moving between pages, ${label} (medians of ${figures.runs} runs, fastest-slowest in brackets):`,
  );
  for (const { cpuRate, coldLists, dashboard, moves } of figures.byCpu) {
    console.log(`    CPU ${cpuRate}x`);
    if (dashboard.runs > 0) {
      console.log(
        line('dashboard cards, from submitting the sign-in', dashboard, b.dashboardMs[cpuRate]),
      );
    }
    for (const [i, move] of moves.entries()) {
      if (move.runs === 0) continue;
      const delay = `, click waited ${move.inputDelayMs.median.toFixed(0)} ms (max ${move.inputDelayMs.max.toFixed(0)})`;
      console.log(
        line(
          MOVES[i],
          move,
          b.moveMs[cpuRate],
          `${delay}${tasks(move)}, ${move.scripts} script(s) fetched`,
        ),
      );
    }
    for (const [name, list] of Object.entries(coldLists)) {
      if (list.runs === 0) continue;
      const longTasks = cpuRate === 4 ? b.listLongTaskMs : undefined;
      console.log(
        line(
          `${name} list opened cold by its URL`,
          list,
          b.coldListMs[cpuRate],
          `${tasks(list, longTasks)}, ${list.scripts} scripts (${verdict(list.scripts <= b.scripts)} ${b.scripts})`,
        ),
      );
    }
  }
  console.log(
    '    first page of each role, CPU 1x, from submitting the sign-in (scripts from the sign-in page):',
  );
  for (const [role, f] of Object.entries(figures.firstPages)) {
    if (f.runs === 0) continue;
    console.log(
      `      ${role}: ${ms(f.ms)}, ${f.scripts} scripts (${verdict(f.scripts <= b.scripts)} ${b.scripts})`,
    );
  }
}
