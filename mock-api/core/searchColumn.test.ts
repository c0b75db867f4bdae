import { describe, expect, it } from 'vitest';
import { SearchColumn } from './searchColumn';

const texts = new Map([
  [1, 'cli-0001 martin dubois'],
  [2, 'cli-0002 lea marchal'],
  [3, 'cli-0003 jean martin'],
]);
const column = () => new SearchColumn(texts);
const none = () => undefined;

describe('SearchColumn', () => {
  it('finds the records whose text holds every word, never across two records', () => {
    expect(column().matching(['mar'], none)).toEqual([1, 2, 3]);
    expect(column().matching(['martin', 'jean'], none)).toEqual([3]);
    expect(column().matching(['dubois cli'], none)).toEqual([]);
    expect(column().matching(['duboiscli'], none)).toEqual([]);
  });

  it('searches the records written since its build as they are now', () => {
    const searched = column();
    const now = new Map([[2, 'cli-0002 lea durand']]);
    expect(searched.markChanged(2)).toBe(true);
    expect(searched.markChanged(4)).toBe(true);
    now.set(4, 'cli-0004 marc marchal');
    expect(searched.matching(['marchal'], (id) => now.get(id))).toEqual([4]);
    expect(searched.matching(['dur'], (id) => now.get(id))).toEqual([2]);
  });

  it('asks to be rebuilt once many records were written', () => {
    const searched = column();
    const answers = Array.from({ length: 1001 }, (_, i) => searched.markChanged(i + 10));
    expect(answers.at(-2)).toBe(true);
    expect(answers.at(-1)).toBe(false);
  });
});
