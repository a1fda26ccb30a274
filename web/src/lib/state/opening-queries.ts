import { drill } from './drill';
import { router } from './router.svelte';

/**
 * The aggregate each chart view opens with, as its URL states it: the view loads it, and the
 * router asks for it beside the view's module (routes.ts), so that the answer and the charting
 * code arrive together instead of one after the other.
 */
export const openingQueries = {
  contractorMatrix: () => ({ prefecture: drill.prefecture }),
  subcontractShares: () => ({ prefecture: drill.prefecture }),
  ratingMatrix: () => ({ prefecture: drill.prefecture }),
  systemMatrix: () => ({ prefecture: drill.prefecture }),
  changeTimeline: () => ({
    prefecture: drill.prefecture,
    section: router.param('section'),
    timing: router.param('timing'),
    granularity: router.param('granularity') === 'year' ? ('year' as const) : ('month' as const),
  }),
};
