import { memo } from "react";
import { useTick } from "../feedback/use-tick";

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
 */
export const TopicCheckbox = memo(function TopicCheckbox({
  id,
  title,
  checked,
  disabled = false,
  onChange,
}: TopicCheckboxProps) {
  const { toggle } = useTick();
  return (
    <input
      type="checkbox"
      className="topic-checkbox"
      aria-label={title}
      checked={checked}
      disabled={disabled}
      onChange={(event) => {
        const next = event.currentTarget.checked;
        if (onChange) onChange(next);
        else toggle(id, next);
      }}
    />
  );
});
