import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { saveLocalSlots, saveMyService } from '../../data/my-service-repository';
import { dropDatabase, openFreshDatabase, renderGuide } from './guide-test-utils';

beforeEach(openFreshDatabase);
afterEach(dropDatabase);

const location = () => screen.getByTestId('location').textContent;

async function openedHeading(): Promise<HTMLElement> {
  await waitFor(() => expect(document.getElementById('step-detail-heading')).not.toBeNull());
  return document.getElementById('step-detail-heading') as HTMLElement;
}

function clickFlowchartBox(stepId: string) {
  const box = document.querySelector(`svg [data-step="${stepId}"]`);
  if (!box) throw new Error(`no flowchart box for ${stepId}`);
  fireEvent.click(box);
}

describe('the step guide', () => {
  it('opens the same detail from the step list and from the flowchart', async () => {
    const user = userEvent.setup();
    renderGuide('/guides/wiltshire-scb-2013');
    const steps = await screen.findByRole('list', { name: 'Steps of the policy' });
    await user.click(within(steps).getByRole('link', { name: /Stage Two/ }));
    const fromList = await openedHeading();
    expect(fromList.textContent).toBe('Stage Two: Senior Manager to Senior Manager');
    await waitFor(() => expect(document.activeElement).toBe(fromList));
    expect(location()).toBe('/guides/wiltshire-scb-2013?step=stage-two');
    const listDetail = fromList.closest('article')?.textContent;

    await user.click(within(steps).getByRole('link', { name: /Stage One/ }));
    await waitFor(() => expect(location()).toBe('/guides/wiltshire-scb-2013?step=stage-one'));

    clickFlowchartBox('stage-two');
    await waitFor(() => expect(location()).toBe('/guides/wiltshire-scb-2013?step=stage-two'));
    const fromChart = await openedHeading();
    expect(fromChart.textContent).toBe('Stage Two: Senior Manager to Senior Manager');
    expect(fromChart.closest('article')?.textContent).toBe(listDetail);
    expect(
      within(steps)
        .getByRole('link', { name: /Stage Two/ })
        .getAttribute('aria-current'),
    ).toBe('step');
  });

  it('shows a step linked to directly, with timescale, actions, records and what comes next', async () => {
    renderGuide('/guides/south-tyneside-joint-2024?step=st-stage-1');
    const heading = await openedHeading();
    const detail = within(heading.closest('article') as HTMLElement);
    expect(heading.textContent).toBe('Stage 1: Immediate Resolution – Line Managers');
    expect(detail.getByText('Within 1 working day')).toBeTruthy();
    expect(detail.getByText(/the app counts one working day/)).toBeTruthy();
    expect(detail.getByRole('heading', { name: 'What to do' })).toBeTruthy();
    expect(detail.getByRole('heading', { name: 'What to record' })).toBeTruthy();
    const next = detail.getByRole('link', { name: /^Next step: Stage 2/ });
    expect(next.getAttribute('href')).toBe('/guides/south-tyneside-joint-2024?step=st-stage-2');
    await userEvent.setup().click(next);
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Stage 2: /));
  });

  it('shows only the roles and ladder for my agency type, keeping the others a click away', async () => {
    await saveMyService({ agencyType: 'education', role: 'DSL', agency: 'A school' });
    renderGuide('/guides/cambridgeshire-lscb-2013?step=cambs-opposite-number');
    const heading = await openedHeading();
    const article = heading.closest('article') as HTMLElement;
    await within(article).findByText('Lead Designated Person for Child Protection/Headteacher', {
      selector: 'ul.guide-list > li > strong',
    });
    const mine = article.querySelector('ul.guide-list') as HTMLElement;
    const mineRoles = within(mine)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(mineRoles.some((role) => role?.includes('Lead Designated Person'))).toBe(true);
    expect(within(article).getByText('Member of school staff')).toBeTruthy();
    expect(within(article).queryByText('Health Visitor')).toBeNull();
  });

  it('shows every role grouped by agency type, with a prompt, when no agency type is set', async () => {
    renderGuide('/guides/cambridgeshire-lscb-2013?step=cambs-designated-leads');
    const heading = await openedHeading();
    const article = within(heading.closest('article') as HTMLElement);
    expect(article.getByRole('link', { name: /Set your agency type/ }).getAttribute('href')).toBe(
      '/settings',
    );
    expect(article.getByRole('heading', { name: 'Every agency' })).toBeTruthy();
    expect(
      article.getByRole('heading', { name: 'Schools, colleges and early years settings' }),
    ).toBeTruthy();
    expect(article.getByText('Headteacher')).toBeTruthy();
  });

  it('hides other agencies’ roles behind a disclosure for a health visitor', async () => {
    await saveMyService({ agencyType: 'health', role: 'Health Visitor', agency: '' });
    renderGuide('/guides/cambridgeshire-lscb-2013?step=cambs-opposite-number');
    const heading = await openedHeading();
    const article = heading.closest('article') as HTMLElement;
    await within(article).findByText('Health Visitor');
    const others = within(article)
      .getByText(/Roles in other agencies/)
      .closest('details');
    expect(others?.open).toBe(false);
    expect(within(others as HTMLElement).getByText(/Lead Designated Person/)).toBeTruthy();
  });

  it('leads straight to the imminent-risk route from the always-visible control', async () => {
    const user = userEvent.setup();
    renderGuide('/guides/wiltshire-scb-2013');
    const urgent = await screen.findByRole('navigation', { name: 'Urgent' });
    await user.click(
      within(urgent).getByRole('link', { name: 'A child is at imminent risk of harm' }),
    );
    const heading = await openedHeading();
    expect(heading.textContent).toBe('Child at imminent risk of harm');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(location()).toBe('/guides/wiltshire-scb-2013?step=wilts-imminent-risk');
  });

  it('offers the injury route where the policy has one, and general advice where it has no imminent-risk route', async () => {
    const user = userEvent.setup();
    renderGuide('/guides/cambridgeshire-lscb-2013');
    const urgent = await screen.findByRole('navigation', { name: 'Urgent' });
    await user.click(
      within(urgent).getByRole('link', {
        name: 'Possible non-accidental injury of an infant/young child',
      }),
    );
    expect((await openedHeading()).textContent).toBe(
      'Possible non-accidental injury of an infant/young child',
    );
    await user.click(
      within(urgent).getByRole('link', { name: 'A child is at imminent risk of harm' }),
    );
    await waitFor(async () =>
      expect((await openedHeading()).textContent).toBe('A child is at imminent risk of harm'),
    );
    expect(
      screen.getAllByText(/not part of the Cambridgeshire LSCB policy/).length,
    ).toBeGreaterThan(0);
  });

  it('words the imminent-risk control for a policy about children and adults', async () => {
    renderGuide('/guides/south-tyneside-joint-2024');
    const urgent = await screen.findByRole('navigation', { name: 'Urgent' });
    expect(
      within(urgent).getByRole('link', { name: 'A child or adult is at imminent risk of harm' }),
    ).toBeTruthy();
  });

  it('shows my service’s local names at their step', async () => {
    await saveLocalSlots('wiltshire-scb-2013', {
      'wilts-slot-stage-one': 'Play Leader, Rainbow Nursery',
    });
    renderGuide('/guides/wiltshire-scb-2013?step=stage-one');
    const heading = await openedHeading();
    const article = within(heading.closest('article') as HTMLElement);
    expect(await article.findByText('Play Leader, Rainbow Nursery')).toBeTruthy();
    expect(article.getByText('In my service this is …')).toBeTruthy();
  });

  it('keeps every step in full, in order, for printing', async () => {
    renderGuide('/guides/lincolnshire-scb-2010');
    const print = await screen.findByTestId('print-steps');
    const headings = within(print)
      .getAllByRole('heading', { level: 3, hidden: true })
      .map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Step 1: Discussion amongst frontline professionals',
      'Step 2: Line managers/supervisors',
      'Step 3: Senior liaison officers',
      'Step 4: Inter agency case review group',
      'Immediate safeguarding issues for a child',
    ]);
    expect(screen.getByRole('button', { name: 'Print this guide' })).toBeTruthy();
  });

  it('says so when the address names no policy', async () => {
    renderGuide('/guides/no-such-pack');
    expect(await screen.findByRole('heading', { level: 1, name: 'Guide not found' })).toBeTruthy();
  });
});
