import { eq, sql, type SQL } from 'drizzle-orm';
import { assessments, municipalities } from '../schema';

/**
 * How an aggregate's columns are grouped: by prefecture (47 columns for the whole country,
 * bodies without a prefecture in one 「不明」 column) or by body, usually within one prefecture.
 * Every aggregate joins its table to `assessments` and `municipalities`.
 */
export type GroupBy = 'prefecture' | 'body';

export interface GroupFilter {
  by: GroupBy;
  /** only the bodies of this prefecture (its name, e.g. 東京都, or its 2-digit code) */
  prefecture?: string;
}

/** The body's name as shown: the resolved one; an unresolved body is never shown as a body. */
const bodyName = sql<string>`coalesce(${municipalities.name}, '(団体未特定) ' || ${assessments.bodyName}, '(団体未特定)')`;

/** A stable key per group: the prefecture's or body's code, else a name-based key. */
export function groupKey(by: GroupBy): SQL<string> {
  return by === 'prefecture'
    ? sql<string>`coalesce(substr(${municipalities.prefectureCode}, 1, 2), '00')`
    : sql<string>`coalesce(${municipalities.code}, 'name:' || ${bodyName})`;
}

/** The group's label in the documents' language. */
export function groupLabel(by: GroupBy): SQL<string> {
  return by === 'prefecture' ? sql<string>`coalesce(${municipalities.prefecture}, '(不明)')` : bodyName;
}

/** Groups in the order of the national code list (北海道 first), unknown ones last. */
export function groupOrder(by: GroupBy): SQL {
  return by === 'prefecture'
    ? sql`coalesce(${municipalities.prefectureCode}, '99')`
    : sql`coalesce(${municipalities.code}, '999999'), ${bodyName}`;
}

/** Restricts to one prefecture, given by name or by its 2-digit code. */
export function inPrefecture(prefecture: string | undefined): SQL | undefined {
  if (prefecture === undefined) return undefined;
  if (/^\d{2}$/.test(prefecture)) return sql`substr(${municipalities.prefectureCode}, 1, 2) = ${prefecture}`;
  return eq(municipalities.prefecture, prefecture);
}

/**
 * A field's recorded state (`uncertain`, `blank`, `absent`, `unread`), or null when it was read
 * with certainty. Aggregates count certain values and the uncertain ones beside them.
 */
export function fieldState(states: unknown, field: string): SQL<string | null> {
  return sql<string | null>`json_extract(${states}, ${`$.${field}.state`})`;
}
