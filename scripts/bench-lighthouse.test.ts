// The Lighthouse bench never reports a score from a busy machine, or from too few runs, as a pass.
import { describe, expect, it } from 'vitest';
import { MIN_IDLE_SHARE, verdict } from './bench-lighthouse.mjs';

const quiet = 0.95;
const run = (performance: number, cls = 0, slowCpu = false) => ({ performance, cls, slowCpu });

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

  it('reports nothing measured when runs failed and fewer than three are left', () => {
    expect(verdict([run(99), run(99)], quiet)).toEqual({
      performance: undefined,
      cls: undefined,
      performanceState: 'missing',
      clsState: 'missing',
    });
  });
});
