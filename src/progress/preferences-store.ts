/**
 * Display preferences (language, theme, a dismissed welcome), kept apart from progress: they
 * are per device taste, not learning data, so they are never shared, exported or merged across
 * tabs by topic.
 */
import { persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { createSafeStorage, type KeyValueStorage } from "./safe-storage";

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const PREFERENCES_VERSION = 1;

export interface Preferences {
  /** Chosen UI language; null until the learner picks one (the app then guesses). */
  readonly lang: string | null;
  readonly theme: Theme;
  /** The learner hid the first-visit welcome; it stays hidden for good on this device. */
  readonly welcomeDismissed: boolean;
}

export interface PreferencesActions {
  /** Sets the language; anything that is not a short language tag (or null) is ignored. */
  setLang(lang: string | null): void;
  /** Sets the theme; unknown values are ignored. */
  setTheme(theme: Theme): void;
  /** Hides the first-visit welcome for good. */
  dismissWelcome(): void;
}

export type PreferencesState = Preferences & PreferencesActions;

/** Language tags such as `zh`, `en`, `pt-BR`. */
const LANG_PATTERN = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

function isLang(value: unknown): value is string {
  return typeof value === "string" && value.length <= 35 && LANG_PATTERN.test(value);
}

function isTheme(value: unknown): value is Theme {
  return (THEMES as readonly unknown[]).includes(value);
}

/** Turns any loaded value into valid preferences, defaulting what is missing or malformed. */
export function restorePreferences(input: unknown): Preferences {
  // Any value but null and undefined has fields to read: a number's `lang` is undefined.
  const record = input as Partial<Record<keyof Preferences, unknown>> | null | undefined;
  return {
    lang: isLang(record?.lang) ? record.lang : null,
    theme: isTheme(record?.theme) ? record.theme : "system",
    welcomeDismissed: record?.welcomeDismissed === true,
  };
}

export interface PreferencesStoreOptions {
  /** Storage key; use `preferencesKeyFor(location.pathname)`. */
  key: string;
  /** Default `localStorage`; `null` keeps preferences in memory only. */
  storage?: KeyValueStorage | null;
}

/**
 * Creates the preferences store. Storage problems are not reported here (the progress store
 * already tells the learner); preferences then simply last for the session.
 */
export function createPreferencesStore(options: PreferencesStoreOptions) {
  const storage = createSafeStorage<Preferences>({ storage: options.storage });
  return createStore<PreferencesState>()(
    persist<PreferencesState, [], [], Preferences>(
      (set) => ({
        lang: null,
        theme: "system",
        welcomeDismissed: false,
        setLang: (lang) => {
          if (lang === null || isLang(lang)) set({ lang });
        },
        setTheme: (theme) => {
          if (isTheme(theme)) set({ theme });
        },
        dismissWelcome: () => set({ welcomeDismissed: true }),
      }),
      {
        name: options.key,
        version: PREFERENCES_VERSION,
        storage,
        // Restoring picks exactly the persisted fields (always valid in the store's state).
        partialize: restorePreferences,
        migrate: restorePreferences,
        // Nothing stored (undefined) restores to the defaults, the initial state.
        merge: (persisted, current) => ({ ...current, ...restorePreferences(persisted) }),
      },
    ),
  );
}

/** The preferences store type, for code that receives one. */
export type PreferencesStoreApi = ReturnType<typeof createPreferencesStore>;
