import { reason, type Reason } from '../form/reasons';
import type { DocumentFacts } from './facts';
import { mentionedBodies, resolveBody, statedPrefectures, type LocalGov, type Resolution } from './normalize/municipality';
import { fold } from './normalize/text';

export interface BodyResolution {
  /** the body's name as the document writes it (「日野市長 大坪 冬彦」), folded */
  written: string | null;
  /** the body; null when the text does not decide it (see reason) */
  body: LocalGov | null;
  certain: boolean;
  reason: Reason | null;
  /** which part of the text named it */
  source: 'agency' | 'declaration' | 'mentions' | null;
}

type Source = 'agency' | 'declaration' | 'mentions';

/** A name's resolution, shared names decided by the prefecture the document states for them. */
function resolveIn(written: string, text: string): Resolution {
  const first = resolveBody(written);
  if (first.kind !== 'ambiguous') return first;
  return resolveBody(written, statedPrefectures(text, first.name));
}

const ambiguity = (r: Extract<Resolution, { kind: 'ambiguous' }>) =>
  reason('bodyAmbiguous', { name: r.name, candidates: r.candidates.map((c) => c.prefecture + c.name) });

/** A resolved body, in doubt when the text named a designated city's ward rather than the city. */
function found(written: string, r: Extract<Resolution, { kind: 'resolved' }>, source: Source): BodyResolution {
  const ward = r.ward ? reason('wardOfCity', { ward: r.ward, city: r.body.name }) : null;
  return { written: fold(written), body: r.body, certain: !ward, reason: ward, source };
}

/**
 * Which body a document belongs to, from the strongest evidence it has: 評価実施機関名
 * (「東京都小金井市長」), then the 宣言 (「防府市は、…」), then — for a document that holds
 * only a change table — the body its text keeps naming (「札幌市保健福祉局…」). A name shared by
 * several bodies is decided by the prefecture the document states for it (「北海道森町長」, an
 * address 「北海道茅部郡森町…」 in 開示請求、問合せ); without one it stays unresolved with its
 * candidates. A name that is no body (「市長」) is never stored as one.
 */
export function resolveDocumentBody(facts: DocumentFacts, text: string): BodyResolution {
  const named = [
    { source: 'agency' as const, written: facts.header.agency?.value },
    { source: 'declaration' as const, written: facts.header.declarationBody?.value },
  ]
    .filter((n): n is { source: 'agency' | 'declaration'; written: string } => !!n.written?.trim())
    .map((n) => ({ ...n, r: resolveIn(n.written, text) }));
  const hits = named.filter((n) => n.r.kind === 'resolved');
  const hit = hits[0];
  if (hit && hit.r.kind === 'resolved') {
    const code = (n: (typeof named)[number]) => (n.r.kind === 'resolved' ? `${n.r.body.code}:${n.r.body.name}` : null);
    const other = hits.find((n) => code(n) !== code(hit));
    if (other) return { ...found(hit.written, hit.r, hit.source), certain: false, reason: reason('bodiesDiffer', { names: [fold(hit.written), fold(other.written)] }) };
    return found(hit.written, hit.r, hit.source);
  }
  const ambiguous = named.find((n) => n.r.kind === 'ambiguous');
  if (ambiguous && ambiguous.r.kind === 'ambiguous')
    return { written: fold(ambiguous.written), body: null, certain: false, reason: ambiguity(ambiguous.r), source: ambiguous.source };
  return fromMentions(text, named[0]?.written ?? null);
}

/**
 * The body the text keeps naming, when no header names one that resolves. When a header named
 * something that is no body (「市長」), the mentioned body is only a guess, shown as such.
 */
function fromMentions(text: string, unknownName: string | null): BodyResolution {
  const unread = (r: Reason): BodyResolution => ({ written: unknownName === null ? null : fold(unknownName), body: null, certain: false, reason: r, source: null });
  const unknown = unknownName === null ? null : reason('bodyUnknown', { name: fold(unknownName) });
  const counts = [...mentionedBodies(text)].sort((a, b) => b[1] - a[1]);
  const [top, second] = counts;
  if (!top) return unread(unknown ?? reason('noBody'));
  const r = resolveIn(top[0], text);
  if (r.kind === 'ambiguous') return { written: top[0], body: null, certain: false, reason: ambiguity(r), source: 'mentions' };
  if (r.kind !== 'resolved') return unread(unknown ?? reason('noBody'));
  const dominant = top[1] >= 3 && (!second || top[1] >= 3 * second[1]);
  const doubt = unknown ?? (dominant ? null : reason('bodiesMentioned', { names: counts.slice(0, 3).map(([n]) => n) }));
  return { written: unknownName === null ? top[0] : fold(unknownName), body: r.body, certain: !doubt, reason: doubt, source: 'mentions' };
}
