import { chromium } from 'playwright-core';
import { startServer } from '/work/wt-13/scripts/serve.mjs';
const server = await startServer({ port: 0, root: '/work/wt-13/dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
await page.goto(server.url + '/guides');
await page.locator('h1').waitFor();
await page.waitForTimeout(500);
const links = await page.$$eval('main a[href^="/guides/"]', (as) => as.map((a) => a.getAttribute('href')));
console.log(links);
const m = () => page.evaluate(() => {
  const h = document.querySelector('.site-header').getBoundingClientRect();
  const u = document.querySelector('.guide-urgent-bar');
  const b = document.querySelector('.banners').getBoundingClientRect();
  return { header: Math.round(h.bottom), banners: Math.round(b.height), urgentTop: u && Math.round(u.getBoundingClientRect().top), urgentBottom: u && Math.round(u.getBoundingClientRect().bottom), h1: Math.round(document.querySelector('h1').getBoundingClientRect().bottom) };
});
console.log('/guides', await m());
await page.screenshot({ path: '/tmp/wt13/guides.png' });
for (const l of [...new Set(links)].slice(0, 5)) { await page.goto(server.url + l); await page.locator('h1').waitFor(); await page.waitForTimeout(300); console.log(l, await m()); }
await page.screenshot({ path: '/tmp/wt13/guide.png' });
await browser.close(); await server.close();
