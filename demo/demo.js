// The demo page, as a portal would use the npm package: load the parts
// the first screen needs (the checker and the calendar), the others when
// the user reaches them (the audit dashboard, a dropped Word file); keep
// one checker and one calendar, and show each answer where the user looks.
// Everything runs in the page; nothing is uploaded.
import { init, version, createChecker, createCalendar, audit, renderHtml, importDocx } from '../bindings/js/web.js';

const $ = (id) => document.getElementById(id);

const WORDS = {
  vi: {
    title: 'Kiểm tra HTQLCL theo TCVN ISO 9001', loading: 'Đang tải…', ready: 'Sẵn sàng', language: 'Ngôn ngữ',
    checkTitle: 'Kiểm tra quy trình',
    checkHelp: 'Dán nội dung quy trình (JSON) hoặc kéo thả tệp (JSON hoặc Word .docx) vào ô dưới đây; các phát hiện hiện ngay cạnh trường mà chúng chỉ tới.',
    asOf: 'Ngày kiểm tra', sample: 'Dùng quy trình mẫu', check: 'Kiểm tra', allFields: 'Hiện mọi trường',
    dueTitle: 'Tính ngày hẹn trả kết quả', received: 'Tiếp nhận lúc', limit: 'Thời hạn',
    workingDays: 'ngày làm việc', workingHours: 'giờ làm việc', calendarDays: 'ngày (theo lịch)', compute: 'Tính',
    auditTitle: 'Bảng điều khiển đánh giá nội bộ',
    auditHelp: 'Đánh giá mẫu của một Sở: điểm theo điều khoản và đơn vị, sự không phù hợp còn mở, điều kiện công bố.',
    conformity: 'tỷ lệ phù hợp', maturity: 'mức độ trưởng thành', show: 'Xem',
    summary: (r) => `${r.passed ? 'Đạt' : 'Chưa đạt'}: ${r.summary.errors} lỗi, ${r.summary.warnings} cảnh báo.`,
    due: (a) => `Ngày hẹn trả: ${dmy(a.dueDate)} (hạn ${a.dueAt.slice(11, 16)}), tính từ ${dmy(a.countedFrom)}${a.note ? ` — ${a.note}` : ''}`,
    notJson: 'Nội dung không phải JSON hợp lệ',
  },
  en: {
    title: 'Check a QMS against ISO 9001 (TCVN)', loading: 'Loading…', ready: 'Ready', language: 'Language',
    checkTitle: 'Check a procedure',
    checkHelp: 'Paste a procedure (JSON) or drop a file (JSON or Word .docx) on the box below; each finding shows next to the field it points at.',
    asOf: 'Check as of', sample: 'Use the sample procedure', check: 'Check', allFields: 'Show every field',
    dueTitle: 'Appointment date', received: 'Received at', limit: 'Time limit',
    workingDays: 'working days', workingHours: 'working hours', calendarDays: 'calendar days', compute: 'Compute',
    auditTitle: 'Internal audit dashboard',
    auditHelp: "A sample department's audit: scores by clause and unit, open nonconformities, readiness to announce.",
    conformity: 'conformity', maturity: 'maturity', show: 'Show',
    summary: (r) => `${r.passed ? 'Passed' : 'Not passed'}: ${r.summary.errors} error(s), ${r.summary.warnings} warning(s).`,
    due: (a) => `Due: ${dmy(a.dueDate)} at ${a.dueAt.slice(11, 16)}, counted from ${dmy(a.countedFrom)}${a.note ? ` — ${a.note}` : ''}`,
    notJson: 'The text is not valid JSON',
  },
};
const dmy = (iso) => iso.split('-').reverse().join('/');
let lang = 'vi';
const w = () => WORDS[lang];

function translate() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-t]')) {
    const text = w()[el.dataset.t];
    if (typeof text === 'string') el.textContent = text;
  }
  $('status').textContent = `${w().ready} (iso9001 ${version()})`;
}

await init({ parts: ['documents', 'calendar'] });
const [policy, sample, sampleAudit] = await Promise.all(
  ['../examples/policy.json', '../examples/documents/qt-dang-ky-khai-sinh.json', '../examples/audit/audit-2026.json'].map(
    (p) => fetch(new URL(p, import.meta.url)).then((r) => r.text()),
  ),
);
const checker = createChecker(policy);
const calendar = createCalendar();
translate();

// --- Checking a procedure: every field with the findings that point at it.
/** [pointer, value] of every leaf of the document, in order. */
function leaves(value, pointer = '') {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    if (entries.length === 0) return [[pointer, Array.isArray(value) ? '[]' : '{}']];
    return entries.flatMap(([k, v]) => leaves(v, `${pointer}/${k}`));
  }
  return [[pointer, String(value)]];
}

function runCheck() {
  const text = $('document').value;
  const rows = $('fields').tBodies[0];
  rows.replaceChildren();
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    $('check-summary').textContent = `${w().notJson}: ${e.message}`;
    $('check-summary').className = 'error-text';
    return;
  }
  let report;
  try {
    report = checker.checkDocument(text, { asOf: $('as-of').value, lang });
  } catch (e) {
    $('check-summary').textContent = `${e.code}: ${e.message}`;
    $('check-summary').className = 'error-text';
    return;
  }
  $('check-summary').textContent = w().summary(report);
  $('check-summary').className = report.passed ? '' : 'error-text';
  // A finding goes with the field it points at; one about a whole section
  // (`/steps`) or a missing field gets a row of its own.
  const fields = leaves(doc);
  const byRow = new Map(fields.map(([p]) => [p, []]));
  for (const f of report.findings) {
    if (!byRow.has(f.pointer)) byRow.set(f.pointer, []);
    byRow.get(f.pointer).push(f);
  }
  const value = new Map(fields);
  for (const [pointer, findings] of byRow) {
    const tr = rows.insertRow();
    tr.dataset.pointer = pointer;
    if (findings.length) tr.className = 'has-findings';
    tr.insertCell().textContent = pointer || '/';
    tr.cells[0].className = 'where';
    const v = tr.insertCell();
    v.className = 'value';
    v.textContent = value.get(pointer) ?? '—';
    const cell = tr.insertCell();
    for (const f of findings) {
      const span = document.createElement('span');
      span.className = `finding ${f.severity}`;
      const rule = document.createElement('b');
      rule.textContent = f.rule;
      span.append(rule, ` ${f.message}`);
      cell.append(span);
    }
  }
}

$('sample').addEventListener('click', () => {
  $('document').value = sample;
  runCheck();
});
$('check').addEventListener('click', runCheck);
// Only the fields with findings, unless every field is asked for.
$('all-fields').addEventListener('change', () => $('fields').classList.toggle('all', $('all-fields').checked));
const area = $('document');
area.addEventListener('dragover', (e) => {
  e.preventDefault();
  area.classList.add('drop');
});
area.addEventListener('dragleave', () => area.classList.remove('drop'));
area.addEventListener('drop', async (e) => {
  e.preventDefault();
  area.classList.remove('drop');
  const file = e.dataTransfer.files[0];
  if (!file) return;
  if (file.name.toLowerCase().endsWith('.docx')) {
    // A Word file is read in the page (nothing is uploaded).
    try {
      await init({ parts: ['docx'] });
      const imported = importDocx(new Uint8Array(await file.arrayBuffer()), { lang });
      area.value = JSON.stringify(imported.document, null, 2);
    } catch (err) {
      $('check-summary').textContent = `${err.code}: ${err.message}`;
      $('check-summary').className = 'error-text';
      return;
    }
  } else {
    area.value = await file.text();
  }
  runCheck();
});

// --- The appointment date.
$('due').addEventListener('click', () => {
  try {
    const a = calendar.query(
      { kind: 'due', received: $('received').value, limit: { value: Number($('limit').value), unit: $('unit').value } },
      { lang },
    );
    $('due-result').textContent = w().due(a.appointment);
    $('due-result').className = '';
  } catch (e) {
    $('due-result').textContent = `${e.code}: ${e.message}`;
    $('due-result').className = 'error-text';
  }
});

// --- The audit dashboard: the library's own HTML report.
async function showAudit() {
  try {
    await init({ parts: ['audit', 'html'] });
    const request = JSON.parse(sampleAudit);
    request.options = { ...(request.options ?? {}), model: $('model').value };
    const answer = audit(request, { lang });
    $('audit-report').srcdoc = renderHtml('audit', answer, { lang });
  } catch (e) {
    const esc = (t) => String(t).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
    $('audit-report').srcdoc = `<p>${esc(e.code ?? 'error')}: ${esc(e.message)}</p>`;
  }
}
$('audit').addEventListener('click', showAudit);

$('lang').addEventListener('change', () => {
  lang = $('lang').value;
  translate();
  if ($('document').value) runCheck();
  if ($('audit-report').srcdoc) showAudit();
});
document.body.dataset.ready = 'true';
