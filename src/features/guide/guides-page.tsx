// The step guides for each partnership's escalation policy.
import { usePageTitle } from '../../ui/page-title';

export function GuidesPage() {
  usePageTitle('Guides');
  return (
    <>
      <h1>Guides</h1>
      <p>Choose your safeguarding partnership to see its escalation steps.</p>
    </>
  );
}
