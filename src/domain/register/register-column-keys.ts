// The keys of the register's columns, in the spreadsheet's order. Kept apart from their labels and
// cells (./register-columns.ts) so the settings' schemas, loaded at start-up, can check a saved
// spreadsheet mapping without loading the register's code.
export const registerColumnKeys = [
  'received',
  'caseRef',
  'agencies',
  'stageReached',
  'category',
  'summary',
  'outcome',
  'partnershipActions',
  'status',
  'acknowledgedOn',
  'planOfAction',
  'learning',
] as const;

export type RegisterColumnKey = (typeof registerColumnKeys)[number];
