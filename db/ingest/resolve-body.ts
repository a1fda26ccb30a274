import { reason, type Reason } from '../form/reasons';
import type { DocumentFacts } from './facts';
import { mentionedBodies, resolveBody, type LocalGov } from './normalize/municipality';
import { fold } from './normalize/text';

export interface BodyResolution {
  /** the body's name as the document writes it */
  written: string | null;
  body: LocalGov | null;
  certain: boolean;
  reason: Reason | null;
  /** which part of the text named it */
  source: 'agency' | 'declaration' | 'mentions' | null;
}

/**
 * Which body a document belongs to, from the strongest evidence it has: 評価実施機関名
 * (「東京都小金井市長」), then the 宣言 (「防府市は、…」), then — for a document that holds
 * only a change table — the body its text keeps naming (「札幌市保健福祉局…」).
 */
export function resolveDocumentBody(facts: DocumentFacts, text: string): BodyResolution {
  const named = [
    { source: 'agency' as const, written: facts.header.agency?.value },
    { source: 'declaration' as const, written: facts.header.declarationBody?.value },
  ].filter((n): n is { source: 'agency' | 'declaration'; written: string } => !!n.written);
  const resolved = named.map((n) => ({ ...n, r: resolveBody(n.written) }));
  const hit = resolved.find((n) => n.r.kind === 'resolved');
  if (hit && hit.r.kind === 'resolved') {
    const other = resolved.find((n) => n !== hit && n.r.kind === 'resolved' && n.r.body.code !== (hit.r as { body: LocalGov }).body.code);
    return {
      written: fold(hit.written),
      body: hit.r.body,
      certain: !other,
      reason: other ? reason('bodiesDiffer', { names: [hit.written, other.written] }) : null,
      source: hit.source,
    };
  }
  const counts = [...mentionedBodies(text)].sort((a, b) => b[1] - a[1]);
  const [top, second] = counts;
  const ambiguous = resolved.find((n) => n.r.kind === 'ambiguous');
  if (top) {
    const r = resolveBody(ambiguous ? ambiguous.written : top[0]);
    const dominant = top[1] >= 3 && (!second || top[1] >= 3 * second[1]);
    const body = r.kind === 'resolved' ? r.body : null;
    return {
      written: ambiguous ? fold(ambiguous.written) : top[0],
      body,
      certain: dominant && !!body,
      reason: !body
        ? reason('bodyAmbiguous', { name: r.kind === 'ambiguous' ? r.name : top[0], candidates: r.kind === 'ambiguous' ? r.candidates.map((c) => c.prefecture + c.name) : [] })
        : dominant
          ? null
          : reason('bodiesMentioned', { names: counts.slice(0, 3).map(([n]) => n) }),
      source: 'mentions',
    };
  }
  const written = named[0]?.written ?? null;
  return { written, body: null, certain: false, reason: written ? reason('bodyUnknown', { name: written }) : reason('noBody'), source: null };
}
