import { addBusinessMinutes, businessMinutesBetween } from '../../src/domain/dates';
import { DAY, MINUTE, iso } from './clock';

/**
 * The first opening at or after each instant asked, as the domain's rule gives it: kept for the
 * process, as the datasets made for several clocks share most of their windows.
 */
const openings = new Map<number, number>();

function openingFrom(ms: number): number {
  let opens = openings.get(ms);
  if (opens === undefined) {
    opens = Date.parse(addBusinessMinutes(iso(ms), 0));
    openings.set(ms, opens);
  }
  return opens;
}

/**
 * Customer service's opening hours over the seeded period, as a table of its opening windows, to
 * place the staff's actions in their working time. Each window is read once from the domain's
 * rule: the rule reads the Paris clock through Intl (about 0.1 ms a call), too slow to be asked
 * for each of thousands of replies.
 */
export class OpeningHours {
  private readonly opens: number[] = [];
  private readonly closes: number[] = [];

  /** The windows from the day of `from` to the first one opening after `until`. */
  constructor(from: number, until: number) {
    // Midnight UTC is night in Paris: the first opening after it is the opening of a window.
    let opens = openingFrom(Math.floor(from / DAY) * DAY);
    // Clocks change on Sunday nights: every window lasts as long as the first one.
    const length = businessMinutesBetween(iso(opens), iso(opens + DAY)) * MINUTE;
    for (;;) {
      this.opens.push(opens);
      this.closes.push(opens + length);
      if (opens > until) break;
      opens = openingFrom(opens + length);
    }
  }

  /**
   * The instant `duration` (ms) of opening time after `ms` (a closed time waits for the opening),
   * as `addBusinessMinutes` counts; Infinity past the table.
   */
  add(ms: number, duration: number): number {
    let left = duration;
    for (let i = this.windowClosingAfter(ms); i < this.opens.length; i++) {
      const start = Math.max(this.opens[i], ms);
      if (start + left <= this.closes[i]) return start + left;
      left -= this.closes[i] - start;
    }
    return Infinity;
  }

  /** `ms` if customer service is open then; otherwise a moment (at `fraction`) of its last window. */
  openAtOrBefore(ms: number, fraction: number): number {
    const i = this.windowClosingAfter(ms);
    if (i < this.opens.length && this.opens[i] <= ms) return ms;
    const last = Math.max(0, i - 1);
    return this.opens[last] + Math.floor(fraction * (this.closes[last] - this.opens[last]));
  }

  /**
   * The `count`-th closing before `ms` (1 the last one); with `weekend`, of the last window before
   * a day or more of closure (a Friday's).
   */
  closingBefore(ms: number, count: number, weekend = false): number {
    let found = 0;
    for (let i = this.windowClosingAfter(ms) - 1; i >= 0; i--) {
      const next = this.opens[i + 1] ?? Infinity;
      if (weekend && next - this.closes[i] < DAY) continue;
      if (++found === count) return this.closes[i];
    }
    throw new RangeError(`No closing ${count} before ${iso(ms)}`);
  }

  /** The first window that closes after `ms`: the one it falls in, or the next one. */
  private windowClosingAfter(ms: number): number {
    let low = 0;
    let high = this.closes.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.closes[mid] > ms) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
