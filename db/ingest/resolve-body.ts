import type { DocumentFacts } from './facts';
import { mentionedBodies, resolveBody, type LocalGov } from './normalize/municipality';
import { fold } from './normalize/text';

export interface BodyResolution {
  /** the body's name as the document writes it */
  written: string | null;
  body: LocalGov | null;
  certain: boolean;
  reason: string | null;
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
      reason: other ? `評価実施機関名 and 宣言 name different bodies (${hit.written} / ${other.written})` : null,
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
        ? `「${top[0]}」 names more than one body`
        : dominant
          ? null
          : `the text names several bodies (${counts.slice(0, 3).map(([n, c]) => `${n}×${c}`).join(', ')})`,
      source: 'mentions',
    };
  }
  const written = named[0]?.written ?? null;
  return { written, body: null, certain: false, reason: written ? `「${written}」 is not a known local public body` : 'the text names no local public body', source: null };
}
