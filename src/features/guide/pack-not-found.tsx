// Shown when the address names a policy this device does not have.
import { Link } from 'react-router';

export function PackNotFound() {
  return (
    <>
      <h1>Guide not found</h1>
      <p>
        This device has no policy with that name. It may have been deleted, or the link is wrong.
      </p>
      <p>
        <Link to="/guides">Choose a partnership</Link>
      </p>
    </>
  );
}
