import type { Role } from '../shared/schemas';

/** The Worker's bindings, as wrangler.toml and `.dev.vars` / `wrangler secret` provide them. */
export interface Bindings {
  DB: D1Database;
  /** Lets an operator create a team; unset means bootstrap is switched off. */
  BOOTSTRAP_TOKEN?: string;
  /** Comma-separated extension origins allowed by CORS (chrome-extension://ID, moz-extension://UUID). */
  ALLOWED_ORIGINS?: string;
  /** Milliseconds a dialogue's clips must rest before it is assembled after a batch (default 300). */
  ASSEMBLY_QUIET_MS?: string;
  /** Requests per token per period ([[ratelimits]] in wrangler.toml); absent means no limit. */
  RATE_LIMITER?: RateLimit;
  /** wrangler.toml [assets]: worker/assets/, which holds the OpenAPI document. */
  ASSETS: Fetcher;
}

/** Who is calling, as the auth middleware found them from their token. */
export interface Caller {
  tokenId: string;
  team: { id: string; name: string };
  member: { id: string; name: string; role: Role };
  /** The role that governs access: the lower of the token's and the member's. */
  role: Role;
}

export type PublicEnv = { Bindings: Bindings };
export type AuthedEnv = { Bindings: Bindings; Variables: { caller: Caller } };
