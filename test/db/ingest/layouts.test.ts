import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readExtraction } from '../../../db/ingest/extraction';
import { parsePdfText } from '../../../db/ingest/layouts/pdf-text';
import { parseTsvHtml } from '../../../db/ingest/layouts/tsv-html';
import { detectLayout } from '../../../db/ingest/detect-layout';
import { SourceText } from '../../../db/ingest/source-text';
import { fold } from '../../../db/ingest/normalize/text';
import { SEED, summarize } from '../../helpers/ingest-summary';
import { relay, type RelayLayout } from '../../variants/relay';

/**
 * One form reader behind every extraction layout: each pdf-text seed re-laid as other tools lay
 * it out (test/variants/relay.ts) gives the seed's cover, and — where the layout keeps the
 * boxes — every other fact the seed gives. Values are the seeds' own, written by hand.
 */
const seeds = {
  hofu: {
    file: '000_6b35c62c03d5d5e8.txt',
    cover: { number: '31', title: '新型コロナウイルス感染症対策に係る予防接種に関する事務 重点項目評価書', kind: '重点項目評価書', agency: null, publishedOn: null, formVersion: null, draft: false },
    body: '防府市',
    counts: { systems: 5, files: 1, contracts: 2, ratings: 15, audits: 3, changes: 51 },
    contractors: ['株式会社ミラボ', '株式会社サンネット'],
  },
  yokohama: {
    file: '002_395353e375fa5b93.txt',
    cover: { number: '38', title: '予防接種法による予防接種の実施に関する事務 全項目評価書', kind: '全項目評価書', agency: '横浜市長', publishedOn: '2023-08-04', formVersion: '平成30年5月 様式4', draft: false },
    body: '横浜市',
    counts: { systems: 8, files: 2, contracts: 7, ratings: 87, audits: 0, changes: 7 },
    contractors: null,
  },
  kitakyushu: {
    file: '004_63d90351889fe90b.txt',
    cover: { number: '42', title: '新型インフルエンザ等対策特別措置法による予防接種に関する事務 重点項目評価書', kind: '重点項目評価書', agency: '北九州市長', publishedOn: '2021-10-04', formVersion: null, draft: false },
    body: '北九州市',
    counts: { systems: 4, files: 1, contracts: 4, ratings: 13, audits: 3, changes: 11 },
    contractors: null,
  },
};

const counts = (s: ReturnType<typeof summarize>) => ({
  systems: s.systems.length,
  files: s.files.length,
  contracts: s.contracts.length,
  ratings: s.ratings.length,
  audits: s.audits.length,
  changes: s.changes.length,
});
const cover = (s: ReturnType<typeof summarize>) => {
  const { number, title, kind, agency, publishedOn, formVersion, draft } = s.header;
  return { number, title, kind, agency, publishedOn, formVersion, draft };
};
const bytes = (text: string) => new TextEncoder().encode(text);
// each re-laid seed is read whole: on a machine shared with other work that takes seconds
vi.setConfig({ testTimeout: 60_000 });

/** Layouts that keep the boxes: everything the seed gives comes back. */
const KEEPING: RelayLayout[] = ['spacedCharacters', 'boldDoubling', 'pageFurniture', 'pageNumbersOnly', 'reorderedCover'];

describe.each(Object.entries(seeds))('%s re-laid', (_, seed) => {
  const text = readFileSync(SEED(seed.file), 'utf8');

  it('reads the seed itself as before', () => {
    const s = summarize(SEED(seed.file));
    expect(cover(s)).toEqual(seed.cover);
    expect(counts(s)).toEqual(seed.counts);
  });

  it.each(KEEPING)('%s: the same cover, counts and contractors', (layout) => {
    const relaid = relay(text, layout);
    const s = summarize(bytes(relaid));
    expect(cover(s)).toEqual(seed.cover);
    expect(s.doc.facts.header.declarationBody?.value).toBe(seed.body);
    expect(counts(s)).toEqual(seed.counts);
    if (seed.contractors) expect(s.contracts.flatMap((c) => c.contractors)).toEqual(seed.contractors);
    // provenance: the span of the title is in the re-laid text as stored, not the normalized one
    const t = s.doc.facts.header.title!;
    expect(fold(relaid.slice(t.span.from, t.span.to)).replace(/\s/g, '')).toContain(seed.cover.title.replace(/\s/g, '').slice(0, 4));
  });

  it.each(['oneCellPerLine', 'pagePerLine'] as RelayLayout[])('%s: the same cover, the systems and the change table', (layout) => {
    const s = summarize(bytes(relay(text, layout)));
    expect(cover(s)).toEqual(seed.cover);
    expect(s.doc.facts.header.declarationBody?.value).toBe(seed.body);
    // these layouts lose the boxes the later parts are read by (see relay.ts): only the cover,
    // the systems and the change table are asserted whole
    if (seed.file !== '004_63d90351889fe90b.txt') expect(s.systems.map((x) => x.name)).toEqual(summarize(SEED(seed.file)).systems.map((x) => x.name));
    expect(s.changes).toHaveLength(seed.counts.changes);
    // the rows are told by their items, dates and timings: a date or timing kept certain is the
    // seed's (whose rows are written by hand in the *-changes tests); where an item or a text
    // ends is the rebuilt boxes' guess, so each is in doubt, and an item read is the seed's
    // item's beginning
    const own = summarize(SEED(seed.file)).changes;
    s.changes.forEach((c, i) => {
      if (c.dateCertain) expect([i, c.changedOn]).toEqual([i, own[i]!.changedOn]);
      if (c.timingCertain) expect([i, c.timing]).toEqual([i, own[i]!.timing]);
      expect(c.timing).not.toBeNull();
      if (c.before !== null) expect(c.states.before).toMatchObject({ state: 'uncertain' });
      if (c.after !== null) expect(c.states.after).toMatchObject({ state: 'uncertain' });
      if (c.timingExplanation !== null) expect(c.states.timing_explanation).toMatchObject({ state: 'uncertain' });
      const item = (x: string | null) => (x ?? '').replace(/\s/g, '');
      if (c.item !== null) {
        expect(c.states.item).toMatchObject({ state: 'uncertain' });
        expect(item(own[i]!.item).startsWith(item(c.item).slice(0, 6))).toBe(true);
      }
    });
  });
});

describe('the five seeds read exactly as before the normalization stage', () => {
  it.each(['000_6b35c62c03d5d5e8.txt', '001_0f1031b6666322d1.txt', '002_395353e375fa5b93.txt', '003_672174ab35a34b47.txt', '004_63d90351889fe90b.txt'])('%s', (file) => {
    const text = readFileSync(SEED(file), 'utf8');
    const layout = detectLayout(text);
    const direct = layout === 'tsv-html' ? parseTsvHtml(new SourceText(text)) : parsePdfText(new SourceText(text));
    const staged = readExtraction(layout, new SourceText(text));
    // the stage only adds the cover's place among the parts; every fact and span is the same
    expect(staged).toEqual(direct);
  });
});

describe('glyphs lost by font subsetting', () => {
  const text = readFileSync(SEED('004_63d90351889fe90b.txt'), 'utf8');

  it('refuses a text whose kanji are gone, saying why', () => {
    const lost = text.replace(/\p{Script=Han}/gu, '');
    expect(() => summarize(bytes(lost))).toThrow(/kanji were lost by the PDF's font subsetting/);
  });

  it('marks a value with lost glyphs uncertain, never guessing it', () => {
    const s = summarize(bytes(text.replace('北九州市長', '北\uFFFD州市長')));
    expect(s.doc.facts.header.agency).toMatchObject({ value: '北\uFFFD州市長', certain: false, reason: { code: 'glyphsLost', params: { count: 1 } } });
  });
});
