import { hash } from 'node:crypto';
import { detached } from './normalize/detached';
import { RecurringTexts } from './normalize/recurring';
import { hasGlyphs } from './normalize/glyphs';
import type { SourceText } from './source-text';

/** A passage of a document for full-text search, with the digest that makes equal texts one. */
export interface SearchEntry {
  body: string;
  digest: string;
  kind: string;
  refId: number | null;
  srcFrom: number;
  srcTo: number;
}

/**
 * A passage of brackets alone: the edge of a checkbox or a parenthesis that the PDF's text
 * extraction cut from its words onto a line of its own (`[`, `]`, `[ ]`, `)`).
 */
const BRACKETS_ONLY = /^[\p{Ps}\p{Pe} ]*$/u;

/** An HTML tag of the table export, dropped from a passage's text. */
const TAG = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/gi;

/**
 * The passages of a document for full-text search: each paragraph (lines between blank
 * lines, or one table row) with its offsets, so a hit leads back to its place in the text.
 */
export function searchEntriesFor(source: SourceText): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const { lines, text } = source;
  let start = -1;
  let at = 0;
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const blank = !hasGlyphs(l);
    const tabbed = !blank && l.includes('\t');
    // a blank line or a table row ends the paragraph before it; a row is a passage of its own
    if ((blank || tabbed) && start >= 0) {
      push(entries, text, from, at - 1);
      start = -1;
    }
    if (!blank && start < 0) {
      start = i;
      from = at;
    }
    if (tabbed) {
      push(entries, text, from, at + l.length);
      start = -1;
    }
    at += l.length + 1;
  }
  if (start >= 0) push(entries, text, from, text.length);
  return entries;
}

/**
 * The passage text[from, to) as an entry, unless it holds nothing once folded, or nothing but
 * brackets: those have nothing to search for, and were a twelfth of all entries. A mark the
 * document writes (a dash for an empty answer, a ○) is kept: it can be looked for.
 */
function push(entries: SearchEntry[], text: string, from: number, to: number) {
  const passage = passages.get(text.slice(from, to), (raw) => {
    // most passages hold no tag: the pattern is run only where one may stand
    const body = (raw.includes('<') ? raw.replace(TAG, ' ') : raw).normalize('NFKC').replace(/\s+/g, ' ').trim();
    return !BRACKETS_ONLY.test(body) ? { body: detached(body), digest: digestOf(body) } : EMPTY;
  });
  if (passage !== EMPTY) entries.push({ body: passage.body, digest: passage.digest, kind: 'source', refId: null, srcFrom: from, srcTo: to });
}

/**
 * The form's labels and boilerplate come back document after document (in the national corpus
 * 97% of passages were met before), so each passage's text is folded and hashed once: by its
 * raw text, its body and digest.
 */
const passages = new RecurringTexts<{ body: string; digest: string }>(20_000);
const EMPTY = { body: '', digest: '' };

// the one-shot digest: a hash object per passage (hundreds a document) cost more than the hashing
export const digestOf = (body: string) => hash('sha1', body, 'base64');
