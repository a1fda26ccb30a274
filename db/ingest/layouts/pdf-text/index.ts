import type { DocumentFacts } from '../../facts';
import { FactsBuilder } from '../../facts-builder';
import type { SourceText } from '../../source-text';

export function parsePdfText(_source: SourceText): DocumentFacts {
  return new FactsBuilder().done();
}
