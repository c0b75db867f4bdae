import type { Id } from '../../src/domain/types';

/** Beyond this many records written since it was built, a column is rebuilt rather than patched. */
const MAX_CHANGED = 1000;

/**
 * The search texts of a resource's records end to end in one string, a line each: a word is
 * looked for in all of them by one string search instead of one search per record. Words hold no
 * white space, so none is found across two lines. The records written since are searched one by
 * one.
 */
export class SearchColumn {
  private readonly text: string;
  /** Where each record's line starts, and where the next one would. */
  private readonly starts: number[] = [];
  private readonly ids: Id[] = [];
  private readonly changed = new Set<Id>();

  constructor(lines: Iterable<readonly [Id, string]>) {
    const texts: string[] = [];
    let at = 0;
    for (const [id, text] of lines) {
      this.ids.push(id);
      this.starts.push(at);
      texts.push(text);
      at += text.length + 1;
    }
    this.starts.push(at);
    this.text = texts.join('\n');
  }

  /** Notes a record written since the build; false when the column is better rebuilt. */
  markChanged(id: Id): boolean {
    this.changed.add(id);
    return this.changed.size <= MAX_CHANGED;
  }

  /**
   * The ids whose text holds every word (at least one word); `textOf` gives the current text of
   * a record written since the build, undefined once deleted.
   */
  matching(words: readonly string[], textOf: (id: Id) => string | undefined): Id[] {
    const holdsAll = (text: string) => words.every((word) => text.includes(word));
    const [first, ...others] = [...words].sort((a, b) => b.length - a.length);
    const found = this.linesWith(first)
      .filter((line) => others.every((word) => this.lineText(line).includes(word)))
      .map((line) => this.ids[line])
      .filter((id) => !this.changed.has(id));
    for (const id of this.changed) {
      const text = textOf(id);
      if (text !== undefined && holdsAll(text)) found.push(id);
    }
    return found;
  }

  private lineText(line: number): string {
    return this.text.slice(this.starts[line], this.starts[line + 1] - 1);
  }

  private linesWith(word: string): number[] {
    const lines: number[] = [];
    let line = 0;
    for (let at = this.text.indexOf(word); at !== -1;) {
      while (this.starts[line + 1] <= at) line += 1;
      lines.push(line);
      at = this.text.indexOf(word, this.starts[line + 1]);
    }
    return lines;
  }
}
