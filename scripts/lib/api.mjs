// A few calls of the project's own HTTP API (/api/v1), for seeding and for the e2e tests.

export class ApiError extends Error {
  constructor(method, path, status, body) {
    const detail = body?.error?.message ?? (typeof body === 'string' ? body : JSON.stringify(body));
    super(`${method} ${path} answered ${status}: ${detail}`);
    this.status = status;
    this.body = body;
  }
}

/** Calls the API; resolves with the parsed JSON body, rejects with ApiError on a non-2xx answer. */
export async function api(baseUrl, path, { method = 'GET', token, body, headers = {} } = {}) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let parsed = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // keep the text: the error message shows it
  }
  if (!response.ok) throw new ApiError(method, path, response.status, parsed);
  return parsed;
}

/** POST /bootstrap: a new team with its first admin; resolves with {team, member, token}. */
export function bootstrapTeam(baseUrl, bootstrapSecret, { teamName, adminName }) {
  return api(baseUrl, '/bootstrap', { method: 'POST', token: bootstrapSecret, body: { teamName, adminName } });
}

export function createDialogue(baseUrl, token, dialogue) {
  return api(baseUrl, '/dialogues', { method: 'POST', token, body: dialogue });
}

export function getRecord(baseUrl, token, dialogueId) {
  return api(baseUrl, `/dialogues/${dialogueId}/record`, { token });
}

/** The demo dialogue `npm start` seeds: the Firearms dialogue's webcast on UN Web TV. */
export const DEMO_DIALOGUE = {
  title: 'Constructive Dialogue on Firearms',
  theme: 'firearms',
  date: '2026-06-03',
  webcastUrl: 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p',
  recordingStartedAt: '2026-06-03T13:00:00Z',
};
