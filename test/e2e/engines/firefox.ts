// Firefox: Debian's firefox-esr in its own headless mode, driven over WebDriver BiDi by
// puppeteer-core (no geckodriver, and puppeteer-core never downloads a browser).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { EnginePage, type Driver, type NativeElement } from './engine';
import { FIREFOX } from '../../../scripts/find-browsers.mjs';

/** A function made from a script body, so puppeteer sends it as written. */
function script(body: string): (...args: unknown[]) => unknown {
  return new Function(body) as (...args: unknown[]) => unknown;
}

export async function openFirefox(): Promise<EnginePage> {
  const profile = await mkdtemp(join(tmpdir(), 'escalate-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? FIREFOX,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1024, height: 900 },
    extraPrefsFirefox: { 'intl.accept_languages': 'en-GB', 'browser.download.folderList': 2 },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  page.setDefaultTimeout(30_000);
  const handle = (element: NativeElement) => element as ElementHandle<HTMLInputElement>;
  const fox: Driver = {
    run: <T>(body: string, ...args: unknown[]) =>
      page.evaluate(script(body), ...args) as Promise<T>,
    preload: async (body) => {
      await page.evaluateOnNewDocument(script(body));
    },
    element: async (body, ...args) => {
      const result = await page.evaluateHandle(script(body), ...args);
      const element = result.asElement();
      if (!element) await result.dispose();
      return element;
    },
    click: (element) => handle(element).click(),
    type: (element, value) => handle(element).type(value),
    upload: (element, path) => handle(element).uploadFile(path),
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: async () => {
      await browser.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
  return new EnginePage('firefox', fox).start();
}
