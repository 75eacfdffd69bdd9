/**
 * Loads the build-time graph layout through the services' `loadLayout()`, once per services
 * object: coming back to the graph shows it at once instead of loading again.
 */
import { useCallback, useEffect, useState } from "react";
import type { GraphLayout } from "../../curriculum/types";
import { useServices } from "../app-context";

export type LayoutStatus =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly layout: GraphLayout }
  | { readonly status: "error"; readonly retry: () => void };

const loaded = new WeakMap<() => Promise<GraphLayout>, GraphLayout>();

export function useLayout(): LayoutStatus {
  const { loadLayout } = useServices();
  const [layout, setLayout] = useState<GraphLayout | undefined>(() => loaded.get(loadLayout));
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (layout) return;
    let live = true;
    // The attempt counter re-runs this effect on retry.
    void attempt;
    loadLayout().then(
      (result) => {
        loaded.set(loadLayout, result);
        if (live) setLayout(result);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [loadLayout, layout, attempt]);

  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);

  if (layout) return { status: "ready", layout };
  if (failed) return { status: "error", retry };
  return { status: "loading" };
}
