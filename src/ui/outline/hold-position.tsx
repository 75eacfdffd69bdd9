import { Component, type ReactNode } from "react";

interface HoldPositionProps {
  /** A value whose change re-lays out what shows above the learner's control. */
  readonly layout: unknown;
  readonly children: ReactNode;
}

interface Anchor {
  readonly element: Element;
  readonly top: number;
}

/**
 * Keeps the control the learner used last where it is on screen while `layout` changes the
 * page above it: the first tick brings Next up and the progress summary back in the welcome's
 * place, and a quick second click must still land on the row it aimed at. Done by hand, as the
 * browser's own scroll anchoring does not act at the top of the page. A class, because only
 * getSnapshotBeforeUpdate measures the page just before React changes it.
 */
export class HoldPosition extends Component<HoldPositionProps> {
  // Pressed or focused, whichever came last: a browser that does not focus a checkbox on click
  // still has the one pressed.
  private used: Element | null = null;
  private readonly onUse = (event: Event) => {
    if (event.target instanceof Element) this.used = event.target;
  };

  override componentDidMount(): void {
    document.addEventListener("pointerdown", this.onUse, true);
    document.addEventListener("focusin", this.onUse, true);
  }

  override componentWillUnmount(): void {
    document.removeEventListener("pointerdown", this.onUse, true);
    document.removeEventListener("focusin", this.onUse, true);
  }

  override getSnapshotBeforeUpdate(previous: HoldPositionProps): Anchor | null {
    const element = this.used;
    if (Object.is(previous.layout, this.props.layout) || !element?.isConnected) return null;
    return { element, top: element.getBoundingClientRect().top };
  }

  override componentDidUpdate(_: HoldPositionProps, __: unknown, anchor: Anchor | null): void {
    // A control that went with the change (the welcome's own buttons) has no place to keep.
    if (!anchor?.element.isConnected) return;
    const shift = anchor.element.getBoundingClientRect().top - anchor.top;
    const page = document.scrollingElement;
    if (page && shift !== 0) page.scrollTop += shift;
  }

  override render(): ReactNode {
    return this.props.children;
  }
}
