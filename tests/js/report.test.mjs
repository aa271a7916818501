// The HTML reports (`--format html`, `renderHtml`) in Debian's headless
// Chromium: no console error, one bar per value in each chart, and a
// screenshot and an A4 PDF of each page kept in target/report-artifacts/
// to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import * as iso from '../../bindings/js/node.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'target/report-artifacts');
const cli = join(root, 'target/debug/iso9001');
let browser;

/** Runs the CLI; findings make it exit 1, which is an answer. */
function run(args) {
  try {
    return execFileSync(cli, args, { cwd: root, encoding: 'utf8' });
  } catch (e) {
    if (e.status === 1) return e.stdout;
    throw e;
  }
}

before(async () => {
  mkdirSync(out, { recursive: true });
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
});

/** Opens the page, checks it, keeps a screenshot and a PDF; returns bar counts per chart. */
async function look(name, html) {
  const file = join(out, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => !r.url().startsWith('file:') && errors.push(`request to ${r.url()}`));
  await page.goto(pathToFileURL(file).href);
  const bars = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('svg.chart')].map((s) => [s.id, s.querySelectorAll('rect.bar').length])),
  );
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  await page.pdf({ path: join(out, `${name}.pdf`), format: 'A4', printBackground: true });
  await page.close();
  assert.deepEqual(errors, [], `${name}: no console error and nothing loaded from elsewhere`);
  return bars;
}

const distinct = (xs) => new Set(xs).size;

test('documents: findings grouped by document, a chart of findings by rule', async () => {
  const args = ['check', 'examples/documents', 'examples/register', '--policy', 'examples/policy.json', '--as-of', '2026-11-22'];
  const answer = JSON.parse(run([...args, '--json']));
  const bars = await look('documents', run([...args, '--format', 'html']));
  assert.deepEqual(bars, { 'by-rule': distinct(answer.report.findings.map((f) => f.rule)) });
});

test('audit: scores per clause and per unit, open nonconformities ranked', async () => {
  const answer = JSON.parse(run(['audit', 'examples/audit/audit-2026.json', '--json']));
  const scored = (groups) => groups.filter((g) => g.score !== null).length;
  const html = run(['audit', 'examples/audit/audit-2026.json', '--format', 'html']);
  const bars = await look('audit', html);
  assert.deepEqual(bars, { 'by-clause': scored(answer.score.groups), 'by-unit': scored(answer.score.byUnit) });
  // The same page from the wasm module, from the same answer.
  assert.equal(iso.renderHtml('audit', answer) + '\n', html);
  assert.match(html, /81,82\/100/);
});

test('maturity profile of an audit', async () => {
  const answer = JSON.parse(run(['audit', 'examples/audit/audit-2026.json', '--model', 'maturity', '--json']));
  const bars = await look('audit-maturity', iso.renderHtml('audit', answer));
  assert.equal(bars['by-clause'], answer.score.groups.filter((g) => g.score !== null).length);
});

test('agency check and dossiers: on-time rates per procedure and unit, the overdue list', async () => {
  await look('qms', run(['qms', 'examples/audit/qms-2026.json', '--format', 'html']));
  const answer = JSON.parse(run(['dossiers', 'examples/calendar/dossiers.json', '--json']));
  const html = run(['dossiers', 'examples/calendar/dossiers.json', '--format', 'html']);
  const bars = await look('dossiers', html);
  assert.deepEqual(bars, { 'by-procedure': answer.byProcedure.length, 'by-unit': answer.byUnit.length });
  const overdue = answer.dossiers.filter((d) => d.status === 'late' || d.status === 'overdue');
  for (const d of overdue) assert.ok(html.includes(d.id), d.id);
});
