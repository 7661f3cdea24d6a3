import type { $ZodError } from 'zod/v4/core';
import type { Problem } from '../../shared/schemas';

/**
 * Zod issues as problems with dotted paths. An unknown field becomes a problem at that field's
 * own path, so a client can point at it (zod reports it at the enclosing object).
 */
export function zodProblems(error: $ZodError, prefix: (string | number)[] = []): Problem[] {
  return error.issues.flatMap((issue) => {
    const at = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: joinPath([...at, key]), message: 'is not a known field' }));
    }
    return [{ path: joinPath(at), message: issue.message }];
  });
}

function joinPath(path: (string | number)[]): string {
  return path.map(String).join('.') || '(body)';
}
