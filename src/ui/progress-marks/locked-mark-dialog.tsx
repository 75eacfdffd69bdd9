/**
 * The question asked before a locked topic is marked done or known: it names the unmet
 * prerequisites and offers to mark them known too, to mark only this topic, or to cancel.
 * Keeps Tab inside itself (the native modal does too; this covers browsers without it).
 */
import { type KeyboardEvent, useEffect, useMemo, useRef } from "react";
import { missingPrerequisites } from "../../graph";
import { useDoneIds, useGraph } from "../app-context";
import { Dialog } from "../components/dialog";
import { useI18n } from "../i18n";
import type { LockedMarkDialogProps } from "./locked-mark-fallback";
import { applyMark } from "./mark-actions";
import { useTickContext } from "./use-mark-actions";

const FOCUSABLE = "button, a[href], input, select, textarea, [tabindex]:not([tabindex='-1'])";

export default function LockedMarkDialog({ request, onFinish }: LockedMarkDialogProps) {
  const { t, localize } = useI18n();
  const graph = useGraph();
  const context = useTickContext();
  const bodyRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const done = useDoneIds();
  // Named as asked: later changes (another tab) do not reshuffle the list under the learner.
  // biome-ignore lint/correctness/useExhaustiveDependencies: computed once per question.
  const missing = useMemo(() => missingPrerequisites(graph, done, request.id), [graph, request.id]);
  const words = t.marks.lockedDialog;
  const topic = graph.topic(request.id);
  const name = (id: string) => {
    const other = graph.topic(id);
    return other ? localize(other.title).text : id;
  };

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const choose = (alsoKnown: boolean) => {
    applyMark(context, request.id, request.mark, alsoKnown ? missing : []);
    onFinish();
  };

  const trapTab = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Tab") return;
    const dialog = bodyRef.current?.closest("dialog");
    const items = dialog ? [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !dialog?.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog?.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only keeps Tab inside the dialog.
    <div onKeyDown={trapTab}>
      <Dialog
        open
        onClose={onFinish}
        title={words.title(topic ? localize(topic.title).text : request.id)}
        actions={
          <>
            <button type="button" ref={firstRef} onClick={() => choose(true)}>
              {words.markKnown}
            </button>
            <button type="button" onClick={() => choose(false)}>
              {words.onlyThis}
            </button>
            <button type="button" onClick={onFinish}>
              {words.cancel}
            </button>
          </>
        }
      >
        <div ref={bodyRef}>
          <p>{words.intro(missing.length)}</p>
          <ul className="locked-mark-missing">
            {missing.map((id) => (
              <li key={id}>{name(id)}</li>
            ))}
          </ul>
        </div>
      </Dialog>
    </div>
  );
}
