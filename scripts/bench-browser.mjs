// The timed half of the benchmark, in headless Chromium (see bench/bench-entry.ts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from './find-chromium.mjs';
import { anonymiserLines } from './bench-anonymiser.mjs';
import { startServer } from './serve.mjs';

const BUDGET_MS = {
  dashboard: 200,
  namedDashboard: 300,
  search: 100,
  openRecord: 150,
  decrypt1000: 500,
  unlock: 1000,
  pdfOne: 1500,
  pdfTen: 5000,
  importThousand: 60_000,
  registerFirstScreen: 300,
  registerFilter: 100,
  registerThemes: 200,
  themesPdf: 5000,
};
const MAX_GROWTH = 1.5;

function line(label, figure, budget, ok) {
  console.log(
    `${label.padEnd(52)} ${figure.padStart(12)} ${budget.padStart(10)}  ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
  return ok;
}

const ms = (value) => `${value.toFixed(1)} ms`;

function recordLines(records) {
  const results = [];
  for (const [key, label] of [
    ['dashboard', 'Dashboard first screen (its queries)'],
    ['namedDashboard', 'Dashboard first screen with names (unlocked)'],
    ['search', 'Search (open, started since June)'],
    ['openRecord', 'Open a record with 200 discussions'],
  ]) {
    const small = records.atSmall[key];
    const large = records.atLarge[key];
    results.push(line(`${label} at 100 records`, ms(small), '', true));
    results.push(
      line(`${label} at 10,000 records`, ms(large), ms(BUDGET_MS[key]), large <= BUDGET_MS[key]),
    );
    const ratio = large / Math.max(small, 0.5);
    results.push(
      line(
        `  growth 100 → 10,000 (cost must not grow)`,
        `${ratio.toFixed(2)}×`,
        `${MAX_GROWTH}×`,
        ratio <= MAX_GROWTH || large - small < 5,
      ),
    );
  }
  results.push(
    line(
      'Decrypt and list 1,000 records',
      ms(records.decrypt1000),
      ms(BUDGET_MS.decrypt1000),
      records.decrypt1000 <= BUDGET_MS.decrypt1000,
    ),
  );
  const ratio = records.atLarge.dashboard / Math.max(records.plainDashboard, 0.5);
  results.push(
    line(
      'Dashboard at 10,000: encrypted ÷ unencrypted',
      `${ratio.toFixed(2)}×`,
      `${MAX_GROWTH}×`,
      ratio <= MAX_GROWTH || records.atLarge.dashboard - records.plainDashboard < 5,
    ),
  );
  return results;
}

async function recordFigures(call) {
  console.log(
    'Seeding 100, then 10,000 encrypted escalations with 100,000 discussions (takes a while)…',
  );
  return recordLines(await call('records', 100, 10_000, 10));
}

function growthLines(label, small, large, budget) {
  const ratio = large / Math.max(small, 0.5);
  return [
    line(`${label} at 100 entries`, ms(small), '', true),
    line(`${label} at 10,000 entries`, ms(large), ms(budget), large <= budget),
    line(
      `  growth 100 → 10,000 (cost must not grow)`,
      `${ratio.toFixed(2)}×`,
      `${MAX_GROWTH}×`,
      ratio <= MAX_GROWTH || large - small < 5,
    ),
  ];
}

function registerLines(register) {
  const { importing, atSmall, atLarge, themesPdf } = register;
  return [
    line(
      `Import ${importing.count.toLocaleString('en-GB')} notification PDFs (${Math.round(importing.kb)} KB each)`,
      ms(importing.ms),
      ms(BUDGET_MS.importThousand),
      importing.ms <= BUDGET_MS.importThousand,
    ),
    ...growthLines(
      'Register first screen',
      atSmall.firstScreen,
      atLarge.firstScreen,
      BUDGET_MS.registerFirstScreen,
    ),
    line(
      `Register filter (unresolved, communication) at 100 entries, ${atSmall.filterShown} rows`,
      ms(atSmall.filter),
      '',
      true,
    ),
    line(
      `Register filter at 10,000 entries, a page of ${atLarge.filterShown} rows`,
      ms(atLarge.filter),
      ms(BUDGET_MS.registerFilter),
      atLarge.filter <= BUDGET_MS.registerFilter,
    ),
    // 100 entries hold fewer matches than a page: growth is judged showing as many rows at both.
    ...growthLines(
      `  the same filter showing ${atSmall.filterShown} rows`,
      atSmall.filterSameRows,
      atLarge.filterSameRows,
      BUDGET_MS.registerFilter,
    ),
    ...growthLines(
      'Themes for a half-year',
      atSmall.themes,
      atLarge.themes,
      BUDGET_MS.registerThemes,
    ),
    line(
      `Themes report PDF, ${themesPdf.count.toLocaleString('en-GB')} notifications (${Math.round(themesPdf.bytes / 1024)} KB)`,
      ms(themesPdf.ms),
      ms(BUDGET_MS.themesPdf),
      themesPdf.ms <= BUDGET_MS.themesPdf,
    ),
  ];
}

/** Builds the bench page, runs it in Chromium, prints the figures; returns one boolean per budget. */
export async function browserFigures() {
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.bench.config.ts'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('The benchmark page did not build.');
  const root = fileURLToPath(new URL('../node_modules/.cache/escalate-bench', import.meta.url));
  const server = await startServer({ root, port: 0 });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(20 * 60_000);
    await page.goto(`${server.url}/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const call = (name, ...args) =>
      page.evaluate(([n, a]) => globalThis.escalateBench[n](...a), [name, args]);
    console.log(
      `\n${'Timings in headless Chromium (median)'.padEnd(52)} ${'figure'.padStart(12)} ${'budget'.padStart(10)}`,
    );
    if (process.argv.includes('--register-only')) {
      console.log('Importing 1,000 notification PDFs, then seeding registers of 100 and 10,000…');
      return registerLines(await call('register', 100, 10_000, 1000));
    }
    const recordsOnly = process.argv.includes('--records-only');
    const results = recordsOnly ? [] : anonymiserLines(await call('anonymiser'));
    if (process.argv.includes('--anonymiser-only')) return results;
    const unlock = await call('unlock');
    results.push(
      line(
        `Unlock (PBKDF2-SHA256, ${unlock.iterations.toLocaleString('en-GB')} iterations)`,
        ms(unlock.ms),
        ms(BUDGET_MS.unlock),
        unlock.ms <= BUDGET_MS.unlock,
      ),
    );
    // The record timings need the vault the unlock timing set up.
    if (recordsOnly) return [...results, ...(await recordFigures(call))];
    const pdf = await call('pdf');
    results.push(
      line(
        `Notification PDF, ${pdf.one.pages} page (${Math.round(pdf.one.bytes / 1024)} KB)`,
        ms(pdf.one.ms),
        ms(BUDGET_MS.pdfOne),
        pdf.one.ms <= BUDGET_MS.pdfOne,
      ),
    );
    results.push(
      line(
        `Notification PDF, ${pdf.ten.pages} pages (${Math.round(pdf.ten.bytes / 1024)} KB)`,
        ms(pdf.ten.ms),
        ms(BUDGET_MS.pdfTen),
        pdf.ten.ms <= BUDGET_MS.pdfTen,
      ),
    );
    results.push(...(await recordFigures(call)));
    console.log('Importing 1,000 notification PDFs, then seeding registers of 100 and 10,000…');
    results.push(...registerLines(await call('register', 100, 10_000, 1000)));
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
