// The title names the page the user is on from the moment its heading is drawn, so a screen reader
// announcing the change, or anyone reading the tab, never pairs a new page with the old title.
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { usePageTitle } from './page-title';

function Page({ title }: { title: string }) {
  usePageTitle(title);
  return <h1>{title}</h1>;
}

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
afterEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  document.body.replaceChildren();
});

describe('the page title', () => {
  it('changes in the same commit as the heading, before anything else can read the page', async () => {
    // Outside act(), React runs passive effects later than the commit, as in a real browser.
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.body.appendChild(document.createElement('main'));
    const root = createRoot(container);
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const heading = container.querySelector('h1')?.textContent ?? '';
      seen.push(`${heading} | ${document.title}`);
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });

    root.render(<Page key="loading" title="Opening the record" />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    root.render(<Page key="record" title="Escalation ESC-7KQ4-M2XD" />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    root.unmount();

    expect(seen).toEqual([
      'Opening the record | Opening the record – Escalate',
      'Escalation ESC-7KQ4-M2XD | Escalation ESC-7KQ4-M2XD – Escalate',
    ]);
  });
});
