// Components read their words through t(); tests render them in English, as a page does after setupI18n.
// Imported inside the hook: WXT's fake browser is installed after this file's top level runs.
import { beforeAll } from 'vitest';

beforeAll(async () => {
  const { allNamespaces, loadMessages } = await import('../../../extension/lib/i18n');
  await loadMessages('en', allNamespaces());
});
