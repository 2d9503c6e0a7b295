// The driver-neutral layer: one small API for the browser tests that run the same journeys in
// WebKit (WebDriver, through selenium-webdriver) and Firefox (WebDriver BiDi, through
// puppeteer-core). Each driver supplies a few primitives; everything a test does is built here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  COUNT,
  FIND,
  INSTALL_LISTENERS,
  LAST_DOWNLOAD,
  SELECT_OPTION,
  VIOLATIONS,
  nameOf,
  type Query,
} from './page-script';

export type EngineName = 'webkit' | 'firefox';

/** An element as the driver knows it (a selenium WebElement or a puppeteer ElementHandle). */
export type NativeElement = object;

/** What each driver must provide. Scripts are function bodies that read `arguments`. */
export interface Driver {
  run<T>(body: string, ...args: unknown[]): Promise<T>;
  /** Runs a body at the start of every new document, where the driver can (WebDriver cannot). */
  preload?(body: string): Promise<void>;
  element(body: string, ...args: unknown[]): Promise<NativeElement | null>;
  click(element: NativeElement): Promise<void>;
  type(element: NativeElement, text: string): Promise<void>;
  upload(element: NativeElement, path: string): Promise<void>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

const TIMEOUT_MS = 20_000;

/** What the page shows, for a failure message: the start of main, and every button's text. */
const SHOWN = `
  const main = document.querySelector('main') || document.body;
  const buttons = Array.from(document.querySelectorAll('button')).map((b) => b.textContent);
  return main.innerText.slice(0, 300) + ' / Buttons: ' + buttons.join(' | ');
`;

function describe(query: Query): string {
  return JSON.stringify(query);
}

const CENTRE = `arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });`;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Helpers for writing queries: role('button', 'Save'), label('Passphrase'), text(/Saved/). */
export const role = (
  kind: Extract<Query, { role: string }>['role'],
  name?: string | RegExp,
  level?: number,
): Query => ({ role: kind, ...(name === undefined ? {} : { name: nameOf(name) }), level });
export const label = (name: string | RegExp): Query => ({ label: nameOf(name) });
export const text = (value: string | RegExp): Query => ({ text: nameOf(value) });
export const css = (selector: string): Query => ({ css: selector });
export const nth = (query: Query, index: number): Query => ({ ...query, nth: index });
export const heading = (name: string | RegExp): Query => role('heading', name, 1);

export class EnginePage {
  constructor(
    readonly engine: EngineName,
    private readonly driver: Driver,
  ) {}

  /** Listens from the very start of each document where the driver allows it. */
  async start(): Promise<this> {
    await this.driver.preload?.(INSTALL_LISTENERS);
    return this;
  }

  run<T>(body: string, ...args: unknown[]): Promise<T> {
    return this.driver.run<T>(body, ...args);
  }

  /** Loads a URL and starts listening for CSP violations and downloads in the new document. */
  async goto(url: string): Promise<void> {
    await this.driver.goto(url);
    await this.listen();
  }

  async reload(): Promise<void> {
    await this.driver.reload();
    await this.listen();
  }

  /** Installs the in-page listeners (again, after any full page load). */
  async listen(): Promise<void> {
    await this.driver.run(INSTALL_LISTENERS);
  }

  setViewport(width: number, height: number): Promise<void> {
    return this.driver.setViewport(width, height);
  }

  /** Waits until `query` matches a visible element, and returns it. */
  async find(query: Query, timeout = TIMEOUT_MS): Promise<NativeElement> {
    const end = Date.now() + timeout;
    for (;;) {
      const found = await this.driver.element(FIND, query);
      if (found) return found;
      if (Date.now() > end) {
        const shown = await this.driver.run<string>(SHOWN);
        throw new Error(
          `${this.engine}: nothing matched ${describe(query)}. The page shows:\n${shown}`,
        );
      }
      await sleep(100);
    }
  }

  async waitFor(query: Query, timeout = TIMEOUT_MS): Promise<void> {
    await this.find(query, timeout);
  }

  /** Waits until `condition` (a script body) returns a truthy value, and returns it. */
  async waitUntil<T>(body: string, what: string, timeout = TIMEOUT_MS): Promise<T> {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.driver.run<T>(body).catch(() => undefined);
      if (value) return value;
      if (Date.now() > end) throw new Error(`${this.engine}: timed out waiting for ${what}`);
      await sleep(100);
    }
  }

  count(query: Query): Promise<number> {
    return this.driver.run<number>(COUNT, query);
  }

  /** Scrolls the element to the middle of the screen, as a user would, then clicks it. */
  async click(query: Query): Promise<void> {
    const element = await this.find(query);
    await this.driver.run(CENTRE, element);
    await this.driver.click(element);
  }

  /** Replaces a field's text by typing, as a user would. */
  async fill(query: Query, value: string): Promise<void> {
    const element = await this.find(query);
    await this.driver.run('arguments[0].focus(); arguments[0].select();', element);
    await this.driver.type(element, value);
  }

  async check(query: Query): Promise<void> {
    const element = await this.find(query);
    if (!(await this.driver.run<boolean>('return arguments[0].checked', element))) {
      await this.driver.run(CENTRE, element);
      await this.driver.click(element);
    }
  }

  async select(query: Query, option: string): Promise<void> {
    const problem = await this.driver.run<string>(SELECT_OPTION, await this.find(query), option);
    if (problem) throw new Error(`${this.engine}: ${problem}`);
  }

  async upload(query: Query, path: string): Promise<void> {
    await this.driver.upload(await this.find(query), path);
  }

  /** The text of the first element matching `query`. */
  async textOf(query: Query): Promise<string> {
    return this.driver.run<string>('return arguments[0].textContent', await this.find(query));
  }

  /** Clicks, then returns the file the app handed to the browser to save. */
  async download(query: Query): Promise<{ name: string; bytes: Buffer }> {
    await this.listen();
    await this.driver.run('window.__e2e.downloads = [];');
    await this.click(query);
    const file = await this.waitUntil<{ name: string; base64: string }>(
      LAST_DOWNLOAD,
      'a download',
    );
    return { name: file.name, bytes: Buffer.from(file.base64, 'base64') };
  }

  /** CSP violations reported to this document since it loaded. */
  violations(): Promise<string[]> {
    return this.driver.run<string[]>(VIOLATIONS);
  }

  /** Runs axe-core (WCAG 2.2 A and AA, and best practice) in the page; returns the violations. */
  async axe(): Promise<string[]> {
    if (!(await this.driver.run<boolean>('return typeof window.axe === "object"')))
      await this.driver.run(AXE_SOURCE);
    return this.driver.run<string[]>(`
      return window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })
        .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')));
    `);
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
