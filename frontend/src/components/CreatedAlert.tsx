import { Alert, Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';

/** "X has been registered. Go to X": the success of a create dialog, with the way to what was made. */
export function CreatedAlert({ text, linkText, to }: { text: string; linkText: string; to: string }) {
  return (
    <Alert data-color="success" role="status">
      {text}{' '}
      <Link asChild>
        <RouterLink to={to}>{linkText}</RouterLink>
      </Link>
    </Alert>
  );
}
