import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dropDatabase, openFreshDatabase, renderGuide } from './guide-test-utils';

beforeEach(openFreshDatabase);
afterEach(dropDatabase);

describe('choosing a partnership', () => {
  it('lists every built-in partnership with its area, audience, dates and origin', async () => {
    renderGuide('/guides');
    const cards = await screen.findAllByRole('heading', { level: 3 });
    expect(cards.map((heading) => heading.textContent)).toEqual(
      expect.arrayContaining([
        'Cambridgeshire Local Safeguarding Children Board',
        'Wiltshire Safeguarding Children Board',
        'Lincolnshire Safeguarding Children Board',
      ]),
    );
    expect(cards).toHaveLength(5);
    const wiltshire = cards.find((heading) => heading.textContent?.startsWith('Wiltshire'));
    const card = within(wiltshire?.closest('li') as HTMLElement);
    expect(card.getByText('Published June 2013')).toBeTruthy();
    expect(card.getByText('Children')).toBeTruthy();
    expect(card.getByText('Built into Escalate')).toBeTruthy();
  });

  it('remembers the choice and leads with it next time', async () => {
    const user = userEvent.setup();
    const first = renderGuide('/guides');
    expect(screen.queryByRole('heading', { name: 'Your partnership' })).toBeNull();
    await user.click(
      await screen.findByRole('link', { name: 'Wiltshire Safeguarding Children Board' }),
    );
    await screen.findByRole('heading', { level: 1, name: /WSCB Escalation Policy/ });
    first.unmount();

    renderGuide('/guides');
    await screen.findByRole('heading', { level: 2, name: 'Your partnership' });
    const open = screen.getByRole('link', { name: 'Open the WSCB step guide' });
    expect(open.getAttribute('href')).toBe('/guides/wiltshire-scb-2013');
  });

  it('links to loading a partnership’s own policy', async () => {
    renderGuide('/guides');
    const link = await screen.findByRole('link', { name: 'Load your partnership’s own policy' });
    expect(link.getAttribute('href')).toBe('/guides/custom');
  });
});
