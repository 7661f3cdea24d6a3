/** Why wrangler.toml is not ready to deploy (placeholder or missing database_id), or null. */
export function configProblem(toml: string): string | null;
