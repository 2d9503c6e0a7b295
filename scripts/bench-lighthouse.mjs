// The Lighthouse half of the benchmark: mobile performance and layout shift for Home and a guide
// (and layout shift for Settings), median of three runs each, in Debian's Chromium (CHROME_PATH;
// Lighthouse never downloads one). Lighthouse 13 needs Node 22.19 or later, and the project runs
// on Node 20.19: so it is not a devDependency but fetched at bench time from the npm registry with
// npx, together with the npm `node@22` package whose Node runs it (docs/decisions/0019).
//
// A performance score is only worth reading on a quiet machine: other work on the CPUs slows every
// task Lighthouse times. Before and after each run the bench measures how idle the CPUs are; when
// others are using them, when Lighthouse itself warns of a slow CPU, or when one run's CPU benchmark
// falls far below another's (work that started and stopped during a run), the score is reported as
// not meaningful (never as a pass) and the bench says to run it again when the machine is quiet.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { CHROMIUM_FLAGS, ensureChromium } from './find-chromium.mjs';
import { startServer } from './serve.mjs';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const NODE_22 = 'node@22.23.3';
// The browser tests' switch that stops Chromium drawing its own address bar's drop-down as it
// starts (find-chromium.mjs): that work would share the two cores with the page being measured.
const OMNIBOX_OFF = CHROMIUM_FLAGS.find((flag) => flag.startsWith('--disable-features='));
const RUNS = 3;
/** Failed runs allowed per page before giving up on it (one crash should not lose the median). */
const MAX_FAILURES = 2;
/** A run that takes longer than this is stopped (a busy machine can stall Chromium for minutes). */
const RUN_TIMEOUT_MS = 3 * 60_000;
const PAGES = [
  { label: 'Home', path: '/', performance: true },
  { label: 'A guide (Wiltshire)', path: '/guides/wiltshire-scb-2013', performance: true },
  { label: 'Settings', path: '/settings', performance: false },
];
const BUDGET = { performance: 98, cls: 0.01 };
/** The timed metrics behind the performance score, as Lighthouse names them and as printed. */
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['speed-index', 'SI'],
];
/** Below this share of idle CPU (measured while the bench itself waits), the machine is busy. */
export const MIN_IDLE_SHARE = 0.7;
/**
 * A run whose Lighthouse CPU benchmark is below this share of the page's fastest run's was slowed by
 * other work during it, though the CPUs were idle before and after (seen: 2287, 2363, then 1106
 * when other work started mid-run). The index also moves on a quiet machine (1,990 to 2,924 has been
 * seen), so only a run at under half the fastest run's speed counts.
 */
export const MIN_BENCHMARK_SHARE = 0.5;

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function line(label, figure, budget, verdict) {
  console.log(`${label.padEnd(52)} ${figure.padStart(12)} ${budget.padStart(10)}  ${verdict}`);
}

/** Share of all CPU time that was idle over `ms` (Linux /proc/stat; else from the load average). */
async function idleShare(ms = 2000) {
  const read = () => {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1);
    const values = fields.map(Number);
    // user nice system idle iowait irq softirq steal …
    return { idle: (values[3] ?? 0) + (values[4] ?? 0), total: values.reduce((a, b) => a + b, 0) };
  };
  try {
    const before = read();
    await new Promise((done) => setTimeout(done, ms));
    const after = read();
    const total = after.total - before.total;
    return total > 0 ? (after.idle - before.idle) / total : 1;
  } catch {
    return Math.max(0, 1 - loadavg()[0] / cpus().length);
  }
}

/**
 * What the runs of one page say. `runs` are the successful runs ({ performance, cls, slowCpu,
 * benchmarkIndex }); `idle` the lowest idle share measured before and after them. A performance score is judged only when the
 * machine was quiet for every run and there are RUNS of them; layout shift does not depend on the
 * CPU's speed, so it is judged whenever there are RUNS runs.
 */
export function verdict(runs, idle) {
  const enough = runs.length >= RUNS;
  const indexes = runs.map((run) => run.benchmarkIndex).filter((index) => index > 0);
  const uneven =
    indexes.length > 1 && Math.min(...indexes) < MIN_BENCHMARK_SHARE * Math.max(...indexes);
  const busy = idle < MIN_IDLE_SHARE || runs.some((run) => run.slowCpu) || uneven;
  const performance = enough ? median(runs.map((run) => run.performance)) : undefined;
  const cls = enough ? median(runs.map((run) => run.cls)) : undefined;
  return {
    performance,
    cls,
    performanceState: !enough
      ? 'missing'
      : busy
        ? 'busy'
        : performance >= BUDGET.performance
          ? 'ok'
          : 'over',
    clsState: !enough ? 'missing' : cls <= BUDGET.cls ? 'ok' : 'over',
  };
}

const WORDS = {
  ok: 'ok',
  over: 'OVER BUDGET',
  busy: 'NOT MEANINGFUL: machine busy',
  missing: 'NOT MEASURED: runs failed',
  notRun: 'NOT RUN: machine busy',
};

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
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage ${OMNIBOX_OFF}`,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that a stalled run can be stopped with the Chromium it started.
      detached: true,
      env: { ...process.env, CHROME_PATH: chromePath, npm_config_update_notifier: 'false' },
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  let timedOut = false;
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  // SIGINT first: Lighthouse then closes the Chromium it launched; SIGKILL if it does not stop.
  const timer = setTimeout(() => {
    timedOut = true;
    signal('SIGINT');
    setTimeout(() => signal('SIGKILL'), 10_000).unref();
  }, RUN_TIMEOUT_MS);
  return new Promise((resolve) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ error: error.message });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      if (timedOut) return resolve({ error: `stopped after ${RUN_TIMEOUT_MS / 60_000} minutes` });
      if (code !== 0) return resolve({ error: `exit ${code}: ${err.trim().slice(-300)}` });
      try {
        const report = JSON.parse(out);
        const score = report.categories.performance.score;
        if (report.runtimeError || typeof score !== 'number')
          return resolve({ error: report.runtimeError?.message ?? 'no performance score' });
        const warnings = report.runWarnings ?? [];
        resolve({
          performance: Math.round(score * 100),
          cls: report.audits['cumulative-layout-shift'].numericValue,
          benchmarkIndex: report.environment?.benchmarkIndex,
          // What the score is made of, so a low one can be read: first and largest paint, total
          // blocking time and speed index (ms), each with its own 0-1 score.
          metrics: Object.fromEntries(
            METRICS.map(([id, short]) => [
              short,
              { ms: report.audits[id]?.numericValue, score: report.audits[id]?.score },
            ]),
          ),
          slowCpu: warnings.some((warning) => /slower CPU/i.test(warning)),
          warnings,
        });
      } catch (error) {
        resolve({ error: `unreadable report (${error.message})` });
      }
    });
  });
}

/** Runs Lighthouse on each page; returns one boolean per budget (true only for a real pass). */
export async function lighthouseFigures() {
  const chromePath = ensureChromium();
  console.log(
    `\n${`Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, median of ${RUNS}`.padEnd(52)} ${'figure'.padStart(12)} ${'budget'.padStart(10)}`,
  );
  // So busy that runs would take many minutes each and mean nothing: say so instead of running.
  const startIdle = await idleShare();
  if (startIdle < MIN_IDLE_SHARE / 2 && !process.argv.includes('--lighthouse-anyway')) {
    for (const page of PAGES) {
      if (page.performance)
        line(`${page.label}: performance score`, '–', `≥ ${BUDGET.performance}`, WORDS.notRun);
      line(`${page.label}: cumulative layout shift`, '–', `≤ ${BUDGET.cls}`, WORDS.notRun);
    }
    console.log(
      `\nLighthouse was not run: the CPUs were only ${Math.round(startIdle * 100)}% idle (load ` +
        `${loadavg()[0].toFixed(1)} on ${cpus().length} cores). Run \`npm run bench -- ` +
        '--lighthouse-only` when the machine is quiet (add --lighthouse-anyway to run it regardless).',
    );
    return PAGES.flatMap((page) => (page.performance ? [false, false] : [false]));
  }
  const server = await startServer({ port: 0 });
  // Every run should find the server as a visitor would: files already compressed, not compressed
  // on the first run's requests (which once cost that run ten points).
  await server.ready;
  const results = [];
  let anyBusy = false;
  try {
    for (const page of PAGES) {
      const runs = [];
      const failures = [];
      let idle = 1;
      while (runs.length < RUNS && failures.length < MAX_FAILURES) {
        idle = Math.min(idle, await idleShare());
        const run = await lighthouse(`${server.url}${page.path}`, chromePath);
        if (run.error) failures.push(run.error);
        else runs.push(run);
        idle = Math.min(idle, await idleShare());
      }
      const result = verdict(runs, idle);
      console.log(
        `  ${page.label}: performance ${runs.map((r) => r.performance).join(', ') || '–'}; ` +
          `CLS ${runs.map((r) => r.cls.toFixed(3)).join(', ') || '–'}; ` +
          `CPU idle around runs ≥ ${Math.round(idle * 100)}% (needs ${MIN_IDLE_SHARE * 100}%); ` +
          `Lighthouse CPU benchmark ${runs.map((r) => Math.round(r.benchmarkIndex ?? 0)).join(', ') || '–'}`,
      );
      for (const [index, run] of runs.entries())
        console.log(
          `    run ${index + 1}: ` +
            Object.entries(run.metrics)
              .map(([short, m]) =>
                m.ms === undefined ? `${short} –` : `${short} ${Math.round(m.ms)} ms (${m.score})`,
              )
              .join(', '),
        );
      for (const failure of failures) console.log(`  ${page.label}: a run failed: ${failure}`);
      for (const warning of new Set(runs.flatMap((run) => run.warnings)))
        console.log(`  ${page.label}: Lighthouse warns: ${warning}`);
      if (page.performance) {
        anyBusy ||= result.performanceState === 'busy';
        line(
          `${page.label}: performance score`,
          result.performance === undefined ? '–' : String(result.performance),
          `≥ ${BUDGET.performance}`,
          WORDS[result.performanceState],
        );
        results.push(result.performanceState === 'ok');
      }
      line(
        `${page.label}: cumulative layout shift`,
        result.cls === undefined ? '–' : result.cls.toFixed(3),
        `≤ ${BUDGET.cls}`,
        WORDS[result.clsState],
      );
      results.push(result.clsState === 'ok');
    }
    if (anyBusy)
      console.log(
        '\nOther work was using the CPUs while Lighthouse ran, so its performance scores say more\n' +
          'about the machine than about the app. Run `npm run bench -- --lighthouse-only` again\n' +
          'when the machine is quiet.',
      );
  } finally {
    await server.close();
  }
  return results;
}

if (process.argv[1] && process.argv[1].endsWith('bench-lighthouse.mjs')) {
  const results = await lighthouseFigures();
  process.exit(results.every(Boolean) ? 0 : 1);
}
