import type { SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';

const dialect = new SQLiteAsyncDialect();

/**
 * Runs hand-written statements as one atomic D1 batch. drizzle's own db.batch() cannot take raw
 * `sql` queries that bind parameters (it loses their prepared statement), so these go to the
 * binding directly, still built and parameterised by drizzle's `sql` template.
 */
export function rawBatch(db: Db, queries: SQL[]): Promise<D1Result[]> {
  const statements = queries.map((query) => {
    const { sql, params } = dialect.sqlToQuery(query);
    return db.$client.prepare(sql).bind(...params);
  });
  return db.$client.batch(statements);
}
