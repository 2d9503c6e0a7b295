// On a 390 × 844 phone in Chromium: the header and navigation take at most a quarter of the first
// screen, every guide shows its imminent-risk shortcut without scrolling, late notices and the
// Settings sections move nothing (CLS ≤ 0.01), tables and the flowchart scroll in a focusable
// region (the flowchart's text at least 14 px), every radio, checkbox, label, drop-down list,
// standalone link and call link is at least 44 × 44 px with each label beside its box, every
// navigation item is in view (register mode too), a long web address or name wraps instead of
// widening the page, axe finds nothing, and no page reports a CSP violation.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, waitForApp, type BrowserSession } from './browser';
import { setPassphrase, startEscalation, unlockWith } from './journey-steps';

const PHONE = { width: 390, height: 844 };
/** Unbroken text as people paste it: a 300-character web address and a 150-letter name. */
const LONG_ADDRESS = `https://example.org/${'minutes-'.repeat(35)}`;
const LONG_NAME = 'Ravensworth'.repeat(14).slice(0, 150);

let session: BrowserSession;
let page: Page;

/** Runs in every document before the app: layout shifts and CSP violations, from the start. */
function watchPage() {
  const record = { shift: 0, violations: [] as string[], moved: [] as string[] };
  (window as unknown as { __phone: typeof record }).__phone = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[])
      if (!entry.hadRecentInput) {
        record.shift += entry.value;
        const sources = (entry as unknown as { sources?: { node?: Node }[] }).sources ?? [];
        record.moved.push(
          ...sources.map((s) => {
            const { previousRect: from, currentRect: to } = s as unknown as Record<string, DOMRect>;
            const name = s.node instanceof Element ? s.node.className || s.node.tagName : '?';
            // With the width of the view then: a shift at another width is the viewport resizing.
            return `${name} (${from?.x},${from?.y})→(${to?.x},${to?.y}) at ${window.innerWidth}px, ${Math.round(entry.startTime)} ms`;
          }),
        );
      }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', (event) =>
    record.violations.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
  );
}

const watched = () =>
  page.evaluate(
    () =>
      (window as unknown as { __phone: { shift: number; violations: string[]; moved: string[] } })
        .__phone,
  );

beforeAll(async () => {
  session = await openBrowser(PHONE);
  page = session.page;
  await session.context.addInitScript(watchPage);
});

afterAll(async () => {
  await session.close();
});

async function expectNoAxeViolations(): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Radios, checkboxes, their labels, drop-down lists and standalone links smaller than 44 × 44 px. */
async function smallTargets(): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const check = (el: Element) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return; // not shown
      if (box.width < 44 || box.height < 44)
        small.push(`${describe(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    };
    for (const input of document.querySelectorAll<HTMLInputElement>(
      'main input[type=checkbox], main input[type=radio]',
    )) {
      check(input);
      for (const label of input.labels ?? []) check(label);
    }
    for (const list of document.querySelectorAll('main select')) check(list);
    // A standalone link is the whole text of its block (not a link inside a sentence). A call
    // link counts wherever it is: someone calling 999 may be hurrying.
    for (const link of document.querySelectorAll('body a[href]')) {
      const block = link.closest('p, li, div, dd, td, nav, header, footer');
      const blockText = (block?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const linkText = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
      const call = link.getAttribute('href')?.startsWith('tel:') ?? false;
      if (blockText === linkText || link.classList.contains('button') || call) check(link);
    }
    return small;
  });
}

/** How far the page reaches sideways: no wider than the screen unless something overflows. */
async function pageWidth(): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Checkboxes and radios in main whose label is not beside them (it starts below the box). */
async function labelsNotBeside(): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLInputElement>(
        'main input[type=checkbox], main input[type=radio]',
      ),
    ]
      .filter((input) => input.getBoundingClientRect().width > 0)
      .flatMap((input) => {
        const box = input.getBoundingClientRect();
        return [...(input.labels ?? [])]
          .filter((label) => {
            const text = label.getBoundingClientRect();
            return text.top >= box.bottom || text.left < box.right;
          })
          .map((label) => `"${(label.textContent ?? '').trim().slice(0, 40)}"`);
      }),
  );
}

/** Navigation items not wholly on the screen. */
async function navItemsOutOfView(): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.site-nav a')]
      .filter((link) => {
        const box = link.getBoundingClientRect();
        return box.left < 0 || box.right > window.innerWidth;
      })
      .map((link) => `${link.textContent} ${Math.round(link.getBoundingClientRect().right)}`),
  );
}

async function firstScreenOfHeader(): Promise<number> {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header')?.getBoundingClientRect();
    return (header?.bottom ?? 0) / window.innerHeight;
  });
}

describe('on a phone', () => {
  it('shows home with a short header, and the offline notice moves nothing', async () => {
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('heading', { level: 1, name: 'Escalate' }).waitFor();
    // The first visit installs the service worker, which then says the app works offline.
    await page.getByText('Escalate now works offline').waitFor();
    await page.waitForTimeout(500);
    expect(await firstScreenOfHeader()).toBeLessThanOrEqual(0.25);
    const { shift, violations } = await watched();
    expect(shift).toBeLessThanOrEqual(0.01);
    expect(violations).toEqual([]);
    expect(await smallTargets()).toEqual([]);
    await expectNoAxeViolations();
    await page.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('shows the imminent-risk shortcut on the first screen of every guide', async () => {
    await page.goto(`${inject('baseUrl')}/guides`);
    await page.getByRole('heading', { level: 1, name: 'Guides' }).waitFor();
    const guides = await page
      .locator('main a[href^="/guides/"]:not([href="/guides/custom"])')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') ?? ''))]);
    expect(guides.length).toBeGreaterThanOrEqual(5);
    for (const guide of guides) {
      await page.goto(`${inject('baseUrl')}${guide}`);
      // The guide is painted from HTML, then the app hydrates it and may draw more (banners):
      // measure once the app owns the page.
      await waitForApp(page);
      const urgent = page.getByRole('link', { name: /imminent risk/i }).first();
      await urgent.waitFor();
      // Wholly inside the first screen, and nothing (a notice) drawn over it.
      const onScreen = await urgent.evaluate((link) => {
        const box = link.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return box.top >= 0 && box.bottom <= window.innerHeight && link.contains(hit);
      });
      expect(onScreen, guide).toBe(true);
      expect(await firstScreenOfHeader()).toBeLessThanOrEqual(0.25);
      const { shift, violations, moved } = await watched();
      expect(shift, `${guide} moved ${moved.join(', ')}`).toBeLessThanOrEqual(0.01);
      expect(violations, guide).toEqual([]);
      expect(await smallTargets(), guide).toEqual([]);

      // The flowchart keeps readable text and scrolls sideways in its own region.
      const chart = await page.locator('.guide-map .flowchart').evaluate((svg) => {
        const chart = svg as SVGSVGElement;
        const scale = chart.getBoundingClientRect().width / chart.viewBox.baseVal.width;
        const text = chart.querySelector('text') ?? chart;
        const region = chart.closest('[role=region]');
        return {
          textPx: scale * parseFloat(getComputedStyle(text).fontSize),
          scrolls: region !== null && region.scrollWidth > region.clientWidth,
          focusable: region instanceof HTMLElement && region.tabIndex === 0,
        };
      });
      expect(chart.textPx, guide).toBeGreaterThanOrEqual(14);
      expect(chart, guide).toMatchObject({ scrolls: true, focusable: true });
      expect(await pageWidth(), guide).toBeLessThanOrEqual(PHONE.width);

      // The imminent-risk route: its call links (999, 101, named people) are 44 px targets.
      await urgent.click();
      await page.locator('main a[href^="tel:"]').filter({ visible: true }).first().waitFor();
      expect(await smallTargets(), `${guide} urgent route`).toEqual([]);
    }
  });

  it('keeps forms, the record and the notification touch-friendly and readable', async () => {
    await page.goto(`${inject('baseUrl')}/escalations`);
    await page
      .getByRole('heading', { level: 1, name: 'Set a passphrase for your records' })
      .waitFor();
    expect(await smallTargets()).toEqual([]);
    await setPassphrase(page);
    await page.getByRole('link', { name: 'Start an escalation' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Start an escalation' }).waitFor();
    expect(await smallTargets()).toEqual([]);
    // A policy whose themes have hints ("Counted as: …"): each hint sits under its choice's words.
    await page
      .getByLabel('Which partnership’s policy are you following?')
      .selectOption({ label: 'Cambridgeshire Local Safeguarding Children Board' });
    await page
      .getByText(/^Counted as:/)
      .first()
      .waitFor();
    const squeezed = await page.locator('.record-choice-hint').evaluateAll((hints) =>
      hints
        .filter((hint) => {
          const label = hint.closest('label')?.getBoundingClientRect();
          return label === undefined || hint.getBoundingClientRect().left > label.left + 1;
        })
        .map((hint) => hint.textContent),
    );
    expect(squeezed).toEqual([]);
    expect(await labelsNotBeside()).toEqual([]);
    // The professional on the record has a name longer than the screen is wide.
    await startEscalation(page, 'Wiltshire Safeguarding Children Board', LONG_NAME);
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);

    // The record: the stage history scrolls sideways inside a named, focusable region.
    const region = page.getByRole('region', { name: 'Stage history table' });
    const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(scrolls).toBe(true);
    await region.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expectNoAxeViolations();
    expect(await smallTargets()).toEqual([]);

    await page.getByRole('link', { name: 'Log a discussion' }).click();
    await page.getByLabel('Phone call').waitFor();
    expect(await smallTargets()).toEqual([]);
    // The form offers the record's professional as a button, long name and all: it wraps.
    const addLongName = page.getByRole('button', { name: new RegExp(`^Add ${LONG_NAME}`) });
    await addLongName.waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    await page.getByLabel('Phone call').check();
    await addLongName.click();
    // A pasted web address longer than the screen is wide wraps too.
    await page
      .getByLabel('Summary of the discussion')
      .fill(`Agreed to look again. The minutes are at ${LONG_ADDRESS} for both teams.`);
    await page.getByRole('button', { name: 'Save the discussion' }).click();
    await page.getByText('Discussion logged').first().waitFor();
    await page.getByText(LONG_ADDRESS).first().waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('link', { name: 'Resolve', exact: true }).click();
    await page.getByLabel('Agreed outcome').fill('A home visit is booked.');
    await page.getByRole('button', { name: 'Resolve and close the record' }).click();
    await page.getByText('Escalation resolved').first().waitFor();
    await page.getByRole('link', { name: 'Prepare the notification' }).click();
    await page.getByRole('heading', { name: /Check what will be printed/ }).waitFor();
    expect(await page.getByRole('checkbox').count()).toBeGreaterThan(5);
    expect(await smallTargets()).toEqual([]);
    expect(await labelsNotBeside()).toEqual([]);
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations();

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await smallTargets()).toEqual([]);
    expect(await labelsNotBeside()).toEqual([]);
    expect((await watched()).violations).toEqual([]);

    // Register mode adds a fifth navigation item: all five stay in view, the header still short.
    expect(await navItemsOutOfView()).toEqual([]);
    await page.getByLabel('I receive notifications for a partnership').check();
    await page.getByRole('link', { name: 'Register', exact: true }).waitFor();
    expect(await navItemsOutOfView()).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await firstScreenOfHeader()).toBeLessThanOrEqual(0.25);
  });

  it('draws Settings in one go: its sections, each loading its own data, move nothing', async () => {
    // A full page load, so no recent click excuses a shift (the vault is locked again after it).
    await page.goto(`${inject('baseUrl')}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Storage on this device' }).waitFor();
    await page.getByText('Records kept').waitFor();
    await page.waitForTimeout(500);
    const { shift, violations, moved } = await watched();
    expect(shift, `Settings moved ${moved.join(', ')}`).toBeLessThanOrEqual(0.01);
    expect(violations).toEqual([]);
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(8);
    expect(await smallTargets()).toEqual([]);
    await expectNoAxeViolations();
  });

  it('adds Register to the navigation once unlocked without pushing the page down', async () => {
    // Register mode is on from the forms test; the setting is read once the vault is unlocked, and
    // its navigation item arrives a moment after the page has drawn. At 390 px, and at 360 px, the
    // width of most Android phones. A full page load locks the vault again for the next width.
    for (const width of [PHONE.width, 360]) {
      await page.setViewportSize({ width, height: PHONE.height });
      await page.goto(`${inject('baseUrl')}/escalations`);
      const rows = () => page.evaluate(() => document.querySelector('.site-nav ul')?.clientHeight);
      const locked = await rows();
      await unlockWith(page);
      await page.getByRole('heading', { level: 1, name: 'Escalations' }).waitFor();
      await page.getByRole('link', { name: 'Register', exact: true }).waitFor();
      await page.waitForTimeout(500);
      const { shift, moved } = await watched();
      expect(shift, `Escalations at ${width} px moved ${moved.join(', ')}`).toBeLessThanOrEqual(
        0.01,
      );
      // Still one row: a second would push the page down the moment Register arrives.
      expect(await rows(), `${width} px`).toBe(locked);
      expect(await navItemsOutOfView(), `${width} px`).toEqual([]);
      expect(await firstScreenOfHeader()).toBeLessThanOrEqual(0.25);
    }
    await page.setViewportSize(PHONE);
  });
});
