// WebKit, the engine of every browser on an iPad: Debian's WebKitWebDriver driving MiniBrowser in
// a virtual X display, through selenium-webdriver. MiniBrowser keeps its page cache (back/forward
// cache) on, as Safari does.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import { EnginePage, type Driver, type NativeElement } from './engine';
import { MINIBROWSER } from '../../../scripts/find-browsers.mjs';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts Xvfb on a free display (when there is no display) and returns it with its process. */
async function virtualDisplay(): Promise<{ display: string; process?: ChildProcess }> {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY };
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb stopped (exit ${code}).`)));
  });
  return { display, process: xvfb };
}

async function waitForDriver(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('WebKitWebDriver did not start.');
}

export async function openWebKit(): Promise<EnginePage> {
  const { display, process: xvfb } = await virtualDisplay();
  const port = await freePort();
  const webdriver = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  let driver: WebDriver;
  try {
    await waitForDriver(url);
    driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
  } catch (error) {
    webdriver.kill();
    xvfb?.kill();
    throw error;
  }
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  const web: Driver = {
    run: <T>(body: string, ...args: unknown[]) => driver.executeScript<T>(body, ...args),
    element: async (body, ...args) =>
      (await driver.executeScript<WebElement | null>(body, ...args)) ?? null,
    click: (element: NativeElement) => (element as WebElement).click(),
    type: (element: NativeElement, value: string) => (element as WebElement).sendKeys(value),
    upload: (element: NativeElement, path: string) => (element as WebElement).sendKeys(path),
    goto: (target) => driver.get(target),
    reload: () => driver.navigate().refresh(),
    setViewport: async (width, height) => {
      // The window's outer size: grow it until the viewport (innerWidth × innerHeight) fits.
      await driver.manage().window().setRect({ width, height });
      const inner = await driver.executeScript<[number, number]>(
        'return [window.innerWidth, window.innerHeight]',
      );
      await driver
        .manage()
        .window()
        .setRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] });
    },
    close: async () => {
      await driver.quit().catch(() => undefined);
      webdriver.kill();
      xvfb?.kill();
    },
  };
  return new EnginePage('webkit', web);
}
