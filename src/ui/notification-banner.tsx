// A banner for something the user should know now: an update, a storage warning, a saved change.
import type { ReactNode } from 'react';

interface NotificationBannerProps {
  title: string;
  tone?: 'info' | 'warning' | 'success' | 'error';
  children?: ReactNode;
  actions?: ReactNode;
  onDismiss?: () => void;
  dismissLabel?: string;
}

export function NotificationBanner({
  title,
  tone = 'info',
  children,
  actions,
  onDismiss,
  dismissLabel = 'Dismiss',
}: NotificationBannerProps) {
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <section
      className={`banner banner--${tone}`}
      role={urgent ? 'alert' : 'status'}
      aria-label={title}
    >
      <h2 className="banner__title">{title}</h2>
      {children && <div className="banner__body">{children}</div>}
      {(actions || onDismiss) && (
        <div className="banner__actions">
          {actions}
          {onDismiss && (
            <button type="button" className="button button--secondary" onClick={onDismiss}>
              {dismissLabel}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
