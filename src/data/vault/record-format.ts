// The version of the sealed record format: what the JSON inside a ciphertext looks like. It is bound
// into every ciphertext as AES-GCM additional data, so it must change only when the sealed content
// changes meaning — never because a Dexie index was added (docs/decisions/0004).

/**
 * The record format every ciphertext is sealed and opened with. It is 2 because ciphertexts written
 * before the binding was separated from the Dexie schema version carry schema version 2; keeping
 * the value keeps every one of them readable. Dexie versions 3 and later do not change it.
 */
export const RECORD_FORMAT_VERSION = 2;
