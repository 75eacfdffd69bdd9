import { memo, useState } from "react";
import { useEarlyInput } from "../hooks/use-early-input";
import { useTick } from "../hooks/use-tick";

export interface TopicCheckboxProps {
  readonly id: string;
  /** The topic title in the reading language: the checkbox's accessible name. */
  readonly title: string;
  readonly checked: boolean;
  /** Read-only views (a shared link) show the state but cannot change it. */
  readonly disabled?: boolean;
  /**
   * Overrides ticking through the progress store (default: useTick's toggle); returns what
   * toggle returns, so the box can show a tick that waits for its code.
   */
  readonly onChange?: (checked: boolean) => Promise<void> | undefined;
}

/**
 * The "done" checkbox of a topic. Ticking goes through useTick(), which announces what unlocks,
 * offers missing prerequisites, warns on untick and offers Undo.
 * A box clicked on the prerendered outline before its row was hydrated is ticked on mount.
 * A tick made before its code has arrived (right after the page appears, on a slow network)
 * shows at once and holds until it is made; if the code never comes the box goes back.
 */
export const TopicCheckbox = memo(function TopicCheckbox({
  id,
  title,
  checked,
  disabled = false,
  onChange,
}: TopicCheckboxProps) {
  const { toggle } = useTick();
  const [waiting, setWaiting] = useState<boolean>();
  const change = (next: boolean) => {
    const made = onChange ? onChange(next) : toggle(id, next);
    if (made) {
      setWaiting(next);
      made.then(() => setWaiting(undefined));
    }
  };
  const box = useEarlyInput((box: HTMLInputElement) => box.checked, checked, change);
  return (
    <input
      ref={box}
      type="checkbox"
      className="topic-checkbox"
      aria-label={title}
      checked={waiting ?? checked}
      disabled={disabled}
      onChange={(event) => change(event.currentTarget.checked)}
    />
  );
});
