import type { InValue } from '@libsql/client';
import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * Multi-row INSERT statements for a drizzle table, built straight from its column metadata:
 * ingestion writes a few thousand rows per document, and the query builder's per-value work
 * cost more than the writing itself. Values go through each column's own driver mapping (JSON,
 * booleans), so a row is stored exactly as the builder would store it. Every row must carry
 * every column it wants stored; a key the table lacks is ignored, a missing one is NULL.
 */
export interface Statement {
  sql: string;
  args: InValue[];
}

export function insertStatements<T extends SQLiteTable>(table: T, rows: T['$inferInsert'][], batch = 3000): Statement[] {
  if (!rows.length) return [];
  const { name } = getTableConfig(table);
  const byKey = keyedColumns(table);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => byKey.has(k));
  const used = keys.map((k) => byKey.get(k)!);
  const perRow = Math.max(1, Math.floor(batch / keys.length));
  const head = `insert into "${name}" (${used.map((c) => `"${columnName(c)}"`).join(', ')}) values `;
  const tuple = `(${keys.map(() => '?').join(', ')})`;
  const statements: Statement[] = [];
  for (let i = 0; i < rows.length; i += perRow) {
    const chunk = rows.slice(i, i + perRow);
    const args = chunk.flatMap((row) =>
      used.map((column, j) => {
        const value = (row as Record<string, unknown>)[keys[j]!];
        return value === undefined || value === null ? null : (column.mapToDriverValue(value) as InValue);
      }),
    );
    statements.push({ sql: head + chunk.map(() => tuple).join(', '), args });
  }
  return statements;
}

/** The column's name in the database: the db's casing is snake_case (db/client.ts). */
const columnName = (c: SQLiteColumn) => (c.keyAsName ? toSnakeCase(c.name) : c.name);

const keyed = new WeakMap<SQLiteTable, Map<string, SQLiteColumn>>();

/** A table's columns by their TypeScript key (the table object's own properties). */
function keyedColumns(table: SQLiteTable): Map<string, SQLiteColumn> {
  let map = keyed.get(table);
  if (!map) {
    const columns = new Set(getTableConfig(table).columns);
    map = new Map(Object.entries(table).filter(([, v]) => columns.has(v as SQLiteColumn)) as [string, SQLiteColumn][]);
    keyed.set(table, map);
  }
  return map;
}
