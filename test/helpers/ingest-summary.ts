import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Fact } from '../../db/ingest/facts';
import { readDocument } from '../../db/ingest/ingest';
import { parseContractors } from '../../db/ingest/normalize/contractor';
import { buildReport } from '../../db/ingest/report';
import { band, line } from '../../db/ingest/field-reader';
import { changeValues, headerValues, systemValues } from '../../db/ingest/to-rows';

export const SEED = (name: string) => join(fileURLToPath(new URL('../../seeds', import.meta.url)), name);

const sure = (f: Fact<unknown> | null | undefined) => !f || f.certain !== false;

/**
 * A document's facts as the values the database stores (normalized), with each row's
 * certainty: what the ingestion tests compare against the text.
 */
export function summarize(input: string | Uint8Array) {
  const doc = readDocument(typeof input === 'string' ? readFileSync(input) : input);
  const f = doc.facts;
  const { report } = buildReport({ sourceFile: 'test', layout: doc.layout, encoding: doc.encoding, facts: f, rows: doc.rows, source: doc.source, body: doc.body });
  return {
    doc,
    report,
    body: doc.body,
    header: headerValues(f),
    systems: f.systems.map((s) => ({ ...systemValues(s), nameCertain: sure(s.name), connectionsCertain: sure(s.connections) })),
    files: f.files.map((x) => ({ no: x.no, name: line(x.name), peopleBand: band(x.peopleBand)?.text ?? null, itemsBand: band(x.itemsBand)?.text ?? null })),
    contracts: f.contracts.map((c) => ({
      no: c.no,
      fileNo: c.fileNo,
      numberCertain: sure(c.numbering),
      title: line(c.title),
      contractors: c.contractor ? parseContractors(line(c.contractor)!).names.map((n) => n.name) : [],
      contractorRaw: line(c.contractor),
      handlers: band(c.handlersBand)?.text ?? null,
      subcontract: c.subcontract ? c.subcontract.value : null,
      certain: [c.title, c.content, c.handlersBand, c.contractor, c.subcontract].every(sure),
    })),
    ratings: f.ratings.map((r) => ({ stage: r.stage, risk: r.risk, question: r.question, answer: r.answer ? line(r.answer) : null, certain: sure(r.answer) })),
    audits: f.audits.map((a) => ({ kind: a.kind, checked: a.checked.value, certain: sure(a.checked) })),
    changes: f.changes.map((c, i) => ({ ...changeValues(c), states: doc.rows.changes[i]!.states, dateCertain: sure(c.date), timingCertain: sure(c.timing) })),
  };
}

/** [date, timing] of every change row, in document order. */
export const changeDates = (s: ReturnType<typeof summarize>) => s.changes.map((c) => [c.changedOn, c.timing]);
