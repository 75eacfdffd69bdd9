/**
 * What is due for review right now, as one small external store per app: the header badge, the
 * outline markers and the review page all read it. Time comes only from the services' clock
 * (`services.now`), read again once a minute while anything listens, when the page becomes
 * visible again, on navigation and after every change of progress; so a view never shows a
 * topic as due before the clock says so, and tests move time by moving that clock.
 */
import type { ReviewSchedule } from "../../graph";
import type { AppServices } from "../app-context";
import { dueAt, type Schedules, schedulesOf } from "./review-data";

export interface DueSnapshot {
  /** The clock reading this snapshot was computed at. */
  readonly now: number;
  readonly schedules: Schedules;
  /** Due topics (due <= now), oldest due first. */
  readonly due: readonly ReviewSchedule[];
  readonly dueIds: ReadonlySet<string>;
}

export interface DueStore {
  readonly subscribe: (listener: () => void) => () => void;
  /** The current snapshot: the same object until the records or the clock reading change. */
  readonly get: () => DueSnapshot;
  /** Reads the clock again (and tells listeners when the reading changed). */
  readonly refresh: () => void;
}

const REFRESH_MS = 60_000;

const stores = new WeakMap<AppServices, DueStore>();

/** The due store of these services (made when first asked for). */
export function dueStoreFor(services: AppServices): DueStore {
  let store = stores.get(services);
  if (!store) {
    store = createDueStore(services);
    stores.set(services, store);
  }
  return store;
}

function createDueStore(services: AppServices): DueStore {
  const { graph, progress } = services;
  const listeners = new Set<() => void>();
  let now = services.now();
  let snapshot: DueSnapshot | undefined;
  let stop: (() => void) | undefined;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const refresh = () => {
    const reading = services.now();
    if (reading === now || !Number.isFinite(reading)) return;
    now = reading;
    notify();
  };
  const start = () => {
    const timer = setInterval(refresh, REFRESH_MS);
    // After a change of progress the records differ anyway; read the clock too.
    const unsubscribe = progress.subscribe(() => {
      const reading = services.now();
      if (Number.isFinite(reading)) now = reading;
      notify();
    });
    const onVisible = () => {
      if (document.visibilityState === "visible") refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", refresh);
    window.addEventListener("hashchange", refresh);
    return () => {
      clearInterval(timer);
      unsubscribe();
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", refresh);
      window.removeEventListener("hashchange", refresh);
    };
  };

  const get = (): DueSnapshot => {
    const schedules = schedulesOf(graph, progress.getState());
    if (snapshot?.schedules === schedules && snapshot.now === now) return snapshot;
    const due = dueAt(schedules, now);
    snapshot = { now, schedules, due, dueIds: new Set(due.map((schedule) => schedule.id)) };
    return snapshot;
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) stop = start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stop?.();
          stop = undefined;
        }
      };
    },
    get,
    refresh,
  };
}
