import type { Affair } from './affairs';
import type { Body } from './bodies';
import { addDays, addMonths, formatEraDate, isoDate, parseEraDate, type DateStyle } from './era-date';
import type { TemplateLines } from './line-edits';
import type { Prng } from './prng';
import type { AffairSite, Template } from './templates/template';

/** The affair's name in the title, the 宣言 and ①事務の名称. */
export function rewriteAffair(lines: TemplateLines, template: Template, affair: Affair) {
  if (!affair.name) return;
  for (const site of Object.values(template.affairSites) as AffairSite[]) {
    if (site.tail && !affair.name.endsWith(site.tail)) throw new Error(`${affair.name} does not end with ${site.tail}, as ${template.seed}:${site.line} wraps it`);
    lines.replace(site, site.tail ? affair.name.slice(0, -site.tail.length) : affair.name);
  }
}

/** 評価実施機関名: 「○○市長」, 「東京都○○市長」 where the template names the prefecture, 「○○県知事」. */
export function agencyOf(template: Template, body: Body): string | null {
  if (!template.agency) return null;
  if (body.kind === 'prefecture') return `${body.name}知事`;
  return template.agency.withPrefecture ? `${body.prefecture}${body.name}長` : `${body.name}長`;
}

export function rewriteAgency(lines: TemplateLines, template: Template, body: Body): string | null {
  const agency = agencyOf(template, body);
  if (template.agency && agency) lines.replace(template.agency, agency);
  return agency;
}

export function rewriteNumber(lines: TemplateLines, template: Template, prng: Prng): string | null {
  if (!template.number) return null;
  const number = String(prng.int(1, 150));
  lines.replace(template.number, number);
  return number;
}

/** 公表日, moved by whole months and some days. */
export function rewritePublishedOn(lines: TemplateLines, template: Template, prng: Prng, style: (printed: DateStyle) => DateStyle): string | null {
  if (!template.publishedOn) return null;
  const line = lines.line(template.publishedOn.line);
  const printed = parseEraDate(line);
  if (!printed) throw new Error(`${template.seed}:${template.publishedOn.line}: no 公表日 on 「${line}」`);
  const date = addDays(addMonths(printed.date, prng.int(-18, 6)), prng.int(-15, 15));
  lines.replaceAt(template.publishedOn.line, printed.index, printed.raw, formatEraDate(date, style(printed.style)));
  return isoDate(date);
}
