// Node entry: the module is loaded synchronously at import; `init()` is
// accepted for symmetry with the browser entry and does nothing more.
import { readFileSync } from 'node:fs';
import { initSync } from './pkg/iso9001_wasm.js';
import * as raw from './pkg/iso9001_wasm.js';
import { makeApi, Iso9001Error } from './api.js';

initSync({ module: readFileSync(new URL('./pkg/iso9001_wasm_bg.wasm', import.meta.url)) });

/** Already initialised in Node; kept so code can run in both places. */
export async function init() {}

const api = makeApi(() => raw, () => [raw]);

export { Iso9001Error };
export const {
  version, editions, clause, search, map, tree, transition, rules, documentNumber, createChecker,
  createCalendar, audit, qms, auditRules, rawJson, memoryBytes, renderHtml, importDocx,
  importDocxAll,
} = api;
