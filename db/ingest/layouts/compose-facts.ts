import type {
  AuditFacts,
  BasicInfoFacts,
  ChangeFacts,
  ContractFacts,
  DocumentFacts,
  FileFacts,
  FormPart,
  HeaderFacts,
  ProcedureFacts,
  ProvisionFacts,
  RatingFacts,
  SystemFacts,
  ThresholdFacts,
} from '../facts';
import { joinSpans, type Span } from '../source-text';
import { unreadBasic, unreadContract, unreadFile, unreadHeader, unreadProvision, unreadSystem, unreadThreshold } from './unread-facts';

/** A numbered item as one page or row mentions it: what identifies it, where, and the fields read there. */
type Mention<T extends { span: Span }, Key extends keyof T> = Pick<T, Key | 'span'> & Partial<Omit<T, Key | 'span'>>;
export type SystemMention = Mention<SystemFacts, 'no'>;
export type FileMention = Mention<FileFacts, 'no'>;
export type ContractMention = Mention<ContractFacts, 'fileNo' | 'no'>;
export type ProvisionMention = Mention<ProvisionFacts, 'fileNo' | 'direction' | 'no'>;
export type ThresholdMention = Mention<ThresholdFacts, never>;

/**
 * What one part reader found: its share of the document's facts, in the order it read them.
 * The header's and Ⅰ's fields are as read there (a later reading replaces an earlier one); a
 * numbered item may be mentioned again by another page or part.
 */
export interface FoundFacts {
  header?: Partial<HeaderFacts>;
  basic?: Partial<BasicInfoFacts>;
  systems?: SystemMention[];
  files?: FileMention[];
  contracts?: ContractMention[];
  provisions?: ProvisionMention[];
  threshold?: ThresholdMention[];
  ratings?: RatingFacts[];
  audits?: AuditFacts[];
  procedures?: ProcedureFacts[];
  changes?: ChangeFacts[];
  parts?: FormPart[];
  statedCounts?: DocumentFacts['statedCounts'];
}

/** Items sharing a key become one, kept where the first stands, each merged into what came before. */
export function mergeItems<T>(list: readonly T[], keyOf: (x: T) => string | number, merge: (had: T, next: T) => T): T[] {
  const at = new Map<string | number, number>();
  const out: T[] = [];
  for (const x of list) {
    const key = keyOf(x);
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push(x);
    } else out[i] = merge(out[i]!, x);
  }
  return out;
}

/** Mentions of one item: the spans joined, a field read again taking the later reading. */
const joinMention = <T extends { span: Span }>(had: T, next: T): T => ({ ...had, ...next, span: joinSpans([had.span, next.span])! });

export const mergeMentions = <T extends { span: Span }>(list: readonly T[], keyOf: (x: T) => string | number): T[] => mergeItems(list, keyOf, joinMention);

/**
 * One document's facts from what its part readers found, in reading order: each numbered item
 * once (created by its first mention), sorted as a reader of the facts expects them — by file,
 * then number.
 */
export function composeFacts(found: readonly FoundFacts[]): DocumentFacts {
  const systems = mergeMentions(found.flatMap((f) => f.systems ?? []), (s) => s.no).map((s) => ({ ...unreadSystem(s.no, s.span), ...s }));
  const files = mergeMentions(found.flatMap((f) => f.files ?? []), (x) => x.no).map((x) => ({ ...unreadFile(x.no, x.span), ...x }));
  const contracts = mergeMentions(found.flatMap((f) => f.contracts ?? []), (c) => `${c.fileNo} ${c.no}`).map((c) => ({ ...unreadContract(c.fileNo, c.no, c.span), ...c }));
  const provisions = mergeMentions(found.flatMap((f) => f.provisions ?? []), (p) => `${p.fileNo} ${p.direction} ${p.no}`).map((p) => ({
    ...unreadProvision(p.fileNo, p.direction, p.no, p.span),
    ...p,
  }));
  const threshold = mergeMentions(found.flatMap((f) => f.threshold ?? []), () => 0)[0];
  return {
    header: Object.assign(unreadHeader(), ...found.map((f) => f.header)) as HeaderFacts,
    basic: Object.assign(unreadBasic(), ...found.map((f) => f.basic)) as BasicInfoFacts,
    systems: systems.sort((a, b) => a.no - b.no),
    files: files.sort((a, b) => a.no - b.no),
    contracts: contracts.sort((a, b) => a.fileNo - b.fileNo || a.no - b.no),
    provisions: provisions.sort((a, b) => a.fileNo - b.fileNo || a.direction.localeCompare(b.direction) || a.no - b.no),
    ratings: found.flatMap((f) => f.ratings ?? []),
    audits: found.flatMap((f) => f.audits ?? []),
    procedures: found.flatMap((f) => f.procedures ?? []),
    changes: found.flatMap((f) => f.changes ?? []),
    threshold: threshold ? { ...unreadThreshold(threshold.span), ...threshold } : null,
    partsPresent: [...new Set(found.flatMap((f) => f.parts ?? []))],
    statedCounts: found.flatMap((f) => f.statedCounts ?? []),
  };
}
