import { describe, expect, it } from 'vitest';
import { generateDatabase, type SeedProgress } from './index';

const NOW = '2026-11-25T09:00:00.000Z';

describe('the progress of the generation', () => {
  it('goes through each stage from 0 to its total, which is what the dataset holds', async () => {
    const heard: SeedProgress[] = [];
    const db = await generateDatabase({
      seed: 42,
      scale: 'demo',
      now: NOW,
      onProgress: (progress) => heard.push(progress),
    });

    const stages = [...new Set(heard.map(({ stage }) => stage))];
    expect(stages).toEqual(['users', 'products', 'customers', 'orders', 'reservations']);
    for (const stage of stages) {
      const ofStage = heard.filter((progress) => progress.stage === stage);
      const total = db[stage].length;
      expect(ofStage.every((progress) => progress.total === total)).toBe(true);
      const done = ofStage.map((progress) => progress.done);
      expect(done[0]).toBe(0);
      expect(done.at(-1)).toBe(total);
      expect(done.every((value, i) => i === 0 || value > done[i - 1])).toBe(true);
    }
    // Each stage is over before the next starts.
    expect(heard.findLastIndex((p) => p.stage === 'customers')).toBeLessThan(
      heard.findIndex((p) => p.stage === 'orders'),
    );
    // The long one says how far it is: a step every 1,000 orders.
    expect(heard.filter((p) => p.stage === 'orders')).toHaveLength(db.orders.length / 1000 + 1);
  });
});
