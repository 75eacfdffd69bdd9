import type { TopicState } from "../../graph";
import { useI18n } from "../i18n";

export interface StateBadgeProps {
  readonly state: TopicState;
  /** Done although a requirement is not: said in words too. */
  readonly doneWithUnmet?: boolean;
}

/** A topic's state as icon (drawn by CSS, see components.css) plus text: never colour alone. */
export function StateBadge({ state, doneWithUnmet = false }: StateBadgeProps) {
  const { t } = useI18n();
  const label =
    state === "done" && doneWithUnmet ? t.shell.state.doneWithUnmet : t.shell.state[state];
  return (
    <span className={`badge state-badge state-${state}`}>
      <span>{label}</span>
    </span>
  );
}
