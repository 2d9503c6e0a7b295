// Catches a crash in part of the page and says what to do, instead of leaving a blank screen.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Plain-English message for this error; defaults to a generic one. */
  describe?: (error: unknown) => string;
}

interface ErrorBoundaryState {
  error: unknown;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Escalate hit an error', error, info.componentStack);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const message =
      this.props.describe?.(this.state.error) ??
      'Something went wrong on this page. Anything you had saved is still on this device.';
    return (
      <div className="banner banner--error" role="alert">
        <h2 className="banner__title">This page could not be shown</h2>
        <p>{message}</p>
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </p>
      </div>
    );
  }
}
