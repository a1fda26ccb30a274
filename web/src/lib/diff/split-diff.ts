import { diffChars } from 'diff';

export interface Segment {
  text: string;
  /** 'same' on both sides; 'removed' only before; 'added' only after */
  kind: 'same' | 'removed' | 'added';
}

/**
 * 変更前 and 変更後 as two runs of segments, compared character by character: Japanese has
 * no spaces, so a word diff would mark whole sentences. Cells written 「-」 count as empty.
 */
export function splitDiff(before: string | null, after: string | null) {
  const blank = (s: string | null) => (s === null || s.trim() === '-' ? '' : s);
  const left: Segment[] = [];
  const right: Segment[] = [];
  for (const part of diffChars(blank(before), blank(after))) {
    if (part.added) right.push({ text: part.value, kind: 'added' });
    else if (part.removed) left.push({ text: part.value, kind: 'removed' });
    else {
      left.push({ text: part.value, kind: 'same' });
      right.push({ text: part.value, kind: 'same' });
    }
  }
  return { before: left, after: right };
}
