/**
 * A prerendered control the learner changed before React hydrated it. Hydrating, React keeps
 * a control as it finds it and sees no change, so no change event: the box stays ticked for a
 * topic that is not done, or the field shows text the list is not filtered by (a long-standing
 * React behaviour, react issue 12955). The window is real: the app lifts `inert` from the
 * prerendered outline as it starts hydrating, and the rows hydrate up to a second later on a
 * slow phone. So a control that differs from its state when it mounts carries such a change,
 * and `apply` gets it then. A control React creates itself always matches.
 */
import { type RefObject, useLayoutEffect, useRef } from "react";

export function useEarlyInput<E extends HTMLElement, V>(
  read: (element: E) => V,
  value: V,
  apply: (changed: V) => void,
): RefObject<E | null> {
  const ref = useRef<E>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only what is found on mount counts.
  useLayoutEffect(() => {
    // Set: the control is rendered with the ref, unconditionally.
    const shown = read(ref.current as E);
    if (shown !== value) apply(shown);
  }, []);
  return ref;
}
