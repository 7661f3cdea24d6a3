import { drizzle, type DrizzleD1Database } from 'drizzle-orm/d1';

export type Db = DrizzleD1Database & { $client: D1Database };

const cache = new WeakMap<D1Database, Db>();

/** One drizzle wrapper per D1 binding; building one is cheap, but there is no need to repeat it. */
export function getDb(binding: D1Database): Db {
  let db = cache.get(binding);
  if (!db) {
    db = drizzle(binding);
    cache.set(binding, db);
  }
  return db;
}
