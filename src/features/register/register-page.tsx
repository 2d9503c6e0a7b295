// The Register section (register mode): import notifications, then the register table.
import { Link } from 'react-router';
import { InvalidRecordError } from '../../data/record-checks';
import { ErrorBoundary } from '../../ui/error-boundary';
import { usePageTitle } from '../../ui/page-title';
import { ImportSection } from './import-section';
import { RegisterTable } from './register-table';
import './register.css';

/** A damaged entry on the table's page says which it is; importing stays open above it. */
function describeTableProblem(error: unknown): string {
  return error instanceof InvalidRecordError
    ? error.message
    : 'The register could not be shown. Unlock the app if it locked, then reload the page.';
}

export function RegisterPage() {
  usePageTitle('Register');
  return (
    <>
      <h1>Register of notifications</h1>
      <p>
        The notifications your partnership has received, kept encrypted on this device. Import the
        PDFs as they arrive; the register reads the data each notification carries, so nothing is
        retyped.
      </p>
      <p>
        <Link to="/register/themes">See the six-monthly themes</Link>
      </p>
      <ImportSection />
      <ErrorBoundary describe={describeTableProblem}>
        <RegisterTable />
      </ErrorBoundary>
    </>
  );
}
