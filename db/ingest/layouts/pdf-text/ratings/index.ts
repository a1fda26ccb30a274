import type { RatingFacts } from '../../../facts';
import type { Page } from '../pages';
import { readGradedAnswers } from './graded-answers';
import { readMeasures } from './measures';
import { alignRisks } from './risk-order';

export { readAudits } from './audits';

/**
 * Ⅲ's (and the full form's Ⅳ's) graded answers, each with the text it grades: the answers
 * page by page, then the text boxes tied to them by the form's structure.
 */
export function readRatings(pages: Page[], section: 'Ⅲ' | 'Ⅳ', fileNo: (p: Page) => number | null): RatingFacts[] {
  const graded = readGradedAnswers(pages, section, fileNo);
  for (const file of new Set(pages.map(fileNo))) alignRisks(pages.filter((p) => fileNo(p) === file), graded);
  readMeasures(pages, graded, fileNo);
  return graded.ratings.map((r) => r.rating);
}
