// The content scripts injected into every page stay small (issue 7: at most 30 KB of JS besides
// the generated engine glue); the reader is not among them but loads when it opens.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { EXT_DIR, readManifest } from './lib/harness.mjs';

const BUDGET = 30 * 1024;
const GLUE = 'engine/tidings.js';

it(`content-script JS (without ${GLUE}) is at most ${BUDGET} bytes, and the reader loads on demand`, (t) => {
  const manifest = readManifest();
  const files = manifest.content_scripts.flatMap((cs) => cs.js ?? []).filter((f) => f !== GLUE);
  const sizes = files.map((f) => [f, statSync(join(EXT_DIR, f)).size]);
  const total = sizes.reduce((n, [, s]) => n + s, 0);
  t.diagnostic(`content scripts: ${total} bytes (${sizes.map(([f, s]) => `${f} ${s}`).join(', ')})`);
  assert.ok(total <= BUDGET, `content scripts are ${total} bytes, over the ${BUDGET}-byte budget`);
  assert.ok(!files.some((f) => f.startsWith('reader/')), 'the reader is injected into every page');
  const war = manifest.web_accessible_resources.flatMap((w) => w.resources);
  assert.ok(war.includes('reader/*.mjs') && war.includes('reader/reader.css'), 'the reader modules are not web-accessible (import() needs that)');
});
