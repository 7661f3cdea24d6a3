// Types for replay-export.mjs, so that the TypeScript scenario tests can use it.
export const EXPORT_FILES: readonly (readonly [format: string, extension: string])[];
export function writeExports(
  apiUrl: string,
  token: string,
  dialogueId: string,
  dir: string,
  options?: { include?: 'approved' | 'all' },
): Promise<string[]>;
