// Load a partnership's own policy: import a pack file, see and manage the imported ones, and read
// the format in brief.
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/page-title';
import { ImportedPacksList } from './imported-packs-list';
import { PackFormatSummary } from './pack-format-summary';
import { PackImportForm } from './pack-import-form';

export function CustomPacksPage() {
  usePageTitle('Your partnership’s own policy');
  return (
    <div className="guide">
      <h1>Your partnership’s own policy</h1>
      <p className="lead">
        If your partnership is not built into Escalate, load its policy from a policy pack file. It
        stays on this device and works offline like the built-in ones.
      </p>
      <p>
        <Link to="/guides">Back to the partnerships</Link>
      </p>
      <h2>Load a policy pack</h2>
      <PackImportForm />
      <ImportedPacksList />
      <PackFormatSummary />
    </div>
  );
}
