// Drives tests/browser/index.html in Debian's headless Chromium with
// playwright-core (never a downloaded browser). Playwright gives the
// browser a new empty profile of its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
let server;
let browser;

before(async () => {
  server = await serve(root);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the page loads the web build: clauses, Vietnamese search, appointment dates, document checks', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { port } = server.address();
  await page.goto(`http://127.0.0.1:${port}/tests/browser/index.html`);
  await page.waitForSelector('#status:has-text("Sẵn sàng")');

  await page.fill('#clause-number', '7.1.6');
  await page.click('#clause-go');
  assert.equal(await page.textContent('#clause-result'), '7.1.6 Tri thức của tổ chức');

  await page.fill('#clause-number', '11.4');
  await page.click('#clause-go');
  assert.equal(
    await page.textContent('#clause-result'),
    'unknown_clause: Điều khoản 11.4 không có trong TCVN ISO 9001:2015',
  );

  await page.fill('#search-query', 'hoạch định');
  await page.click('#search-go');
  const first = await page.textContent('#search-results li:first-child');
  assert.equal(first, '6 Hoạch định');

  await page.fill('#search-query', 'tri thuc');
  await page.click('#search-go');
  assert.equal(await page.textContent('#search-results li:first-child'), '7.1.6 Tri thức của tổ chức');
  // The working calendar and the document checker in the page.
  await page.click('#due-go');
  assert.equal(await page.textContent('#due-result'), '2026-02-27');
  await page.fill('#doc-code', 'QT-7');
  await page.click('#doc-go');
  assert.match(await page.textContent('#doc-findings li:first-child'), /^DOC-002 \/code Mã số “QT-7” không đúng quy ước/);
  await page.fill('#doc-code', 'QT.VP.07');
  await page.click('#doc-go');
  assert.doesNotMatch(await page.textContent('#doc-findings'), /DOC-002/);
  assert.deepEqual(errors, []);
});

test('in the browser too, a trap costs one call: the module restarts in place', async () => {
  const page = await browser.newPage();
  const { port } = server.address();
  await page.goto(`http://127.0.0.1:${port}/tests/browser/index.html`);
  await page.waitForSelector('#status:has-text("Sẵn sàng")');
  const result = await page.evaluate(async () => {
    const raw = await import('/bindings/js/pkg/iso9001_wasm.js');
    const { makeApi } = await import('/bindings/js/api.js');
    const iso = await import('/bindings/js/web.js');
    const trapping = new Proxy(raw, {
      get: (t, k) => (k === 'clauseJson' ? () => t.__testTrap() : t[k]),
    });
    const api = makeApi(() => trapping);
    const before = iso.createCalendar();
    let code = null;
    try {
      api.clause('7.1.6');
    } catch (e) {
      code = e.code;
    }
    let stale = null;
    try {
      before.query({ kind: 'year', year: 2026 });
    } catch (e) {
      stale = e.code;
    }
    return { code, stale, after: iso.clause('7.1.6').title };
  });
  assert.deepEqual(result, { code: 'panic', stale: 'stale_handle', after: 'Tri thức của tổ chức' });
});

test('a page that loads only the calendar fetches only the calendar module', async () => {
  const page = await browser.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const { port } = server.address();
  await page.goto(`http://127.0.0.1:${port}/bindings/js/package.json`);
  const result = await page.evaluate(async () => {
    const iso = await import('/bindings/js/web.js');
    await iso.init({ parts: ['calendar'] });
    const cal = iso.createCalendar();
    const due = cal.query({ kind: 'due', received: '2026-02-12T16:10', limit: { value: 5, unit: 'workingDays' } });
    let missing = null;
    try {
      iso.clause('7.1.6');
    } catch (e) {
      missing = e.code;
    }
    // A capability added later, when the page needs it.
    await iso.init({ parts: ['catalogue'] });
    return { due: due.appointment.dueDate, missing, title: iso.clause('7.1.6', { lang: 'en' }).title };
  });
  assert.deepEqual(result, { due: '2026-02-27', missing: 'not_initialized', title: 'Organizational knowledge' });
  // Neither the whole module nor its glue.
  assert.ok(!fetched.some((p) => p.startsWith('/bindings/js/pkg/iso9001_wasm')), fetched.join(' '));
  const wasm = fetched.filter((p) => p.endsWith('.wasm'));
  assert.deepEqual(wasm, [
    '/bindings/js/pkg/parts/calendar/iso9001_wasm_bg.wasm',
    '/bindings/js/pkg/parts/catalogue/iso9001_wasm_bg.wasm',
  ]);
});
