export interface LighthouseRun {
  performance: number;
  cls: number;
  slowCpu?: boolean;
  benchmarkIndex?: number;
}
export type State = 'ok' | 'over' | 'busy' | 'missing';
export const MIN_IDLE_SHARE: number;
export const MIN_BENCHMARK_SHARE: number;
export function median(values: number[]): number;
export function verdict(
  runs: LighthouseRun[],
  idle: number,
): {
  performance: number | undefined;
  cls: number | undefined;
  performanceState: State;
  clsState: State;
};
export function lighthouseFigures(): Promise<boolean[]>;
