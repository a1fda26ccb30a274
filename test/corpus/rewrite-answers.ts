import type { ExpectedContract, ExpectedDocument } from './expected';
import type { TemplateLines } from './line-edits';
import type { Prng } from './prng';
import type { Site, Template } from './templates/template';

const WEAKEN = 0.2;
const INCIDENT_FLIP = 0.15;
const SUBCONTRACT_FLIP = 0.25;

/** Replaces the answer inside each site's text (the bracketed answer, never the option list). */
function rewriteSites(lines: TemplateLines, sites: Site[], from: string, to: string) {
  for (const site of sites) {
    if (!site.from.includes(from)) throw new Error(`site 「${site.from}」 holds no 「${from}」`);
    lines.replace(site, site.from.replace(from, to));
  }
}

/** Some graded answers weakened: 十分である → 課題が残されている, 十分に行っている → 十分に行っていない. */
export function weakenAnswers(lines: TemplateLines, template: Template, prng: Prng): ExpectedDocument['ratingChanges'] {
  const changed: ExpectedDocument['ratingChanges'] = [];
  for (const group of template.answerGroups) {
    if (!prng.chance(WEAKEN)) continue;
    rewriteSites(lines, group.sites, group.from, group.to);
    for (const r of group.ratings) changed.push({ ...r, answer: group.to });
  }
  return changed;
}

/** 重大事故: some 発生なし become 発生あり (and the full form's 発生あり, 発生なし). */
export function flipIncidents(lines: TemplateLines, template: Template, prng: Prng): ExpectedDocument['incidents'] {
  return template.incidents.map((site) => {
    const changed = prng.chance(INCIDENT_FLIP);
    const answer = changed ? (site.answer === '発生なし' ? '発生あり' : '発生なし') : site.answer;
    if (changed) rewriteSites(lines, [site], site.answer, answer);
    return { fileNo: site.fileNo, answer, changed };
  });
}

/** 再委託の有無 turned around (with its 許諾方法 and 再委託事項): at most one flip per group of answers that share a page. */
export function flipSubcontracts(lines: TemplateLines, template: Template, prng: Prng): ExpectedContract[] {
  const flipped = new Set<string>();
  const groups = [...new Set(template.subcontractFlips.map((f) => f.group))];
  for (const group of groups) {
    if (!prng.chance(SUBCONTRACT_FLIP)) continue;
    const flip = prng.pick(template.subcontractFlips.filter((f) => f.group === group));
    for (const site of flip.sites) {
      const [from, to] = site.from.includes('再委託しない') ? ['再委託しない', '再委託する'] : ['再委託する', '再委託しない'];
      rewriteSites(lines, [site], from, to);
    }
    for (const v of flip.values ?? []) lines.setValue(v);
    for (const no of flip.dropLines ?? []) lines.drop(no);
    for (const c of flip.contracts) flipped.add(`${c.fileNo}/${c.no}`);
  }
  return template.contracts.map((c) => {
    const changed = flipped.has(`${c.fileNo}/${c.no}`);
    return { fileNo: c.fileNo, no: c.no, contractors: c.names, subcontract: changed ? !c.subcontract : c.subcontract, subcontractChanged: changed };
  });
}
