import type { ReactNode } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';

/** A titled region of the page with its own error boundary. */
export function Panel({
  id,
  title,
  failedText,
  className,
  actions,
  tabPanel,
  children,
}: {
  readonly id: string;
  readonly title: string;
  /** Builds the message shown when the panel's content throws. */
  readonly failedText: (message: string) => string;
  readonly className?: string;
  readonly actions?: ReactNode;
  /** True when the panel is shown as a tab's content (its tab is `tab-${id}`). */
  readonly tabPanel?: boolean;
  readonly children: ReactNode;
}) {
  return (
    <section
      className={`panel ${className ?? ''}`}
      aria-labelledby={`${id}-heading`}
      id={id}
      role={tabPanel ? 'tabpanel' : undefined}
    >
      <div className="panel-header">
        <h2 id={`${id}-heading`}>{title}</h2>
        {actions}
      </div>
      <ErrorBoundary
        fallback={(error) => (
          <p role="alert" className="panel-error">
            {failedText(error.message)}
          </p>
        )}
      >
        {children}
      </ErrorBoundary>
    </section>
  );
}
