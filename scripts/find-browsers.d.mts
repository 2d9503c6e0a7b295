export const MINIBROWSER: string;
export const FIREFOX: string;
export function ensureOtherEngines(): void;
