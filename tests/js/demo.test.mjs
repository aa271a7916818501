// The demo page (demo/), served as a portal would serve it and driven in
// Debian's headless Chromium: each panel works, in both languages, and
// screenshots are kept in target/demo-artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'target/demo-artifacts');
let server;
let browser;
let page;
const errors = [];
// The wasm modules the page fetched, in order.
const modules = [];

before(async () => {
  mkdirSync(out, { recursive: true });
  server = await serve(root);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => r.url().endsWith('.wasm') && modules.push(new URL(r.url()).pathname.split('/').at(-2)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const { port } = server.address();
  await page.goto(`http://127.0.0.1:${port}/demo/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the first screen loads only the parts it uses: the checker and the calendar', () => {
  assert.deepEqual([...modules].sort(), ['calendar', 'documents']);
});

test('a pasted procedure shows each finding next to the field it points at', async () => {
  await page.click('#sample');
  await page.check('#all-fields');
  const row = page.locator('#fields tr[data-pointer="/legalBasis/3/number"]');
  assert.equal(await row.locator('td.value').textContent(), '61/2018/NĐ-CP');
  assert.match(await row.locator('.finding').textContent(), /^DOC-023 Văn bản 61\/2018\/NĐ-CP đã được thay thế/);
  // Every finding is shown once: 2 errors and 5 warnings in the sample.
  assert.equal(await page.locator('#fields .finding').count(), 7);
  assert.equal(await page.textContent('#check-summary'), 'Chưa đạt: 2 lỗi, 5 cảnh báo.');
  // By default only the fields with findings show.
  await page.uncheck('#all-fields');
  assert.equal(await page.locator('#fields tr:visible').count(), 7);
  await page.screenshot({ path: join(out, 'check.png'), fullPage: true });
});

test('a dropped file is read in the page and checked', async () => {
  const text = readFileSync(join(root, 'examples/documents/qt-cap-phep-xay-dung.json'), 'utf8');
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'qt-cap-phep-xay-dung.json', { type: 'application/json' }));
    document.getElementById('document').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForFunction(() => document.getElementById('check-summary').textContent.startsWith('Đạt'));
  assert.equal(await page.locator('#fields .finding').count(), 0);
});

test('a dropped Word file is read in the page and checked like the CLI checks it', async () => {
  const file = 'tests/corpus/docx/09-xa-tan-phu-dang-ky-thanh-lap-ho-kinh-doanh.docx';
  let cli;
  try {
    cli = execFileSync(join(root, 'target/debug/iso9001'), ['check', file, '--policy', 'examples/policy.json', '--as-of', '2026-11-22', '--json'], { cwd: root, encoding: 'utf8' });
  } catch (e) {
    cli = e.stdout; // findings: exit 1
  }
  const { summary } = JSON.parse(cli);
  const bytes = [...readFileSync(join(root, file))];
  await page.evaluate((b) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], 'quy-trinh.docx'));
    document.getElementById('document').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, bytes);
  await page.waitForFunction(() => document.getElementById('document').value.includes('QT.KT.01'));
  assert.equal(
    await page.textContent('#check-summary'),
    `Chưa đạt: ${summary.errors} lỗi, ${summary.warnings} cảnh báo.`,
  );
  assert.ok(summary.errors > 0, 'the planted defects (DOC-004, DOC-033) are errors');
});

test('the appointment date: after 15:00 and over Tết', async () => {
  await page.click('#due');
  assert.match(await page.textContent('#due-result'), /^Ngày hẹn trả: 27\/02\/2026 \(hạn 17:00\), tính từ 13\/02\/2026/);
});

test('the audit dashboard shows the library\'s report with its charts', async () => {
  await page.click('#audit');
  const frame = page.frameLocator('#audit-report');
  await frame.locator('svg#by-clause').waitFor();
  assert.ok((await frame.locator('svg#by-clause rect.bar').count()) > 5);
  assert.match(await frame.locator('body').textContent(), /81,82\/100/);
  await page.screenshot({ path: join(out, 'audit.png'), fullPage: true });
});

test('switching to English changes the page and the answers', async () => {
  await page.selectOption('#lang', 'en');
  assert.equal(await page.textContent('#check-panel h2'), 'Check a procedure');
  await page.click('#sample');
  assert.match(await page.locator('#fields tr[data-pointer="/legalBasis/3/number"] .finding').textContent(), /^DOC-023 Document 61\/2018\/NĐ-CP has been replaced/);
  await page.click('#due');
  assert.match(await page.textContent('#due-result'), /^Due: 27\/02\/2026 at 17:00/);
  await page.screenshot({ path: join(out, 'english.png'), fullPage: true });
  assert.deepEqual(errors, []);
  // The other parts came when the user reached them, each once; never the
  // module with everything.
  assert.deepEqual([...modules].sort(), ['audit', 'calendar', 'documents', 'docx', 'html']);
});
