// `npm run deploy` refuses to start with the placeholder database_id (the repository's own
// wrangler.toml today) and accepts a real one. It is never run for real here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configProblem } from '../../scripts/deploy.mjs';
import { ROOT } from './build';

const toml = (id: string) => `name = "x"\n\n[[d1_databases]]\nbinding = "DB"\ndatabase_id = "${id}"\nmigrations_dir = "migrations"\n`;

describe('npm run deploy, before it touches anything', () => {
  it('stops on the placeholder database_id with what to do', () => {
    expect(configProblem(toml('00000000-0000-0000-0000-000000000000'))).toMatch(/placeholder database_id[\s\S]*wrangler d1 create/);
  });

  it('stops when there is no database_id', () => {
    expect(configProblem('name = "x"\n')).toMatch(/no database_id/);
  });

  it('goes on with a real database_id', () => {
    expect(configProblem(toml('4f1c8a2e-9b7d-4c3e-8a61-2d5e7f9b0c14'))).toBeNull();
  });

  it('reads the repository wrangler.toml the same way (a placeholder or a real id, never unreadable)', () => {
    const problem = configProblem(readFileSync(path.join(ROOT, 'wrangler.toml'), 'utf8'));
    expect(problem === null || problem.includes('placeholder')).toBe(true);
  });
});
