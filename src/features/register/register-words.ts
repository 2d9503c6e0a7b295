// What the register's buttons say, with counts in the right number.

/** "Download these 3 as CSV"; for one, "Download this notification as CSV", not "these 1". */
export function downloadLabel(matching: number, format: string): string {
  const what = matching === 1 ? 'this notification' : `these ${matching}`;
  return `Download ${what} as ${format}`;
}
