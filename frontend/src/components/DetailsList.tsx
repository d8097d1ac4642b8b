import { Fragment } from 'react';

/** Terms and their values as a description list, two columns on wide screens. */
export function DetailsList({ rows, testId }: { rows: readonly (readonly [string, string])[]; testId?: string }) {
  return (
    <dl className="vekst-details" data-testid={testId}>
      {rows.map(([term, description]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{description}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
