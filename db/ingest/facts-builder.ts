import { joinSpans, type Span } from './source-text';
import type {
  ContractFacts,
  DocumentFacts,
  FileFacts,
  FormPart,
  ProvisionFacts,
  SystemFacts,
  ThresholdFacts,
} from './facts';

/** Collects facts as a parser meets them, creating each numbered item on first mention. */
export class FactsBuilder {
  readonly facts: DocumentFacts = {
    header: { number: null, title: null, kind: null, agency: null, publishedOn: null, approvedOn: null, formVersion: null, declarationBody: null, draft: null },
    basic: { affairName: null, affairContent: null, targetBand: null, networkLinkage: null, department: null, departmentHead: null },
    systems: [],
    files: [],
    contracts: [],
    provisions: [],
    ratings: [],
    audits: [],
    procedures: [],
    changes: [],
    threshold: null,
    partsPresent: [],
    statedCounts: [],
  };

  part(p: FormPart) {
    if (!this.facts.partsPresent.includes(p)) this.facts.partsPresent.push(p);
  }

  system(no: number, span: Span): SystemFacts {
    let s = this.facts.systems.find((x) => x.no === no);
    if (!s) {
      s = { no, span, name: null, function: null, connections: null, otherText: null };
      this.facts.systems.push(s);
    } else s.span = joinSpans([s.span, span])!;
    return s;
  }

  file(no: number, span: Span): FileFacts {
    let f = this.facts.files.find((x) => x.no === no);
    if (!f) {
      f = { no, span, name: null, fileKind: null, peopleBand: null, itemsBand: null, holdingStart: null };
      this.facts.files.push(f);
    } else f.span = joinSpans([f.span, span])!;
    return f;
  }

  contract(fileNo: number, no: number, span: Span): ContractFacts {
    let c = this.facts.contracts.find((x) => x.fileNo === fileNo && x.no === no);
    if (!c) {
      c = { fileNo, no, span, title: null, content: null, handlersBand: null, contractor: null, subcontract: null, subcontractMethod: null, subcontractItems: null };
      this.facts.contracts.push(c);
    } else c.span = joinSpans([c.span, span])!;
    return c;
  }

  provision(fileNo: number, direction: '提供' | '移転', no: number, span: Span): ProvisionFacts {
    let p = this.facts.provisions.find((x) => x.fileNo === fileNo && x.direction === direction && x.no === no);
    if (!p) {
      p = { fileNo, direction, no, span, recipient: null, legalBasis: null, purpose: null, information: null, peopleBand: null, method: null, timing: null };
      this.facts.provisions.push(p);
    } else p.span = joinSpans([p.span, span])!;
    return p;
  }

  /** The 基礎項目評価書's own items, created on first mention. */
  threshold(span: Span): ThresholdFacts {
    const t = (this.facts.threshold ??= {
      span,
      peopleBand: null,
      peopleCountedAt: null,
      handlers: null,
      handlersCountedAt: null,
      incident: null,
      result: null,
      formsSubmitted: null,
      priorityMeasure: null,
      priorityReason: null,
      absent: [],
    });
    t.span = joinSpans([t.span, span])!;
    return t;
  }

  /** Sorted, as a reader expects them: by file, then number. */
  done(): DocumentFacts {
    const f = this.facts;
    f.systems.sort((a, b) => a.no - b.no);
    f.files.sort((a, b) => a.no - b.no);
    f.contracts.sort((a, b) => a.fileNo - b.fileNo || a.no - b.no);
    f.provisions.sort((a, b) => a.fileNo - b.fileNo || a.direction.localeCompare(b.direction) || a.no - b.no);
    return f;
  }
}
