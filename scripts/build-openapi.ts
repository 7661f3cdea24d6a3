// npm run openapi: writes the API's OpenAPI document (worker/openapi/) to worker/assets/openapi.json,
// which the Worker serves. Run it after changing a route, its documentation or a shared schema;
// tests/unit/openapi-document.test.ts fails while the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOCUMENT_PATH, openApiDocumentText } from '../worker/openapi/serialize';

const file = path.resolve(import.meta.dirname, '..', DOCUMENT_PATH);
const text = openApiDocumentText();
let before = '';
try {
  before = readFileSync(file, 'utf8');
} catch {
  // first run: nothing to compare with
}
if (before === text) {
  console.log(`${DOCUMENT_PATH} is up to date`);
} else {
  writeFileSync(file, text);
  console.log(`wrote ${DOCUMENT_PATH} (${text.length} bytes)`);
}
