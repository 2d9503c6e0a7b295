// The title names the page the user is on from the moment its heading is drawn, so a screen reader
// announcing the change, or anyone reading the tab, never pairs a new page with the old title.
import { afterEach, describe, expect, it } from 'vitest';
import { renderOutsideAct, type OutsideAct } from '../../test/fixtures/outside-act';
import { usePageTitle } from './page-title';

function Page({ title }: { title: string }) {
  usePageTitle(title);
  return <h1>{title}</h1>;
}

let page: OutsideAct | undefined;
afterEach(() => page?.close());

const heading = (title: string) => (container: HTMLElement) =>
  container.querySelector('h1')?.textContent === title;

describe('the page title', () => {
  it('changes in the same commit as the heading, before anything else can read the page', async () => {
    page = renderOutsideAct(
      (container) => `${container.querySelector('h1')?.textContent ?? ''} | ${document.title}`,
    );
    await page.render(
      <Page key="loading" title="Opening the record" />,
      heading('Opening the record'),
    );
    await page.render(
      <Page key="record" title="Escalation ESC-7KQ4-M2XD" />,
      heading('Escalation ESC-7KQ4-M2XD'),
    );

    expect(page.seen).toEqual([
      'Opening the record | Opening the record – Escalate',
      'Escalation ESC-7KQ4-M2XD | Escalation ESC-7KQ4-M2XD – Escalate',
    ]);
  });
});
