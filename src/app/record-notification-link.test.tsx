// The way from a record to its notification says at once that work has started: the page's code
// and the anonymiser take seconds on a slow phone the first time.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RecordNotificationLink } from './record-notification-link';

vi.mock('../data/notifications-repository', () => ({
  useNotificationsFor: () => ({ kind: 'ready', notifications: [] }),
}));

describe('the link to prepare the notification', () => {
  it('shows a busy state as soon as it is tapped, while the page still loads', async () => {
    const router = createMemoryRouter(
      [
        { path: '/escalations/e1', element: <RecordNotificationLink escalationId="e1" /> },
        // The notification page's code never arrives in this test: the record page stays.
        { path: '/notifications/*', lazy: () => new Promise(() => undefined) },
      ],
      { initialEntries: ['/escalations/e1'] },
    );
    render(<RouterProvider router={router} />);
    const link = screen.getByRole('link', { name: 'Prepare the notification' });
    expect(link.getAttribute('aria-busy')).toBeNull();
    await userEvent.click(link);
    const busy = screen.getByRole('link', { name: 'Preparing the notification…' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toMatch(/checking its text/);
  });
});
