// The Register section (register mode): import notifications, then the register table.
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/page-title';
import { ImportSection } from './import-section';
import { RegisterTable } from './register-table';
import './register.css';

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
      <RegisterTable />
    </>
  );
}
