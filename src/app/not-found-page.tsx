// Shown for an address the app does not have.
import { Link } from 'react-router';
import { usePageTitle } from '../ui/page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. If you typed it, check it is correct.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}
