import { reason } from '../../form/reasons';
import type { DocumentFacts } from '../facts';
import type { Span } from '../source-text';
import { lostGlyphCount } from './lost-glyphs';
import { mapSpan, type Rewritten } from './rewrite';

const isSpan = (v: unknown): v is Span =>
  !!v && typeof v === 'object' && typeof (v as Span).from === 'number' && typeof (v as Span).to === 'number' && Object.keys(v).length === 2;

/**
 * The facts with every span (any `span` of any fact, item or stated count) pointing into the
 * original text. Spans are shared between facts, so each is mapped afresh, never in place.
 */
export function remapSpans(facts: DocumentFacts, r: Rewritten): DocumentFacts {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = k === 'span' && isSpan(x) ? mapSpan(r, x) : walk(x);
    return out;
  };
  return walk(facts) as DocumentFacts;
}

/** A fact whose text holds a lost glyph is not certain of its value, whatever its place. */
export function markLostGlyphs(facts: DocumentFacts) {
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.value === 'string' && isSpan(o.span)) {
      const lost = lostGlyphCount(o.value);
      if (lost) {
        o.certain = false;
        o.reason = reason('glyphsLost', { count: lost });
      }
      return;
    }
    Object.values(o).forEach(visit);
  };
  visit(facts);
}
