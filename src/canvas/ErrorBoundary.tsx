// Catches a render failure and shows what went wrong in words instead of a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, e.g. "The map"; the message reads "The map could not be shown". */
  what: string;
  children: ReactNode;
  /** Called by "Try again" before the children render again. */
  onRetry?: () => void;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.what} failed to render`, error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-boundary" role="alert">
        <h2>{this.props.what} could not be shown</h2>
        <p>{error.message}</p>
        <button type="button" className="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}
