import { Paragraph } from '@digdir/designsystemet-react';

type VerdictProps = {
  /** True: met or on track; false: missed or behind; null: not known. */
  met: boolean | null;
  text: string;
  testId?: string;
};

/** Says in words whether a target is met; the colour and symbol only repeat it. */
export function Verdict({ met, text, testId }: VerdictProps) {
  if (met === null) {
    return <Paragraph data-testid={testId}>{text}</Paragraph>;
  }
  return (
    <Paragraph data-testid={testId} className={met ? 'vekst-verdict vekst-verdict--met' : 'vekst-verdict vekst-verdict--missed'}>
      <span aria-hidden="true" className="vekst-verdict__symbol">
        {met ? '✓' : '✗'}
      </span>
      {text}
    </Paragraph>
  );
}
