/**
 * View controls above the canvas: zoom, fit, back to the learner's position, and a topic
 * picker that centres the view on a topic and focuses its box.
 */
import { type FormEvent, useId, useState, useSyncExternalStore } from "react";
import type { CompiledCurriculum } from "../../curriculum/types";
import { useI18n } from "../i18n";
import type { Viewport } from "./viewport";
import type { Box } from "./viewport-math";

export interface GraphToolbarProps {
  readonly viewport: Viewport;
  readonly curriculum: CompiledCurriculum;
  /** Centres the view on a topic and focuses its box. */
  readonly onShowTopic: (id: string) => void;
  /** The topic that marks where the learner is, if any. */
  readonly positionId: string | undefined;
  /** The learner's path (plan and available topics): "Fit" fits it, "Show all" the graph. */
  readonly pathBox?: Box | undefined;
}

export function GraphToolbar({
  viewport,
  curriculum,
  onShowTopic,
  positionId,
  pathBox,
}: GraphToolbarProps) {
  const { t, localize } = useI18n();
  const scale = useSyncExternalStore(viewport.subscribe, viewport.getScale, viewport.getScale);
  const pickerId = useId();
  const [picked, setPicked] = useState(positionId ?? curriculum.topics[0]?.id ?? "");

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (picked) onShowTopic(picked);
  };

  return (
    <div className="graph-toolbar">
      <div className="graph-toolbar-group">
        <button
          type="button"
          onClick={() => viewport.zoomBy(1 / 1.25)}
          aria-label={t.graph.zoomOut}
        >
          <span aria-hidden="true">−</span>
        </button>
        <span className="graph-zoom-level">{t.graph.zoomLevel(Math.round(scale * 100))}</span>
        <button type="button" onClick={() => viewport.zoomBy(1.25)} aria-label={t.graph.zoomIn}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" onClick={() => (pathBox ? viewport.fitBox(pathBox) : viewport.fit())}>
          {t.graph.fit}
        </button>
        {pathBox && (
          <button type="button" onClick={() => viewport.fit()}>
            {t.graph.showAll}
          </button>
        )}
        {positionId && (
          <button type="button" onClick={() => onShowTopic(positionId)}>
            {t.graph.whereAmI}
          </button>
        )}
      </div>
      <form className="graph-toolbar-group graph-find" onSubmit={onSubmit}>
        <label htmlFor={pickerId}>{t.graph.findTopic}</label>
        <select id={pickerId} value={picked} onChange={(event) => setPicked(event.target.value)}>
          {curriculum.sections.map((section) => {
            const topics = curriculum.topics.filter((topic) => topic.section === section.id);
            if (topics.length === 0) return null;
            return (
              <optgroup key={section.id} label={localize(section.title).text}>
                {topics.map((topic) => (
                  <option key={topic.id} value={topic.id}>
                    {localize(topic.title).text}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
        <button type="submit">{t.graph.show}</button>
      </form>
    </div>
  );
}
