/**
 * Slot in the header for the Share button and its link box. Placeholder: the share view's
 * owner replaces this module (keep the export name; load heavy parts lazily).
 */
export function ShareControls() {
  return null;
}
