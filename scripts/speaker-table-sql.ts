/**
 * Writes the built-in speaker table (shared/speakers/table.ts) as SQL for the Worker's D1 table
 * `speaker_entities`, which the Worker reads instead of bundling the table.
 *
 *   npm run speakers:sql                       print the INSERT statements
 *   npm run speakers:sql -- --replace          print DELETE + INSERT (for a later migration)
 *   npm run speakers:sql -- --append FILE      append them to FILE (with --replace: DELETE first)
 *   npm run speakers:sql -- --new NAME         after a change to shared/speakers/data: make a new numbered
 *                                              migration (drizzle-kit generate --custom) holding DELETE + INSERT
 *
 * tests/worker/speaker-table.test.ts fails while the migrated table differs from the shared one.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SPEAKER_TABLE } from '../shared/speakers/table';
import type { SpeakerEntity } from '../shared/speakers/types';

/** Rows per INSERT: about 10 KB of SQL each (the largest about 35 KB), well under D1's 100 KB per statement. */
const ROWS_PER_STATEMENT = 50;
const MAX_STATEMENT_BYTES = 90_000;
/** drizzle-kit's separator between statements; wrangler ignores it (it is an SQL comment). */
const BREAKPOINT = '--> statement-breakpoint';

const ROOT = path.resolve(import.meta.dirname, '..');

/** An SQL string literal: quotes doubled, nothing else needs escaping (JSON text has no raw control characters). */
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** The statements that fill `speaker_entities` with `table`, in its order; with `replace`, emptied first. */
export function speakerTableStatements(table: readonly SpeakerEntity[], { replace = false } = {}): string[] {
  const statements = replace ? ['DELETE FROM `speaker_entities`;'] : [];
  for (let start = 0; start < table.length; start += ROWS_PER_STATEMENT) {
    const rows = table
      .slice(start, start + ROWS_PER_STATEMENT)
      .map((e, i) => `(${start + i}, ${literal(e.id)}, ${literal(e.kind)}, ${literal(JSON.stringify(e))})`);
    const statement = `INSERT INTO \`speaker_entities\` (\`position\`, \`id\`, \`kind\`, \`entity\`) VALUES\n${rows.join(',\n')};`;
    const bytes = Buffer.byteLength(statement);
    if (bytes > MAX_STATEMENT_BYTES) throw new Error(`an INSERT of ${bytes} bytes is too large for D1: lower ROWS_PER_STATEMENT`);
    statements.push(statement);
  }
  return statements;
}

function sqlText(replace: boolean): string {
  return `${speakerTableStatements(SPEAKER_TABLE, { replace }).join(`\n${BREAKPOINT}\n`)}\n`;
}

/** The file of the migration drizzle-kit just made: the journal's last entry. */
function newCustomMigration(name: string): string {
  execFileSync('npx', ['drizzle-kit', 'generate', '--custom', '--name', name], { cwd: ROOT, stdio: 'inherit' });
  const journal = JSON.parse(readFileSync(path.join(ROOT, 'migrations/meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return path.join(ROOT, 'migrations', `${journal.entries.at(-1)!.tag}.sql`);
}

function main(): void {
  const { values } = parseArgs({
    options: { replace: { type: 'boolean', default: false }, append: { type: 'string' }, new: { type: 'string' } },
  });
  if (values.new !== undefined) {
    const file = newCustomMigration(values.new);
    // drizzle-kit's custom file starts with a comment line; the statements follow it.
    appendFileSync(file, `\n${sqlText(true)}`);
    console.log(`wrote the speaker table (${SPEAKER_TABLE.length} rows) into ${path.relative(ROOT, file)}: add its test to tests/worker/migrations.test.ts`);
  } else if (values.append !== undefined) {
    appendFileSync(values.append, `\n${BREAKPOINT}\n${sqlText(values.replace)}`);
    console.log(`appended the speaker table (${SPEAKER_TABLE.length} rows) to ${values.append}`);
  } else {
    process.stdout.write(sqlText(values.replace));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();
