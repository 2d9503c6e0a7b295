// The home page: what Escalate is for, and the way in to each journey.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/page-title';

/** `children`: what is due, composed in by the app when the user has records. */
export function HomePage({ children }: { children?: ReactNode }) {
  usePageTitle('');
  return (
    <>
      <h1>Escalate</h1>
      <p className="lead">
        When you disagree with another agency’s decision about a child’s or an adult’s safety,
        Escalate walks you through your safeguarding partnership’s escalation policy, stage by
        stage, with the working-day timescales worked out for you. It keeps the record of every
        discussion on this device and prepares the anonymised notification for your partnership.
      </p>
      <ul className="card-list">
        <li className="card">
          <h2>
            <Link to="/guides">What do I do now?</Link>
          </h2>
          <p>Your partnership’s steps, who to talk to at each level, and by when.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/escalations">Your escalations</Link>
          </h2>
          <p>Start a record, log discussions, and see what is due.</p>
        </li>
      </ul>
      {children && (
        <section aria-labelledby="due-heading">
          <h2 id="due-heading">What is due</h2>
          {children}
        </section>
      )}
    </>
  );
}
