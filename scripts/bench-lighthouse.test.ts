// The Lighthouse bench never reports a score from a busy machine, or from too few runs, as a pass.
import { describe, expect, it } from 'vitest';
import { MIN_BENCHMARK_SHARE, MIN_IDLE_SHARE, verdict } from './bench-lighthouse.mjs';

const quiet = 0.95;
const run = (performance: number, cls = 0, slowCpu = false, benchmarkIndex = 2300) => ({
  performance,
  cls,
  slowCpu,
  benchmarkIndex,
});

describe('Lighthouse verdict', () => {
  it('takes the median of three runs on a quiet machine', () => {
    const result = verdict([run(99, 0.002), run(97, 0.02), run(98, 0)], quiet);
    expect(result).toEqual({
      performance: 98,
      cls: 0.002,
      performanceState: 'ok',
      clsState: 'ok',
    });
    expect(verdict([run(97), run(96), run(99)], quiet).performanceState).toBe('over');
    expect(verdict([run(99, 0.2), run(99, 0.2), run(99, 0)], quiet).clsState).toBe('over');
  });

  it('calls a score from a busy machine not meaningful, even a good one, but still judges layout shift', () => {
    const busy = MIN_IDLE_SHARE - 0.1;
    expect(verdict([run(99), run(99), run(100)], busy)).toMatchObject({
      performanceState: 'busy',
      clsState: 'ok',
    });
    expect(verdict([run(70), run(72), run(75)], busy).performanceState).toBe('busy');
    // Lighthouse's own warning that the CPU is slower than it expects counts as busy too.
    expect(verdict([run(99), run(99, 0, true), run(99)], quiet).performanceState).toBe('busy');
  });

  it('calls a score not meaningful when one run was slowed by work that came and went during it', () => {
    // Idle before and after every run, but the third run's CPU benchmark halved: seen when other
    // work started mid-run (2287, 2363, 1106).
    const slowed = run(91, 0, false, 1106);
    expect(
      verdict([run(99, 0, false, 2287), run(97, 0, false, 2363), slowed], quiet),
    ).toMatchObject({ performanceState: 'busy', clsState: 'ok' });
    // The spread a quiet machine shows between runs is not mistaken for load.
    const steady = [2363, 2287, Math.ceil(MIN_BENCHMARK_SHARE * 2363)];
    expect(
      verdict(
        steady.map((index) => run(99, 0, false, index)),
        quiet,
      ).performanceState,
    ).toBe('ok');
  });

  it('reports nothing measured when runs failed and fewer than three are left', () => {
    expect(verdict([run(99), run(99)], quiet)).toEqual({
      performance: undefined,
      cls: undefined,
      performanceState: 'missing',
      clsState: 'missing',
    });
  });
});
