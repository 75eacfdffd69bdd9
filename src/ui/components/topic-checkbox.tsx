import { memo, useLayoutEffect, useRef } from "react";
import { useTick } from "../hooks/use-tick";

export interface TopicCheckboxProps {
  readonly id: string;
  /** The topic title in the reading language: the checkbox's accessible name. */
  readonly title: string;
  readonly checked: boolean;
  /** Read-only views (a shared link) show the state but cannot change it. */
  readonly disabled?: boolean;
  /** Overrides ticking through the progress store (default: useTick's toggle). */
  readonly onChange?: (checked: boolean) => void;
}

/**
 * The "done" checkbox of a topic. Ticking goes through useTick(), which announces what unlocks,
 * offers missing prerequisites, warns on untick and offers Undo.
 *
 * Hydrating the prerendered outline, React keeps a box as it finds it. A learner who clicks a
 * box after the app has taken the page over but before its row is hydrated toggles it with no
 * change event: React hydrates the ticked box as unchanged. So a box that differs from the
 * state when it mounts carries such a click, and it is applied then. A box React
 * creates itself always matches.
 */
export const TopicCheckbox = memo(function TopicCheckbox({
  id,
  title,
  checked,
  disabled = false,
  onChange,
}: TopicCheckboxProps) {
  const { toggle } = useTick();
  const box = useRef<HTMLInputElement>(null);
  const change = (next: boolean) => (onChange ? onChange(next) : toggle(id, next));
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only (see above).
  useLayoutEffect(() => {
    const shown = box.current?.checked ?? checked;
    if (shown !== checked && !disabled) change(shown);
  }, []);
  return (
    <input
      ref={box}
      type="checkbox"
      className="topic-checkbox"
      aria-label={title}
      checked={checked}
      disabled={disabled}
      onChange={(event) => change(event.currentTarget.checked)}
    />
  );
});
