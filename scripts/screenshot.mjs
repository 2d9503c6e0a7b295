// Takes the README screenshot of a page of the built app: `node scripts/screenshot.mjs [path] [out.png]`.
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from './find-chromium.mjs';
import { startServer } from './serve.mjs';

const [path = '/', out = 'docs/screenshot.png', width = '1024', height = '700'] =
  process.argv.slice(2);
const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
  });
  await page.goto(`${server.url}${path}`);
  await page.locator('h1').first().waitFor();
  await page.screenshot({ path: out });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
