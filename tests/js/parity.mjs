// Prints the wasm module's JSON for the requests of tests/parity.sh:
// through the whole module, or with `--parts` through the modules of each
// capability (the browser's `init({ parts })`).
import { readFileSync } from 'node:fs';

const pkg = new URL('../../bindings/js/', import.meta.url);
const PARTS = ['catalogue', 'documents', 'calendar', 'audit', 'qms', 'html', 'docx'];
async function load() {
  if (!process.argv.includes('--parts')) return import('../../bindings/js/node.js');
  const web = await import('../../bindings/js/web.js');
  const bytes = (p) => readFileSync(new URL(`pkg/parts/${p}/iso9001_wasm_bg.wasm`, pkg));
  await web.init({ parts: Object.fromEntries(PARTS.map((p) => [p, bytes(p)])) });
  return web;
}
const iso = await load();

const lines = [];
const emit = (fn) => {
  try {
    lines.push(fn());
  } catch (e) {
    lines.push(JSON.stringify({ code: e.code, message: e.message, field: e.field }));
  }
};
emit(() => iso.rawJson('clause', '7.1.6', null, 'vi'));
emit(() => iso.rawJson('clause', '8.5.3', '2008', 'en'));
emit(() => iso.rawJson('search', 'hoach dinh', null, 'vi'));
emit(() => iso.rawJson('search', 'tri thuc', '{"edition":"2015","limit":3}', 'en'));
emit(() => iso.rawJson('map', '8.5.3', '2008', '2015', 'vi'));
emit(() => iso.rawJson('map', '7.1.5.1', '2015', '2000', 'en'));
emit(() => iso.rawJson('tree', '2008', 'en'));
emit(() => iso.rawJson('editions', 'vi'));
emit(() => iso.rawJson('transition', '{"from":"2008","to":"2015","covered":["4.2.3","8.2.2"]}', 'vi'));
emit(() => iso.rawJson('clause', '6.1.3', '2026', 'vi'));
emit(() => iso.rawJson('transition', '{"from":"2015","to":"2026","covered":["6.1.2","10.3"]}', 'en'));
emit(() => iso.clause('11.1', { lang: 'vi' }));
emit(() => iso.clause('4', { edition: '1994', lang: 'en' }));
const example = (p) => readFileSync(new URL(`../../examples/${p}`, import.meta.url), 'utf8');
emit(() => iso.createChecker(example('policy.json')).checkDocumentJson(example('documents/qt-dang-ky-khai-sinh.json'), { asOf: '2026-11-22' }));
emit(() => iso.createChecker(example('policy.json')).checkRegisterJson(example('register/register.json'), { asOf: '2026-11-22', lang: 'en' }));
emit(() => iso.rawJson('documentNumber', '2323/Qđ-UBND', 'vi'));
const cal = iso.createCalendar();
emit(() => cal.queryJson({ kind: 'due', received: '2026-02-12T16:10', limit: { value: 5, unit: 'workingDays' } }));
emit(() => cal.queryJson({ kind: 'year', year: 2026 }, { lang: 'en' }));
emit(() => cal.queryJson({ kind: 'toLunar', date: '2026-02-17' }));
emit(() => cal.trackDossiersJson(example('calendar/dossiers.json')));
emit(() => cal.queryBatchJson(example('calendar/queries.json'), { lang: 'en' }));
emit(() => iso.rawJson('audit', example('audit/audit-2026.json'), 'vi'));
emit(() => iso.rawJson('qms', example('audit/qms-2026.json'), 'en'));
// A procedure read from a Word file.
emit(() => iso.rawJson('importDocx', readFileSync(new URL('../../tests/corpus/docx/01-xa-tan-phu-dang-ky-khai-sinh.docx', import.meta.url)), 'vi'));
emit(() => (iso.createChecker(example('policy.json')).checkDocxJson(readFileSync(new URL('../../tests/corpus/docx/09-xa-tan-phu-dang-ky-thanh-lap-ho-kinh-doanh.docx', import.meta.url)), { asOf: '2026-11-22' })));
// The same answers as HTML pages for people.
emit(() => iso.renderHtml('audit', iso.rawJson('audit', example('audit/audit-2026.json'), 'vi'), { lang: 'vi' }));
emit(() => iso.renderHtml('dossiers', cal.trackDossiersJson(example('calendar/dossiers.json'), { lang: 'en' }), { lang: 'en' }));
// The corpus: one "kind path" per line, listed by tests/parity.sh.
for (const line of readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) {
  const [kind, path] = line.split(' ');
  if (kind === 'import') {
    emit(() => iso.rawJson('importDocx', readFileSync(path), 'vi'));
    continue;
  }
  if (kind === 'importAll') {
    emit(() => iso.rawJson('importDocxAll', readFileSync(path), 'vi'));
    continue;
  }
  const text = readFileSync(path, 'utf8');
  if (kind === 'dossiers') emit(() => cal.trackDossiersJson(text));
  else emit(() => iso.rawJson(kind, text, 'vi'));
}
process.stdout.write(lines.join('\n') + '\n');
