// The Lighthouse half of the benchmark: mobile performance and layout shift for Home and a guide,
// median of three runs each, in Debian's Chromium (CHROME_PATH; Lighthouse never downloads one).
// Lighthouse 13 needs Node 22.19 or later, and the project runs on Node 20.19: so it is not a
// devDependency but fetched at bench time from the npm registry with npx, together with the npm
// `node@22` package whose Node runs it (docs/decisions/0019).
import { spawn } from 'node:child_process';
import { ensureChromium } from './find-chromium.mjs';
import { startServer } from './serve.mjs';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const NODE_22 = 'node@22.23.3';
const RUNS = 3;
const PAGES = [
  ['Home', '/'],
  ['A guide (Wiltshire)', '/guides/wiltshire-scb-2013'],
];
const BUDGET = { performance: 98, cls: 0.01 };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function line(label, figure, budget, ok) {
  console.log(
    `${label.padEnd(52)} ${figure.padStart(12)} ${budget.padStart(10)}  ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
  return ok;
}

/** One Lighthouse run. Asynchronous: this process also serves the pages being measured. */
function lighthouse(url, chromePath) {
  const child = spawn(
    'npx',
    [
      '--yes',
      '--package',
      NODE_22,
      '--package',
      LIGHTHOUSE,
      '--',
      'lighthouse',
      url,
      '--only-categories=performance',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CHROME_PATH: chromePath, npm_config_update_notifier: 'false' },
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) {
        reject(new Error(`Lighthouse failed (exit ${code}): ${err.slice(-800)}`));
        return;
      }
      const report = JSON.parse(out);
      resolve({
        performance: Math.round(report.categories.performance.score * 100),
        cls: report.audits['cumulative-layout-shift'].numericValue,
      });
    });
  });
}

/** Runs Lighthouse on each page; returns one boolean per budget. */
export async function lighthouseFigures() {
  const chromePath = ensureChromium();
  const server = await startServer({ port: 0 });
  const results = [];
  try {
    console.log(
      `\n${`Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, median of ${RUNS}`.padEnd(52)} ${'figure'.padStart(12)} ${'budget'.padStart(10)}`,
    );
    for (const [label, path] of PAGES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++)
        runs.push(await lighthouse(`${server.url}${path}`, chromePath));
      const performance = median(runs.map((run) => run.performance));
      const cls = median(runs.map((run) => run.cls));
      console.log(
        `  ${label}: performance ${runs.map((r) => r.performance).join(', ')}; CLS ${runs.map((r) => r.cls.toFixed(3)).join(', ')}`,
      );
      results.push(
        line(
          `${label}: performance score`,
          String(performance),
          `≥ ${BUDGET.performance}`,
          performance >= BUDGET.performance,
        ),
        line(
          `${label}: cumulative layout shift`,
          cls.toFixed(3),
          `≤ ${BUDGET.cls}`,
          cls <= BUDGET.cls,
        ),
      );
    }
  } finally {
    await server.close();
  }
  return results;
}

if (process.argv[1] && process.argv[1].endsWith('bench-lighthouse.mjs')) {
  const results = await lighthouseFigures();
  process.exit(results.every(Boolean) ? 0 : 1);
}
