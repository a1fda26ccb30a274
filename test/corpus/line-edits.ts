import type { Site, ValueEdit } from './templates/template';

/**
 * The template's lines, edited in place by position. Every edit checks that the template
 * still prints what the annotation says, so a changed seed fails loudly instead of silently
 * producing a document whose expected facts are wrong.
 */
export class TemplateLines {
  readonly lines: string[];
  private readonly dropped = new Set<number>();

  constructor(
    readonly seed: string,
    text: string,
  ) {
    this.lines = text.split('\n');
  }

  line(no: number): string {
    const l = this.lines[no - 1];
    if (l === undefined) throw new Error(`${this.seed}: no line ${no}`);
    return l;
  }

  /** Replaces `site.from` on its line (it must occur there exactly once) with `to`. */
  replace(site: Site, to: string) {
    const l = this.line(site.line);
    const at = l.indexOf(site.from);
    if (at < 0 || l.indexOf(site.from, at + 1) >= 0)
      throw new Error(`${this.seed}:${site.line}: expected 「${site.from}」 once, the line reads 「${l.slice(0, 80)}」`);
    this.lines[site.line - 1] = l.slice(0, at) + to + l.slice(at + site.from.length);
  }

  /** Replaces `from`, printed at `index` of the line (a line may print the same date twice). */
  replaceAt(no: number, index: number, from: string, to: string) {
    const l = this.line(no);
    if (l.slice(index, index + from.length) !== from) throw new Error(`${this.seed}:${no}: expected 「${from}」 at ${index}, the line reads 「${l.slice(0, 80)}」`);
    this.lines[no - 1] = l.slice(0, index) + to + l.slice(index + from.length);
  }

  /** Empties a value printed beside its label, or gives an empty label its value. */
  setValue(edit: ValueEdit) {
    const l = this.line(edit.line);
    const ok = edit.value === undefined ? l.startsWith(edit.label) && l.length > edit.label.length : l === edit.label;
    if (!ok) throw new Error(`${this.seed}:${edit.line}: expected 「${edit.label}」 ${edit.value === undefined ? 'with a value' : 'alone'}, the line reads 「${l.slice(0, 80)}」`);
    this.lines[edit.line - 1] = edit.label + (edit.value ?? '');
  }

  /** Leaves the line out of the text; the other lines keep their numbers until then. */
  drop(no: number) {
    if (!this.line(no).trim()) throw new Error(`${this.seed}:${no}: a blank line is no text to leave out`);
    this.dropped.add(no - 1);
  }

  text(): string {
    return this.lines.filter((_, i) => !this.dropped.has(i)).join('\n');
  }
}
