import type { ExpectedDocument } from './expected';
import type { StoredFacts } from './stored-facts';
import { INCIDENT } from './templates/template';

/** One fact the reader stored otherwise than the generator wrote it. */
export interface Mismatch {
  file: string;
  template: string;
  field: string;
  expected: unknown;
  read: unknown;
}

/** NFKC with all whitespace removed: 「株式会社ＲＫＫＣＳ」 and 「株式会社RKKCS」 are one spelling. */
const same = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '');
const sorted = (xs: (string | null)[]) => [...xs].map((x) => x ?? '(none)').sort();
const json = (x: unknown) => JSON.stringify(x);

/**
 * Compares the facts the generator wrote into a document with what the reader stored; every
 * difference is a mismatch naming the field, the expected value and the value read.
 */
export function compareWithStored(e: ExpectedDocument, s: StoredFacts | null): Mismatch[] {
  const out: Mismatch[] = [];
  const miss = (field: string, expected: unknown, read: unknown) => out.push({ file: e.file, template: e.template, field, expected, read });
  if (!s) return [{ file: e.file, template: e.template, field: 'document', expected: 'stored', read: 'not stored' }];

  // a name several bodies share, written without its prefecture, decides nothing: the reader must leave it unresolved
  const body = e.body.decidable ? `${e.body.code} ${e.body.prefecture}${e.body.name}` : `unresolved (${e.body.name})`;
  const read = s.code ? `${s.code} ${s.bodyName}` : `unresolved (${s.bodyName ?? 'no name'})`;
  if (e.body.decidable ? s.code !== e.body.code : s.code !== null) miss('body', body, read);
  if (s.kind !== e.form) miss('form', e.form, s.kind);
  if (e.number !== null && s.number !== e.number) miss('number', e.number, s.number);
  if (s.publishedOn !== e.publishedOn) miss('publishedOn', e.publishedOn, s.publishedOn);
  if (e.agency !== null && same(s.agency) !== same(e.agency)) miss('agency', e.agency, s.agency);
  if (e.affair.name !== null && !same(s.title).startsWith(same(e.affair.name))) miss('title', e.affair.name, s.title);
  if (e.affair.nameInBasicInfo !== null && same(s.affairName) !== same(e.affair.nameInBasicInfo)) miss('affairName', e.affair.nameInBasicInfo, s.affairName);

  const key = (fileNo: number | null, no: number) => `file ${fileNo ?? 1} 委託事項${no}`;
  const stored = new Map(s.contracts.map((c) => [key(c.fileNo, c.no), c]));
  for (const c of e.contracts) {
    const k = key(c.fileNo, c.no);
    const got = stored.get(k);
    stored.delete(k);
    const undecided = c.contractors.length === 1 && c.contractors[0] === '未定';
    const read = !got ? 'no such contract' : got.undecided ? '未定' : got.raw;
    if (undecided ? read !== '未定' : same(read) !== same(c.contractors.join('、'))) miss(`${k} contractors`, c.contractors.join('、'), read);
    if (got?.subcontract !== c.subcontract) miss(`${k} subcontract`, c.subcontract, got ? got.subcontract : 'no such contract');
  }
  for (const [k, c] of stored) miss(`${k}`, 'no such contract', c.undecided ? '未定' : c.raw);

  for (const r of e.ratingChanges) {
    const answers = s.ratings
      .filter((x) => x.section === r.section && x.stage === r.stage && x.question === r.question && (r.fileNo === null || x.fileNo === r.fileNo))
      .map((x) => x.answer);
    if (!answers.length || answers.some((a) => a !== r.answer)) miss(`rating ${r.fileNo ? `file ${r.fileNo} ` : ''}${r.section} ${r.stage} ${r.question}`, r.answer, answers.length ? answers : 'not read');
  }
  for (const i of e.incidents) {
    const answers = s.ratings.filter((x) => x.question === INCIDENT && (i.fileNo === null || x.fileNo === i.fileNo)).map((x) => x.answer);
    if (!answers.length || answers.some((a) => a !== i.answer)) miss(`incident${i.fileNo ? ` file ${i.fileNo}` : ''}`, i.answer, answers.length ? answers : 'not read');
  }

  if (s.changes.length !== e.changes.rows) miss('change rows', e.changes.rows, s.changes.length);
  const [want, got] = e.changes.ordered ? [e.changes.dates, s.changes] : [sorted(e.changes.dates), sorted(s.changes)];
  if (json(want) !== json(got)) miss(e.changes.ordered ? 'change dates (in order)' : 'change dates (as a set)', want, got);
  return out;
}
