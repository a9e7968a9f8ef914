// Adds `wasm_bindgen.__tidings_reset()` to the wasm-bindgen glue (--target no-modules has no
// reset of its own): a fresh instance of the already compiled module, so that after a panic
// (wasm32 panics abort: a RuntimeError, the instance left in an unknown state) the next page
// gets a working engine. Usage: node tools/engine-reset.mjs extension/engine/tidings.js
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'extension/engine/tidings.js';
let glue = readFileSync(file, 'utf8');
const ret = 'return Object.assign(__wbg_init, { initSync }, exports);';
if (!glue.includes('__tidings_reset')) {
  if (!glue.includes(ret) || !glue.includes('function __wbg_finalize_init(instance, module)') ||
      !glue.includes('function __wbg_get_imports(')) {
    console.error(`engine-reset: ${file} does not look like wasm-bindgen no-modules glue`);
    process.exit(1);
  }
  const reset = `
    // Added by tools/engine-reset.mjs: a new instance of the compiled module after a crash.
    function __tidings_reset() {
        if (wasmModule === undefined) return false;
        const instance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
        __wbg_finalize_init(instance, wasmModule);
        return true;
    }

    return Object.assign(__wbg_init, { initSync, __tidings_reset }, exports);`;
  glue = glue.replace(ret, reset.trimStart());
  writeFileSync(file, glue);
}
