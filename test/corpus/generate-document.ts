import type { Affair } from './affairs';
import type { Body } from './bodies';
import type { DateStyle } from './era-date';
import type { ExpectedDocument } from './expected';
import { TemplateLines } from './line-edits';
import { Prng } from './prng';
import { flipIncidents, flipSubcontracts, weakenAnswers } from './rewrite-answers';
import { rewriteChanges } from './rewrite-changes';
import { rewriteAffair, rewriteAgency, rewriteNumber, rewritePublishedOn } from './rewrite-cover';
import { assertNoTemplateNames, bodyNameMap, replaceAll } from './rewrite-names';
import type { Template } from './templates/template';
import { pickContractor, UNDECIDED } from './vendors';

export interface PlannedDocument {
  file: string;
  body: Body;
  affair: Affair;
  template: Template;
}

/** How a document prints its dates: mostly as its template does, some all in full- or half-width digits. */
function pickDateStyle(prng: Prng): (printed: DateStyle) => DateStyle {
  const digits = prng.weighted([
    ['template', 6],
    ['full', 2],
    ['half', 2],
  ] as const);
  const gannen = prng.chance(0.8);
  return (printed) => ({ digits: digits === 'template' ? printed.digits : digits, gannen });
}

/**
 * Each template contractor → one from the pool, the same wherever the document prints it
 * (「未定」 stays); the names of one slot stay different from each other.
 */
function contractorMap(template: Template, body: Body, prng: Prng): Map<string, string> {
  const map = new Map<string, string>();
  for (const slot of template.contracts) {
    const taken = new Set(slot.names.map((n) => map.get(n)).filter((n) => n !== undefined));
    for (const name of slot.names) {
      if (name === UNDECIDED || map.has(name)) continue;
      let picked = pickContractor(prng, body, slot.names.length === 1);
      while (taken.has(picked)) picked = pickContractor(prng, body, false);
      taken.add(picked);
      map.set(name, picked);
    }
  }
  return map;
}

/**
 * One synthetic document: the template's text with the body, affair, cover facts,
 * contractors, some answers and the change table rewritten, and the facts it now states.
 * The randomness is drawn from the seed and the file name alone, so a document is the same
 * whatever else is generated with it.
 */
export function generateDocument(planned: PlannedDocument, templateText: string, seed: number, templates: readonly Template[]): { text: string; expected: ExpectedDocument } {
  const { file, body, affair, template } = planned;
  const prng = Prng.derive(seed, file);
  const lines = new TemplateLines(template.seed, templateText);
  const dateStyle = pickDateStyle(prng);

  rewriteAffair(lines, template, affair);
  const agency = rewriteAgency(lines, template, body);
  const number = rewriteNumber(lines, template, prng);
  const publishedOn = rewritePublishedOn(lines, template, prng, dateStyle);
  const ratingChanges = weakenAnswers(lines, template, prng);
  const incidents = flipIncidents(lines, template, prng);
  const contracts = flipSubcontracts(lines, template, prng);
  const changes = rewriteChanges(lines, template, prng, dateStyle);

  const contractors = contractorMap(template, body, prng);
  const text = replaceAll(replaceAll(lines.text(), bodyNameMap(template, body)), contractors);
  assertNoTemplateNames(file, text, body, templates);

  return {
    text,
    expected: {
      file,
      template: template.id,
      layout: template.layout,
      form: template.form,
      body: {
        code: body.code,
        name: body.name,
        prefecture: body.prefecture,
        kind: body.kind,
        decidable: body.namesakes.samePrefecture === 0 && (body.namesakes.elsewhere === 0 || !!template.agency?.withPrefecture),
      },
      affair: {
        key: affair.key,
        name: template.affairSites.title ? (affair.name ?? template.affairName) : null,
        nameInBasicInfo: template.affairSites.basicInfo ? (affair.name ?? template.affairNameInBasicInfo ?? template.affairName) : null,
      },
      agency,
      number,
      publishedOn,
      contracts: contracts.map((c) => ({ ...c, contractors: c.contractors.map((n) => contractors.get(n) ?? n) })),
      ratingChanges,
      incidents,
      changes,
    },
  };
}
