import type { BasicInfoFacts, ContractFacts, FileFacts, HeaderFacts, ProvisionFacts, SystemFacts, ThresholdFacts } from '../facts';
import type { Span } from '../source-text';

// Each part of the form as nothing has read it yet: every field null (unread), so that what a
// reader does not find stays unread rather than empty.

export const unreadHeader = (): HeaderFacts => ({
  number: null,
  title: null,
  kind: null,
  agency: null,
  publishedOn: null,
  approvedOn: null,
  formVersion: null,
  declarationBody: null,
  draft: null,
});

export const unreadBasic = (): BasicInfoFacts => ({
  affairName: null,
  affairContent: null,
  targetBand: null,
  networkLinkage: null,
  department: null,
  departmentHead: null,
});

export const unreadSystem = (no: number, span: Span): SystemFacts => ({ no, span, name: null, function: null, connections: null, otherText: null });

export const unreadFile = (no: number, span: Span): FileFacts => ({ no, span, name: null, fileKind: null, peopleBand: null, itemsBand: null, holdingStart: null });

export const unreadContract = (fileNo: number, no: number, span: Span): ContractFacts => ({
  fileNo,
  no,
  span,
  title: null,
  content: null,
  handlersBand: null,
  contractor: null,
  subcontract: null,
  subcontractMethod: null,
  subcontractItems: null,
});

export const unreadProvision = (fileNo: number, direction: '提供' | '移転', no: number, span: Span): ProvisionFacts => ({
  fileNo,
  direction,
  no,
  span,
  recipient: null,
  legalBasis: null,
  purpose: null,
  information: null,
  peopleBand: null,
  method: null,
  timing: null,
});

export const unreadThreshold = (span: Span): ThresholdFacts => ({
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
