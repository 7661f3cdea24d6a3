import type { AssemblyOptions, AssemblyResult, ClipIn } from './model';
import { startAssembly } from './incremental';

/**
 * Clips in, record out. Pure and deterministic: the clips are put in a total order first, so
 * the input order never matters, and every clip ends up in exactly one intervention.
 */
export function assemble(clips: readonly ClipIn[], options: AssemblyOptions): AssemblyResult {
  return startAssembly(clips, options).result;
}
