// In Vitest's jsdom environment, `structuredClone` (which fake-indexeddb uses) returns typed arrays
// from Node's realm while `Uint8Array` is jsdom's, so Dexie's live-query cache fails to recognise
// them and copies sealed bytes into plain objects that no longer decrypt. Browsers have one realm;
// this puts UI tests back in that position.

/** Typed arrays made by another realm's constructor, re-made with this realm's (in place). */
function intoThisRealm(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const name = Object.prototype.toString.call(value).slice(8, -1);
    const Local = (globalThis as unknown as Record<string, unknown>)[name];
    if (typeof Local !== 'function' || value instanceof Local) return value;
    return new (Local as new (source: ArrayLike<number>) => unknown)(
      value as unknown as ArrayLike<number>,
    );
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = intoThisRealm(record[key]);
  return value;
}

/** Replaces `structuredClone` with one whose typed arrays belong to this realm. */
export function installSameRealmStructuredClone(): void {
  const native = globalThis.structuredClone;
  globalThis.structuredClone = <T>(value: T, options?: StructuredSerializeOptions): T =>
    intoThisRealm(native(value, options)) as T;
}
