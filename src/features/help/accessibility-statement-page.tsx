// The accessibility statement (WCAG 2.2 AA is the target; DESIGN.md §7).
import { usePageTitle } from '../../ui/page-title';

export function AccessibilityStatementPage() {
  usePageTitle('Accessibility statement');
  return (
    <>
      <h1>Accessibility statement</h1>
      <p>
        Escalate is built to be used by as many people as possible. We aim to meet the Web Content
        Accessibility Guidelines (WCAG) 2.2 at level AA.
      </p>
      <h2>What you should be able to do</h2>
      <ul>
        <li>use every part of the app with a keyboard alone, with the focus always visible</li>
        <li>use the app with a screen reader such as VoiceOver, NVDA or JAWS</li>
        <li>zoom to 200% and read everything without scrolling sideways</li>
        <li>tap every control easily on a tablet: touch targets are at least 44 by 44 pixels</li>
        <li>follow each step guide as a numbered list as well as a flowchart</li>
        <li>print guides and forms on A4</li>
      </ul>
      <h2>How we test</h2>
      <p>
        Every page is checked automatically with axe-core in a real browser on every change, and the
        main journeys are tested by keyboard.
      </p>
      <h2>Known limits</h2>
      <ul>
        <li>
          The notification PDF is made on your device and is not a tagged PDF, so some screen
          readers read it less well than the same content in the app. The app shows the same text on
          screen before you create the file.
        </li>
      </ul>
      <h2>Tell us about a problem</h2>
      <p>
        If something in Escalate is hard to use, tell the person in your organisation who introduced
        it, and ask them to pass it on to the team that maintains it.
      </p>
      <p>This statement was prepared on 24 November 2026.</p>
    </>
  );
}
