// A value built the first time it is asked for, then kept: for zod schemas a module would otherwise
// build when it loads, which costs a phone main-thread time at start-up (decision 0047).

/** A function returning `build()`, called once, on the first call. */
export function builtOnFirstUse<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
