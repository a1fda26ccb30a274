import { affairsOf, VACCINATION } from './affairs';
import { listBodies } from './bodies';
import type { PlannedDocument } from './generate-document';
import { Prng } from './prng';
import type { Template } from './templates/template';

/** How often each template is used; 003 (a change table only) holds no affair name, so it serves vaccination only. */
const WEIGHTS: Record<Template['id'], number> = { '000': 24, '001': 22, '002': 18, '003': 12, '004': 24 };

/**
 * Every document of the corpus, in the order it is written. Documents are grouped by
 * (template, kind of body), each group shuffled, and the groups interleaved evenly from
 * their first members on: any prefix holds every template, prefectures and special wards
 * in proportion, and bodies from all over the country.
 */
export function planCorpus(seed: number, templates: readonly Template[]): PlannedDocument[] {
  const docs: PlannedDocument[] = [];
  for (const body of listBodies())
    for (const affair of affairsOf(body, Prng.derive(seed, `affairs ${body.code}`))) {
      const usable = templates.filter((t) => affair === VACCINATION || t.affairSites.title);
      const template = Prng.derive(seed, `template ${body.code} ${affair.slug}`).weighted(usable.map((t) => [t, WEIGHTS[t.id]] as const));
      docs.push({ file: `synthetic-${body.code}-${affair.slug}-${template.id}.txt`, body, affair, template });
    }

  const groups = new Map<string, PlannedDocument[]>();
  for (const d of docs) {
    const key = `${d.body.kind} ${d.template.id}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(d);
  }
  const keys = [...groups.keys()].sort();
  const placed = keys.flatMap((key, g) => {
    const members = Prng.derive(seed, `order ${key}`).shuffle(groups.get(key)!);
    return members.map((d, i) => ({ d, at: i / members.length, g }));
  });
  placed.sort((a, b) => a.at - b.at || a.g - b.g);
  return placed.map((p) => p.d);
}
