import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.addInitScript(() => {
  window.__log = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__log.push({ t: Math.round(e.startTime), v: e.value.toFixed(3), scroll: scrollY, s: e.sources.map((s) => (s.node?.className || s.node?.tagName || s.node?.nodeName) + ' ' + JSON.stringify([s.previousRect.y, s.previousRect.height, s.currentRect.y, s.currentRect.height])) }); }).observe({ type: 'layout-shift', buffered: true });
});
await page.goto(server.url + (process.argv[2] || '/guides/cambridgeshire-lscb-2013'));
await page.waitForTimeout(2500);
console.log(JSON.stringify(await page.evaluate(() => window.__log), null, 1));
console.log(await page.evaluate(() => [scrollY, document.activeElement?.tagName, document.activeElement?.id, location.href]));
await browser.close(); await server.close();
