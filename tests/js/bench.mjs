// The Node benchmark of the performance issue (figures in benches/README.md):
//   node tests/js/bench.mjs [--quick]
// prints, in one process on one machine,
//   1. wasm vs native for each exported call (the same JSON in and out; the
//      native side is benches/src/bin/ops_timing.rs, run on the same cases);
//   2. wasm vs ajv: checkDocumentJson(text) and checkDocument(object) against
//      JSON.parse(text) + ajv validating the ProcedureDocument schema, on the
//      examples and the test corpus;
//   3. a due-date query per call, and adding working days with date-holidays;
//   4. the module's size.
// Timing: the median of five rounds of at least 100 ms (20 ms with --quick),
// after a warm-up of a second (0.2 s) per case, so that V8 has moved the hot
// wasm functions from its baseline compiler to the optimizing one.
// Not a test: it asserts nothing and is not run by the test command.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import Holidays from 'date-holidays';
import * as iso from '../../bindings/js/node.js';

const root = new URL('../../', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const roundMs = quick ? 20 : 100;

/** Runs `f` for `ms` milliseconds: V8 first runs wasm in its baseline
 * compiler and moves hot functions to the optimizing one as they run
 * (about a second for a check), so every case is warmed before it is timed. */
function warm(f, ms) {
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() - start < BigInt(ms) * 1_000_000n) f();
}

/** Nanoseconds per call: median of five rounds of at least `roundMs`,
 * after a warm-up. */
function time(f) {
  warm(f, quick ? 200 : 1000);
  const rounds = [];
  for (let k = 0; k < 5; k++) {
    let n = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < BigInt(roundMs) * 1_000_000n) {
      f();
      n++;
      elapsed = process.hrtime.bigint() - start;
    }
    rounds.push(Number(elapsed) / n);
  }
  rounds.sort((a, b) => a - b);
  return rounds[2];
}

const read = (p) => readFileSync(join(root, p), 'utf8');
const examples = readdirSync(join(root, 'examples/documents')).map((f) => `examples/documents/${f}`);
const corpus = readdirSync(join(root, 'tests/corpus/documents'))
  .filter((f) => /^\d.*\.json$/.test(f) && !f.includes('expected'))
  .map((f) => `tests/corpus/documents/${f}`);
const documents = [...examples, ...corpus];
const asOf = '2026-12-01';
const due = '{"kind":"due","received":"2026-02-12T16:10","limit":{"value":5,"unit":"workingDays"}}';
// A page of 1,000 dossiers: received through 2026 (Tết and 2/9 included),
// with the limits procedures have.
const limits = [[1, 'workingDays'], [3, 'workingDays'], [5, 'workingDays'], [10, 'workingDays'],
  [15, 'workingDays'], [20, 'workingDays'], [4, 'workingHours'], [8, 'workingHours'], [30, 'calendarDays']];
const pad = (n) => String(n).padStart(2, '0');
const page = Array.from({ length: 1000 }, (_, i) => {
  const t = new Date(Date.UTC(2026, 0, 5, 8, 0) + i * 523 * 60000);
  const received = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  const [value, unit] = limits[i % limits.length];
  return { kind: 'due', received, limit: { value, unit } };
});
const pageText = JSON.stringify(page);

// 1. The same calls, natively and in wasm.
const cases = [
  { name: 'clause 7.1.6', op: 'clause', args: ['7.1.6', '2015'] },
  { name: 'search "hoach dinh", all editions', op: 'search', args: ['hoach dinh', ''] },
  ...examples.map((p) => ({ name: `check ${p.split('/').pop()}`, op: 'checkDocument', args: [read(p), asOf] })),
  { name: 'check register (example)', op: 'checkRegister', args: [read('examples/register/register.json'), asOf] },
  { name: 'due-date query', op: 'calendarQuery', args: [due] },
  { name: 'due dates, batch of 1,000', op: 'calendarBatch', args: [pageText] },
  { name: 'track dossiers (example)', op: 'trackDossiers', args: [read('examples/calendar/dossiers.json')] },
  { name: 'audit (example)', op: 'audit', args: [read('examples/audit/audit-2026.json')] },
  { name: 'agency check (example)', op: 'qms', args: [read('examples/audit/qms-2026.json')] },
  { name: 'import 30-page .docx', op: 'importDocx', args: [join(root, 'benches/inputs/procedure-30-pages.docx')] },
];
const dir = mkdtempSync(join(tmpdir(), 'iso9001-bench-'));
writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));
execFileSync('cargo', ['build', '-q', '--release', '-p', 'iso9001-benches', '--bin', 'ops_timing'], { cwd: root, stdio: 'inherit' });
const native = JSON.parse(execFileSync(join(root, 'target/release/ops_timing'), [join(dir, 'cases.json')], { encoding: 'utf8' }));

const checker = iso.createChecker();
const calendar = iso.createCalendar();
const wasmCall = {
  clause: ([n, e]) => () => iso.rawJson('clause', n, e, 'vi'),
  search: ([q]) => () => iso.rawJson('search', q, null, 'vi'),
  checkDocument: ([t, d]) => () => checker.checkDocumentJson(t, { asOf: d }),
  checkRegister: ([t, d]) => () => checker.checkRegisterJson(t, { asOf: d }),
  calendarQuery: ([q]) => () => calendar.queryJson(q),
  calendarBatch: ([qs]) => () => calendar.queryBatchJson(qs),
  trackDossiers: ([b]) => () => calendar.trackDossiersJson(b),
  audit: ([r]) => () => iso.rawJson('audit', r, 'vi'),
  qms: ([r]) => () => iso.rawJson('qms', r, 'vi'),
  importDocx: ([p]) => {
    const bytes = readFileSync(p);
    return () => iso.rawJson('importDocx', bytes, 'vi');
  },
};
const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(2)} µs`);
// Every case in turn for two seconds first: the shared code (JSON, the
// allocator) reaches the optimizing compiler before anything is timed.
{
  const all = cases.map((c) => wasmCall[c.op](c.args));
  warm(() => all.forEach((f) => f()), 2000);
}
console.log('1. wasm vs native, the same call (target <= 2.00)');
let worst = 0;
for (const c of cases) {
  const w = time(wasmCall[c.op](c.args));
  const r = w / native[c.name];
  worst = Math.max(worst, r);
  console.log(`   ${c.name.padEnd(44)} native ${fmt(native[c.name]).padStart(10)}  wasm ${fmt(w).padStart(10)}  ratio ${r.toFixed(2)}`);
}
console.log(`   worst ratio ${worst.toFixed(2)}: ${worst <= 2 ? 'meets target' : 'MISSES target'}`);

// 2. Against a JSON Schema validator.
const ajv = new Ajv2020({ allErrors: false, strict: false, validateFormats: false });
const validate = ajv.compile(JSON.parse(read('bindings/schema/ProcedureDocument.json')));
console.log('2. wasm vs JSON.parse + ajv validate (targets: text <= 1.50, object <= 2.00)');
const ratios = { text: [], object: [] };
for (const p of documents) {
  const text = read(p);
  const obj = JSON.parse(text);
  if (!validate(obj)) console.log(`   note: ajv rejects ${p}: ${ajv.errorsText(validate.errors)}`);
  const base = time(() => validate(JSON.parse(text)));
  const t = time(() => checker.checkDocumentJson(text, { asOf }));
  const o = time(() => checker.checkDocument(obj, { asOf }));
  ratios.text.push(t / base);
  ratios.object.push(o / base);
  console.log(`   ${p.split('/').pop().padEnd(58)} ${String(text.length).padStart(6)} B  parse+ajv ${fmt(base).padStart(9)}  text ${(t / base).toFixed(2)}  object ${(o / base).toFixed(2)}`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);
console.log(`   from text:   median ${median(ratios.text).toFixed(2)}, worst ${max(ratios.text).toFixed(2)}: ${max(ratios.text) <= 1.5 ? 'meets target' : 'MISSES target'}`);
console.log(`   from object: median ${median(ratios.object).toFixed(2)}, worst ${max(ratios.object).toFixed(2)}: ${max(ratios.object) <= 2 ? 'meets target' : 'MISSES target'}`);

// 3. Due dates.
console.log('3. due dates (target <= 3 µs per query)');
const q = time(() => calendar.queryJson(due));
const qo = time(() => calendar.query(JSON.parse(due)));
const hd = new Holidays('VN');
const addWorkingDays = (from, n) => {
  const d = new Date(from);
  while (n > 0) {
    d.setDate(d.getDate() + 1);
    const wd = d.getDay();
    if (wd !== 0 && wd !== 6 && !hd.isHoliday(d)) n--;
  }
  return d;
};
const h = time(() => addWorkingDays('2026-02-12T16:10:00', 5));
console.log(`   queryJson(text) ${fmt(q)}, query(object) ${fmt(qo)}: ${q <= 3000 ? 'meets target' : 'MISSES target'}`);
const b = time(() => calendar.queryBatchJson(pageText)) / page.length;
const bo = time(() => calendar.queryBatch(page)) / page.length;
const nb = native['due dates, batch of 1,000'] / page.length;
console.log(`   batch of 1,000: per query ${fmt(b)} (text), ${fmt(bo)} (objects in and out); native ${fmt(nb)}: ${b <= 3000 ? 'meets target' : 'MISSES target'}`);
console.log(`   date-holidays (VN), 5 working days day by day: ${fmt(h)} (no substitute days off, no hours)`);

// 4. Size.
// The budget holds for each module a page loads: the parts (one per
// capability, the Word reader among them); the whole module is reported.
const size = (path) => {
  const bytes = readFileSync(join(root, 'bindings/js/pkg', path));
  return [bytes.length, gzipSync(bytes, { level: 9 }).length];
};
const kb = (n) => `${(n / 1000).toFixed(0)} KB`;
console.log('4. module size (target 700 KB raw / 220 KB gzip for each module a page loads)');
const [wr, wg] = size('iso9001_wasm_bg.wasm');
console.log(`   whole (every capability)   ${kb(wr).padStart(8)} raw ${kb(wg).padStart(7)} gzip`);
let over = 0;
for (const part of ['catalogue', 'documents', 'calendar', 'audit', 'qms', 'html', 'docx']) {
  const [r, g] = size(`parts/${part}/iso9001_wasm_bg.wasm`);
  if (r > 700_000 || g > 220_000) over += 1;
  console.log(`   part ${part.padEnd(21)} ${kb(r).padStart(8)} raw ${kb(g).padStart(7)} gzip`);
}
console.log(`   ${over === 0 ? 'every part meets target' : `${over} part(s) MISS target`}`);
checker.free();
calendar.free();
