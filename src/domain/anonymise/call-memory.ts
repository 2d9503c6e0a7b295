// What the anonymiser's finders remember while one call of `anonymise()` runs, and forget when it
// returns. Some answers are worth keeping across the call's passes (the same words are asked about
// on each), but they are keyed by a record's words and text, names among them, which must not stay
// in the page's memory once the record is closed or the app locks (docs/security.md). So a finder
// keeps an answer only while `remembering()` is true, and registers how to forget it.

interface Memory {
  size: () => number;
  forget: () => void;
}

const memories: Memory[] = [];
let active = false;

/** True while {@link rememberingDuring} runs: only then may a finder keep an answer. */
export function remembering(): boolean {
  return active;
}

/** Registers a finder's memory, forgotten at the end of every call. */
export function forgetAfterEachCall(memory: Memory): void {
  memories.push(memory);
}

/** Runs `work` with answers remembered, then forgets them all, whether it returns or throws. */
export function rememberingDuring<T>(work: () => T): T {
  if (active) return work();
  active = true;
  try {
    return work();
  } finally {
    active = false;
    for (const memory of memories) memory.forget();
  }
}

/** How many answers are remembered now: none outside a call. */
export function rememberedCount(): number {
  return memories.reduce((total, memory) => total + memory.size(), 0);
}
