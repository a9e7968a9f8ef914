// Smoke check after wasm-opt: the engine glue and wasm must instantiate and answer version().
// Catches a wasm-opt that silently corrupts wasm-bindgen output (as Debian's binaryen 108 does).
// Usage: node tools/check-wasm.mjs extension/engine
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'extension/engine';
const glue = readFileSync(join(dir, 'tidings.js'), 'utf8');
globalThis.self ??= globalThis;
const wasmBindgen = new Function(`${glue}\nreturn wasm_bindgen;`)();
try {
  await wasmBindgen({ module_or_path: new Uint8Array(readFileSync(join(dir, 'tidings_bg.wasm'))) });
  const version = wasmBindgen.version();
  if (typeof wasmBindgen.analyzeSnapshot !== 'function') {
    throw new Error('analyzeSnapshot is not exported');
  }
  console.log(`check-wasm: engine ${version} instantiates`);
} catch (e) {
  console.error(`check-wasm: ${dir}/tidings_bg.wasm does not work: ${e.message}`);
  process.exit(1);
}
