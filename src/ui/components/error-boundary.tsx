import { Component, type ReactNode } from "react";

interface Props {
  /** Shown instead of the children after an error; gets the error and a retry callback. */
  readonly fallback: (error: unknown, retry: () => void) => ReactNode;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
  readonly error: unknown;
}

/** Keeps one failing part (e.g. a view whose code did not load) from blanking the whole app. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error };
  }

  override render() {
    if (this.state.failed) {
      return this.props.fallback(this.state.error, () =>
        this.setState({ failed: false, error: undefined }),
      );
    }
    return this.props.children;
  }
}
