export function startServer(options?: { root?: string; host?: string; port?: number }): Promise<{
  url: string;
  /** Resolves once every text file has been compressed in advance (it never rejects). */
  ready: Promise<void>;
  close: () => Promise<void>;
}>;
