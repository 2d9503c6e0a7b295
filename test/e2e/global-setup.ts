// Starts one server for the browser tests (tests that stop a server start their own).
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startServer({ port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
