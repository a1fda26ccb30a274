import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../client';
import { dataGeneration, summaries } from '../../schema';

/**
 * A query whose answers for a few filters — the whole-country ones the dashboard opens with —
 * are computed once per load by ingestion (refreshSummaries) and read back as stored, while
 * every other filter is computed on the request.
 */
export type Summarized<F extends object, R> = ((db: Db, filter: F) => Promise<R>) & {
  /** the query's name in the summaries table */
  readonly summary: string;
  /** the query itself, never read from the table */
  readonly compute: (db: Db, filter: F) => Promise<R>;
  /** the filters whose answers ingestion keeps */
  readonly kept: readonly F[];
};

/** The stored answer's key: the query's name and its filter's defined fields, in name order. */
export function summaryKey(summary: string, filter: object): string {
  const fields = Object.entries(filter)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${summary}:${JSON.stringify(Object.fromEntries(fields))}`;
}

/** The generation the data is at now; a stored answer of any other generation is not served. */
const currentGeneration = sql`(select ${dataGeneration.n} from ${dataGeneration} where ${dataGeneration.id} = 1)`;

export function summarized<F extends object, R>(summary: string, compute: (db: Db, filter: F) => Promise<R>, kept: NoInfer<F>[]): Summarized<F, R> {
  const keys = new Set(kept.map((f) => summaryKey(summary, f)));
  const query = async (db: Db, filter: F): Promise<R> => {
    const key = summaryKey(summary, filter);
    if (keys.has(key)) {
      const [stored] = await db
        .select({ value: summaries.value })
        .from(summaries)
        .where(and(eq(summaries.key, key), eq(summaries.generation, currentGeneration)));
      if (stored) return JSON.parse(stored.value) as R;
    }
    return compute(db, filter);
  };
  return Object.assign(query, { summary, compute, kept });
}
