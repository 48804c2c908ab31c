import type { ReactNode } from 'react';

type SummaryCardProps = {
  label: string;
  value: string;
  tone?: 'time' | 'warning' | 'own';
  /** The value in full (an exact amount), shown on hover. */
  valueTitle?: string;
  testId?: string;
  children: ReactNode;
};

/** One figure of a page's summary row: what it is, the figure, and a line of detail under it. */
export function SummaryCard({ label, value, tone, valueTitle, testId, children }: SummaryCardProps) {
  return (
    <article className={`summary-card${tone ? ` summary-card--${tone}` : ''}`} data-testid={testId}>
      <h2 className="summary-card__label">{label}</h2>
      <p className="summary-card__value" title={valueTitle}>
        {value}
      </p>
      <p className="summary-card__detail">{children}</p>
    </article>
  );
}
