// The fault-injecting HTTP proxy between the observers' backgrounds and `wrangler dev`: one
// listening port per observer, so a fault ("this port is down") hits only that observer and the
// observer's n-th POST /clips is known without parsing tokens. Other requests pass untouched.
import http from 'node:http';
import { faultAt } from './chaos-schedule.mjs';

/**
 * Starts one proxy to `targetUrl` per observer, each on a port the system picks (kept for its
 * reopenings). `browsers[o].takeTrap()` (filled in once the proxies' URLs are known) says whether
 * observer o's background is to be terminated at this request; `counts` receives the faults.
 */
export async function startProxies({ plan, targetUrl, browsers, counts, onError }) {
  const target = new URL(targetUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const proxies = Array.from({ length: plan.observers }, (_, o) => createProxy(o));
  await Promise.all(proxies.map((p) => p.open()));

  /** Sends the request on to the Worker and reads its whole answer. */
  function forward(req, body) {
    return new Promise((resolve, reject) => {
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, agent, headers: { ...req.headers, host: target.host } },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });
  }

  function reply(res, answer) {
    if (res.destroyed) return;
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    delete headers['keep-alive'];
    headers['content-length'] = String(answer.body.length);
    res.writeHead(answer.status, headers).end(answer.body);
  }

  /** The Worker itself dropped the connection (it happens under load): a 502, as a real proxy answers. */
  function upstreamFailed() {
    counts.upstreamErrors++;
    return jsonError(502, 'bad_gateway', 'The Worker closed the connection');
  }

  const jsonError = (status, code, message, extra = {}) => ({
    status,
    headers: { 'content-type': 'application/json', ...extra },
    body: Buffer.from(JSON.stringify({ error: { code, message } })),
  });

  function createProxy(o) {
    let port = 0;
    let ordinal = 0;
    let finished = false;
    const server = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('error', () => {});
      req.on('end', () =>
        handle(req, res, Buffer.concat(chunks)).catch((err) => {
          onError(`proxy ${o + 1}: ${err?.stack ?? err}`);
          res.destroy();
        }),
      );
    });
    server.keepAliveTimeout = 5_000;

    async function handle(req, res, body) {
      if (!(req.method === 'POST' && req.url?.endsWith('/clips'))) return reply(res, await forward(req, body).catch(upstreamFailed));
      counts.requests++;
      if (browsers[o].takeTrap()) {
        // The Worker stores the batch; the background dies before the answer reaches it.
        await forward(req, body).catch(upstreamFailed);
        await browsers[o].terminate('mid-send');
        res.destroy();
        return;
      }
      // Trapped requests are not numbered, so a termination never takes a planned fault's place.
      const n = ++ordinal;
      const fault = faultAt(plan, o, n);
      if (fault) counts.faults[fault.kind]++;
      switch (fault?.kind) {
        case 'refused':
          // Reset this connection and keep the port closed a while: retries meanwhile are refused.
          res.destroy();
          await down(fault.downMs);
          return;
        case 'http500':
          if (fault.afterWrite) await forward(req, body).catch(upstreamFailed);
          return reply(res, jsonError(500, 'internal', 'Injected failure'));
        case 'http503':
          return reply(res, jsonError(503, 'unavailable', 'Injected overload', { 'retry-after': String(fault.retryAfterS) }));
        case 'timeout': {
          // Hold the request past the client's own timeout; the client gives up and closes.
          let timer;
          const gone = new Promise((resolve) => res.on('close', resolve));
          const t0 = Date.now();
          if (fault.afterWrite) await forward(req, body).catch(upstreamFailed);
          await Promise.race([gone, new Promise((resolve) => (timer = setTimeout(resolve, 120_000)))]);
          clearTimeout(timer);
          if (process.env.CHAOS_DEBUG) console.log(`timeout held ${Date.now() - t0} ms (observer ${o + 1}, request ${n})`);
          res.destroy();
          return;
        }
        case 'lost':
          await forward(req, body).catch(upstreamFailed);
          res.destroy();
          return;
        default: {
          const answer = await forward(req, body).catch(upstreamFailed);
          if (answer.status === 429) counts.throttled++;
          if (answer.status === 409) counts.inFlight409++;
          return reply(res, answer);
        }
      }
    }

    function open() {
      if (finished) return Promise.resolve();
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          port = server.address().port;
          resolve();
        });
      });
    }

    function close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }

    async function down(ms) {
      await close();
      await new Promise((resolve) => setTimeout(resolve, ms));
      // Another process may have taken the port meanwhile; it is tried again until it is free.
      for (;;) {
        try {
          return await open();
        } catch (error) {
          if (error?.code !== 'EADDRINUSE') throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    }

    const finish = () => ((finished = true), close());
    return {
      open,
      finish,
      get url() {
        return `http://127.0.0.1:${port}`;
      },
    };
  }

  return {
    urls: proxies.map((p) => p.url),
    close: async () => {
      await Promise.all(proxies.map((p) => p.finish()));
      agent.destroy();
    },
  };
}
