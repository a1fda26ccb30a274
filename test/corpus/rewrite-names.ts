import { wardsOf, type Body } from './bodies';
import type { Template } from './templates/template';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces every key of `map` with its value in one pass, longest key first, so that a name
 * inside a longer one (九州市 in 北九州市) or a name's own longer forms are never half-replaced.
 */
export function replaceAll(text: string, map: ReadonlyMap<string, string>): string {
  const keys = [...map.keys()].filter((k) => k !== '').sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!keys.length) return text;
  return text.replace(new RegExp(keys.map(escape).join('|'), 'g'), (k) => map.get(k)!);
}

/**
 * The template city's name → the new body's, wherever the text mentions it (addresses,
 * departments, 条例 …). An address in one of the template city's wards loses the ward
 * (「北九州市小倉北区城内1番1号」 → 「新潟県城内1番1号」): it is not the new body's.
 */
export function bodyNameMap(template: Template, body: Body): Map<string, string> {
  return new Map([
    ...wardsOf(template.prefecture, template.city).map((ward) => [`${template.city}${ward}`, body.name] as const),
    // the city hall of a prefecture is its 県庁 (都庁, 道庁, 府庁)
    [`${template.city}役所`, body.kind === 'prefecture' ? `${body.name}庁` : `${body.name}役所`],
    [template.city, body.name],
    [template.prefecture, body.prefecture],
  ]);
}

/**
 * Throws when a template's city or prefecture is still named in a generated document: its own
 * template's or any other's (the stem too: 「株式会社横浜電算」), unless it is the new body's own
 * name or prefecture (横浜町 is a town in 青森県).
 */
export function assertNoTemplateNames(file: string, text: string, body: Body, templates: readonly Template[]) {
  const own = new Map([body.name, body.prefecture].map((n) => [n, '']));
  const rest = replaceAll(text, own);
  for (const t of templates) {
    const stem = t.city.replace(/市$/, '');
    for (const name of [stem, t.prefecture === body.prefecture ? '' : t.prefecture])
      if (name && rest.includes(name)) throw new Error(`${file}: 「${name}」 of template ${t.id} is left in the text`);
  }
}
