// Every message the extension asks for exists in English and Hindi, and the two locales hold the
// same keys and placeholders. (The reader's words in Hindi are checked in a browser by
// lib/reader-suite.mjs.)
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { EXT_DIR } from './lib/harness.mjs';

const load = (loc) => JSON.parse(readFileSync(join(EXT_DIR, '_locales', loc, 'messages.json'), 'utf8'));
const en = load('en');
const hi = load('hi');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'engine' || name === '_locales' ? [] : files(path);
    return /\.(m?js|html|json)$/.test(name) ? [path] : [];
  });
}

it('en and hi hold the same messages with the same placeholders', () => {
  assert.deepEqual(Object.keys(hi).sort(), Object.keys(en).sort());
  for (const key of Object.keys(en)) {
    assert.deepEqual(Object.keys(hi[key].placeholders ?? {}), Object.keys(en[key].placeholders ?? {}), `placeholders of ${key}`);
    assert.ok(hi[key].message.trim(), `hi ${key} is empty`);
  }
});

it('every message key used in extension/ exists', () => {
  const missing = [];
  const dynamic = { speaker_: [], reader_theme_: [], reader_font_: [], kind_: [], reader_: [] };
  for (const file of files(EXT_DIR)) {
    const text = readFileSync(file, 'utf8');
    const keys = [
      ...[...text.matchAll(/\b(?:say|getMessage)\(\s*'([a-z0-9_@]+)'/g)].map((m) => m[1]),
      ...[...text.matchAll(/data-i18n="([a-z0-9_]+)"/g)].map((m) => m[1]),
      ...[...text.matchAll(/__MSG_([a-z0-9_]+)__/g)].map((m) => m[1]),
      ...[...text.matchAll(/say\(\s*s\.official \? '([a-z_]+)' : '([a-z_]+)'/g)].flatMap((m) => [m[1], m[2]]),
      ...[...text.matchAll(/say\(\s*ok \? '([a-z_]+)' : '([a-z_]+)'/g)].flatMap((m) => [m[1], m[2]]),
    ];
    for (const key of keys) if (!key.startsWith('@@') && !(key in en)) missing.push(`${relative(EXT_DIR, file)}: ${key}`);
  }
  for (const prefix of Object.keys(dynamic)) assert.ok(Object.keys(en).some((k) => k.startsWith(prefix)), prefix);
  for (const v of ['system', 'light', 'sepia', 'dark']) assert.ok(`reader_theme_${v}` in en, `reader_theme_${v}`);
  for (const v of ['serif', 'sans', 'dyslexic']) assert.ok(`reader_font_${v}` in en, `reader_font_${v}`);
  for (const v of ['ad', 'weather', 'headlines', 'promo']) assert.ok(`kind_${v}` in en, `kind_${v}`);
  for (const v of ['government', 'official', 'police', 'court', 'regulator', 'company', 'organisation', 'politician', 'person', 'anonymous']) {
    assert.ok(`speaker_${v}` in en, `speaker_${v}`);
  }
  assert.deepEqual(missing, []);
});
