// Per policy: the guide says what the source says about when the partnership is told and what to do
// in an emergency, numbers only what the source numbers, and makes every number and address a link.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { saveMyService } from '../../data/my-service-repository';
import { dropDatabase, openFreshDatabase, renderGuide } from './guide-test-utils';

beforeEach(openFreshDatabase);
afterEach(dropDatabase);

async function openedStep(path: string): Promise<HTMLElement> {
  renderGuide(path);
  await waitFor(() => expect(document.getElementById('step-detail-heading')).not.toBeNull());
  const heading = document.getElementById('step-detail-heading') as HTMLElement;
  return heading.closest('article') as HTMLElement;
}

/** The urgent route opens with 999, the front door and the police, marked as not the policy's. */
function expectFirstMinutes(article: HTMLElement, shortName: string) {
  const call999 = within(article).getByRole('link', { name: '999' });
  expect(call999.getAttribute('href')).toBe('tel:999');
  expect(article.textContent).toContain('front door');
  expect(article.textContent).toContain(`it is not part of the ${shortName} policy`);
}

describe('Wiltshire (WSCB, June 2013)', () => {
  it('asks for the form at whatever stage the disagreement is resolved', async () => {
    for (const step of ['pre-escalation', 'stage-one', 'stage-two']) {
      const article = await openedStep(`/guides/wiltshire-scb-2013?step=${step}`);
      expect(article.textContent).toContain(
        'If the disagreement is resolved at this stage, the policy asks for “WSCB Escalation Policy: Notification of an escalation to the WSCB”, which goes to WSCB Business Support (WSCB administration)',
      );
      expect(article.textContent).not.toContain('not notified at this stage');
      document.body.innerHTML = '';
    }
  });

  it('says on the step list to send the form once resolved, not just to stop', async () => {
    renderGuide('/guides/wiltshire-scb-2013');
    const said = await screen.findAllByText(
      /if the disagreement is resolved, record the outcome and send “WSCB/,
    );
    // The list's hint and the flowchart's text alternative both say it.
    expect(said.map((element) => element.tagName.toLowerCase())).toEqual(['p', 'desc']);
  });

  it('starts the imminent-risk route with 999, then its own contacts as call links', async () => {
    const article = await openedStep('/guides/wiltshire-scb-2013?step=wilts-imminent-risk');
    expectFirstMinutes(article, 'WSCB');
    const nurse = within(article).getByRole('link', { name: '01380 733908' });
    expect(nurse.getAttribute('href')).toBe('tel:01380733908');
    const mailbox = within(article).getByRole('link', { name: 'LSCB@wiltshire.gov.uk' });
    expect(mailbox.getAttribute('href')).toBe('mailto:LSCB@wiltshire.gov.uk');
  });

  it('shows the early-years examples only to services they fit', async () => {
    await saveMyService({ agencyType: 'health', role: 'Health visitor', agency: '' });
    const forHealth = await openedStep('/guides/wiltshire-scb-2013?step=stage-one');
    await within(forHealth).findByText(/The manager in your service/);
    expect(forHealth.textContent).not.toContain('Play Leader');
    document.body.innerHTML = '';
    await saveMyService({ agencyType: 'education', role: 'Play leader', agency: '' });
    const forEarlyYears = await openedStep('/guides/wiltshire-scb-2013?step=stage-one');
    expect(await within(forEarlyYears).findByText(/For example: Play Leader\./)).toBeTruthy();
  });
});

describe('Cambridgeshire (LSCB, revised October 2013)', () => {
  it('is revised, not published, in October 2013', async () => {
    renderGuide('/guides/cambridgeshire-lscb-2013');
    expect(
      (await screen.findAllByText(/Publication date not given, revised October 2013/)).length,
    ).toBeGreaterThan(0);
  });

  it('numbers none of its steps, as the source numbers none', async () => {
    renderGuide('/guides/cambridgeshire-lscb-2013');
    const steps = await screen.findByRole('list', { name: 'Steps of the policy' });
    expect(steps.textContent).not.toMatch(/Step \d/);
  });

  it('words the injury route as §2.6 does, after the general first minutes', async () => {
    const article = await openedStep(
      '/guides/cambridgeshire-lscb-2013?step=cambs-non-accidental-injury',
    );
    expectFirstMinutes(article, 'Cambridgeshire LSCB');
    expect(article.textContent).toContain('Resolve the difference of opinion immediately.');
    expect(article.textContent).not.toMatch(/do not wait on the step-by-step|at once/);
  });

  it('tells the Independent Chair only at the last step, and not who does it', async () => {
    const early = await openedStep('/guides/cambridgeshire-lscb-2013?step=cambs-own-agency');
    expect(early.textContent).toContain(
      'Not at this stage. The policy asks for “Notification to the Independent Chair',
    );
    document.body.innerHTML = '';
    const chair = await openedStep('/guides/cambridgeshire-lscb-2013?step=cambs-independent-chair');
    expect(chair.textContent).toContain('At this stage the policy asks for');
    expect(chair.textContent).toContain('is informed');
  });
});

describe('Lincolnshire (SCB, 2010)', () => {
  it('does not badge Step 4 as notifying the Board', async () => {
    renderGuide('/guides/lincolnshire-scb-2010');
    const steps = await screen.findByRole('list', { name: 'Steps of the policy' });
    expect(steps.textContent).not.toContain('notified');
    expect(steps.textContent).toContain('Form due: Referral to the inter agency case review group');
  });

  it('says the referral goes to the case review group, not that the Board is told', async () => {
    const step4 = await openedStep('/guides/lincolnshire-scb-2010?step=lincs-step-4');
    expect(step4.textContent).toContain(
      'At this stage the policy asks for “Referral to the inter agency case review group”, which goes to Inter agency case review group',
    );
    expect(step4.textContent).toContain('The policy does not say that the Board itself is told.');
  });

  it('starts the immediate-safeguarding route with 999 and the front door', async () => {
    const article = await openedStep(
      '/guides/lincolnshire-scb-2010?step=lincs-immediate-safeguarding',
    );
    expectFirstMinutes(article, 'Lincolnshire SCB');
    expect(article.textContent).toContain('Take urgent action to escalate the matter');
  });
});

describe('South Tyneside (joint protocol, reviewed April 2024)', () => {
  it('does not number the practitioner step before its own Stage 1', async () => {
    renderGuide('/guides/south-tyneside-joint-2024');
    const steps = await screen.findByRole('list', { name: 'Steps of the policy' });
    const first = within(steps).getAllByRole('listitem')[0];
    expect(first?.textContent).toMatch(/^Practitioner to practitioner/);
    expect(steps.textContent).not.toMatch(/step 1/i);
    // Its marker carries no number of ours (the visible counter skips it), so Stage 1 is shown as 1.
    const [practitioner, stage1] = within(steps).getAllByRole('listitem');
    expect(practitioner?.className).toContain('guide-steps__item--unnumbered');
    expect(stage1?.className).not.toContain('guide-steps__item--unnumbered');
  });

  it('notifies the partnership at Stage 2, and has the Business Manager and Chair decide together', async () => {
    const stage2 = await openedStep('/guides/south-tyneside-joint-2024?step=st-stage-2');
    expect(stage2.textContent).toContain(
      'At this stage the policy asks for “Escalation Notification',
    );
    expect(stage2.textContent).toContain('Source: §4 Stage 2');
    document.body.innerHTML = '';
    const stage4 = await openedStep('/guides/south-tyneside-joint-2024?step=st-stage-4');
    expect(stage4.textContent).toContain('decide together');
    expect(stage4.textContent).toContain('arbitration and mediation');
  });

  it('offers general first-minutes advice for imminent risk, marked as not the protocol’s', async () => {
    renderGuide('/guides/south-tyneside-joint-2024?step=_in-danger');
    await screen.findByRole('heading', { name: 'A child or adult is at imminent risk of harm' });
    expect(screen.getByRole('link', { name: '999' }).getAttribute('href')).toBe('tel:999');
    expect(document.body.textContent).toContain('adult social care');
  });
});

describe('the LSCP procedure (area not named)', () => {
  it('has three stages and offers the Safeguarding Unit at any point (§2.7)', async () => {
    renderGuide('/guides/unnamed-lscp-resolution-procedure');
    const steps = await screen.findByRole('list', { name: 'Steps of the policy' });
    expect(within(steps).getAllByRole('listitem')).toHaveLength(3);
    expect(steps.textContent).not.toContain('Safeguarding Unit');
    await screen.findByRole('heading', { level: 2, name: 'More from this policy' });
    expect(document.body.textContent).toContain(
      'At any point, the Local Authority Children’s Services Safeguarding Unit offers consultation',
    );
  });
});
