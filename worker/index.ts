import { Hono } from 'hono';

const app = new Hono().get('/api/v1/health', (c) => c.json({ ok: true }));

export default app;
