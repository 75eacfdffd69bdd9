/**
 * The shared-progress page (#/share/<code>): someone else's marks (done, known, in progress),
 * read-only, compared with the learner's own, with an Import that asks first. A link that cannot be read gets an
 * alert that says why; the learner's own progress is never touched without confirmation.
 */
import { lazy, Suspense, useMemo, useState } from "react";
import type { ShareDecodeFailure } from "../../progress/share-codec";
import { decodeShareCode } from "../../progress/share-codec";
import type { SharedMarks } from "../../progress/share-import";
import type { ImportMode } from "../../progress/store";
import { useCurriculum } from "../app-context";
import { useI18n } from "../i18n";
import { Outline } from "../outline/outline";
import { href } from "../router";
import { useFramedByOtherOrigin } from "../safety/foreign-frame";
import type { ShownMark } from "../progress-marks/use-marks";
import { ImportDialog } from "./import-dialog";
import { ShareComparison } from "./share-comparison";
import { useApplyLinkImport } from "./use-import";
import "./share.css";

// The graph's code and layout load only if the learner asks to see the shared progress as a graph.
const GraphView = lazy(() =>
  import("../graph/graph-view").then((module) => ({ default: module.GraphView })),
);

export default function SharePage({ code }: { code: string }) {
  const curriculum = useCurriculum();
  const decoded = useMemo(() => decodeShareCode(curriculum, code), [curriculum, code]);
  if (!decoded.ok) return <BadShareLink reason={decoded.reason} />;
  return (
    <SharedProgress
      done={decoded.done}
      known={decoded.known}
      inProgress={decoded.inProgress}
      name={decoded.name}
      ignored={decoded.ignoredSlots}
    />
  );
}

function BackLink() {
  const { t } = useI18n();
  return <a href={href({ name: "outline" })}>{t.share.page.myProgress}</a>;
}

function BadShareLink({ reason }: { reason: ShareDecodeFailure }) {
  const { t } = useI18n();
  const words = t.share.page;
  return (
    <div className="share-page">
      <h1>{words.badHeading}</h1>
      <div role="alert" className="share-error">
        <p>
          {words.badIntro}
          {t.shell.sentenceGap}
          {words.reasons[reason]}
        </p>
        <p>{words.untouched}</p>
      </div>
      <p>
        <BackLink />
      </p>
    </div>
  );
}

interface SharedProgressProps {
  /** Current topic ids, as decoded. */
  readonly done: readonly string[];
  /** Of `done`, the known topics (absent: none, or a link that cannot tell). */
  readonly known: readonly string[] | undefined;
  readonly inProgress: readonly string[] | undefined;
  readonly name: string | undefined;
  /** Topics in the link that this curriculum no longer has. */
  readonly ignored: number;
}

function SharedProgress({ done, known, inProgress, name, ignored }: SharedProgressProps) {
  const { t } = useI18n();
  const words = t.share.page;
  const apply = useApplyLinkImport();
  const framed = useFramedByOtherOrigin();
  const [confirming, setConfirming] = useState(false);
  const [view, setView] = useState<"outline" | "graph">("outline");
  const doneSet = useMemo<ReadonlySet<string>>(() => new Set(done), [done]);
  const linkMarks = useMemo<SharedMarks>(() => ({ known, inProgress }), [known, inProgress]);
  const marks = useMemo(() => {
    const map = new Map<string, ShownMark>();
    for (const id of inProgress ?? []) map.set(id, "in-progress");
    for (const id of known ?? []) map.set(id, "known");
    return map;
  }, [known, inProgress]);
  const whose =
    name === undefined ? (
      words.sharedAnonymously
    ) : (
      <>
        {words.sharedBy.before}
        {/* Plain text, isolated so a right-to-left name cannot reorder the sentence. */}
        <strong>
          <bdi>{name}</bdi>
        </strong>
        {words.sharedBy.after}
      </>
    );

  const onImport = (mode: ImportMode) => {
    apply(done, mode, linkMarks);
    setConfirming(false);
  };

  return (
    <div className="share-page">
      <h1>{words.heading}</h1>
      <div className="share-banner">
        <p>{whose}</p>
        <p>{words.readOnly}</p>
        {ignored > 0 && <p>{words.ignored(ignored)}</p>}
      </div>
      <div className="share-actions">
        <button
          type="button"
          className="button-primary"
          disabled={framed}
          onClick={() => setConfirming(true)}
        >
          {words.import}
        </button>
        <BackLink />
      </div>
      <ShareComparison theirs={doneSet} theirsInProgress={inProgress ?? []} />
      <ImportDialog
        incoming={confirming ? done : null}
        marks={linkMarks}
        title={t.share.importing.linkTitle}
        onClose={() => setConfirming(false)}
        onImport={onImport}
      >
        <p>{whose}</p>
      </ImportDialog>
      <fieldset className="share-view-switch">
        <legend>{words.viewAs.label}</legend>
        {(["outline", "graph"] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={view === option}
            onClick={() => setView(option)}
          >
            {words.viewAs[option]}
          </button>
        ))}
      </fieldset>
      {view === "outline" ? (
        <Outline done={doneSet} marks={marks} readOnly />
      ) : (
        <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
          <GraphView done={doneSet} marks={marks} readOnly />
        </Suspense>
      )}
    </div>
  );
}
