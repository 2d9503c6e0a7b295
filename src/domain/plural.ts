// A count with its noun in the right number, so no screen says "1 escalations".

/** "1 escalation", "3 escalations"; `many` for a plural not made with -s ("entries"). */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
