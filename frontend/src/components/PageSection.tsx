import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** A section of a page with its level-2 heading; `busy` while its figures are being read again. */
export function PageSection({ id, title, busy, children }: { id: string; title: string; busy?: boolean; children: ReactNode }) {
  return (
    <section className="vekst-section" aria-labelledby={`${id}-heading`} aria-busy={busy || undefined} data-testid={`${id}-section`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
