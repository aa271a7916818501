// Browser entry: `await init()` once, then call the API. `init()` loads
// the module with every capability; `init({ parts: [...] })` loads only
// the modules of the capabilities a page uses (each a fraction of the
// size), and may be called again to add more.
import { makeApi, Iso9001Error } from './api.js';

// Written out, not built from the name, so that bundlers see every file.
const PARTS = {
  catalogue: () => import('./pkg/parts/catalogue/iso9001_wasm.js'),
  documents: () => import('./pkg/parts/documents/iso9001_wasm.js'),
  calendar: () => import('./pkg/parts/calendar/iso9001_wasm.js'),
  audit: () => import('./pkg/parts/audit/iso9001_wasm.js'),
  qms: () => import('./pkg/parts/qms/iso9001_wasm.js'),
  html: () => import('./pkg/parts/html/iso9001_wasm.js'),
  docx: () => import('./pkg/parts/docx/iso9001_wasm.js'),
};

let whole = null;
const loaded = new Map();

/** Throws unless `name` is a part. */
function known(name) {
  if (!Object.hasOwn(PARTS, name)) {
    const names = Object.keys(PARTS).join(', ');
    throw new Iso9001Error(
      'invalid_input',
      `unknown part \`${name}\`; the parts are ${names} (không có phần \`${name}\`; các phần: ${names})`,
      'parts',
    );
  }
}

/** Instantiates a module's glue from `source` (absent: the .wasm next to it). */
async function start(glue, source) {
  await glue.default(source === undefined ? undefined : { module_or_path: source });
  return glue;
}

/** Loads one part; `source` as for `init`. */
async function loadPart(name, source) {
  if (!loaded.has(name)) loaded.set(name, await start(await PARTS[name](), source));
}

/**
 * Loads the library. With no argument, or a URL, Response, bytes or
 * WebAssembly.Module of the whole module: every capability. With
 * `{ parts: ['calendar', …] }` (or `{ parts: { calendar: source, … } }`):
 * only those capabilities, each a module of its own.
 */
export async function init(input) {
  const asked = input !== null && typeof input === 'object' && !ArrayBuffer.isView(input) && 'parts' in input;
  if (!asked) {
    if (!whole) {
      // Imported here, not at the top: a page of parts never fetches it.
      whole = await start(await import('./pkg/iso9001_wasm.js'), input);
    }
    return;
  }
  const { parts } = input;
  const plain = parts !== null && typeof parts === 'object' && Object.getPrototypeOf(parts) === Object.prototype;
  if (!Array.isArray(parts) && !plain) {
    throw new Iso9001Error(
      'invalid_input',
      "`parts` is a list of part names or an object of part sources, e.g. { parts: ['calendar'] } " +
        "(`parts` là danh sách tên phần hoặc một đối tượng nguồn theo từng phần, ví dụ { parts: ['calendar'] })",
      'parts',
    );
  }
  const wanted = Array.isArray(parts) ? parts.map((p) => [p, undefined]) : Object.entries(parts);
  for (const [name] of wanted) known(name);
  // The whole module, once loaded, serves every part.
  if (whole) return;
  await Promise.all(wanted.map(([name, source]) => loadPart(name, source)));
}

const api = makeApi(
  (part) => {
    if (whole) return whole;
    const r = loaded.get(part);
    if (r) return r;
    throw new Iso9001Error(
      'not_initialized',
      `call \`await init()\` or \`await init({ parts: ['${part}'] })\` first ` +
        `(hãy gọi \`await init()\` hoặc \`await init({ parts: ['${part}'] })\` trước)`,
    );
  },
  () => [...(whole ? [whole] : []), ...loaded.values()],
);

export { Iso9001Error };
export const {
  version, editions, clause, search, map, tree, transition, rules, documentNumber, createChecker,
  createCalendar, audit, qms, auditRules, rawJson, memoryBytes, renderHtml, importDocx,
  importDocxAll,
} = api;
