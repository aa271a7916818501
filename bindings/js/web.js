// Browser entry: `await init()` once, then call the API.
import initWasm from './pkg/iso9001_wasm.js';
import * as raw from './pkg/iso9001_wasm.js';
import { makeApi, Iso9001Error } from './api.js';

let ready = false;

/**
 * Loads the module. `input` is optional: a URL, Response, bytes or
 * WebAssembly.Module; by default the .wasm next to this file is fetched.
 */
export async function init(input) {
  if (!ready) {
    await initWasm(input === undefined ? undefined : { module_or_path: input });
    ready = true;
  }
}

const api = makeApi(() => {
  if (!ready) throw new Iso9001Error('not_initialized', 'call `await init()` first (hãy gọi `await init()` trước)');
  return raw;
});

export { Iso9001Error };
export const {
  version, editions, clause, search, map, tree, transition, rules, documentNumber, createChecker,
  createCalendar, audit, qms, auditRules, rawJson, memoryBytes, renderHtml, importDocx,
} = api;
