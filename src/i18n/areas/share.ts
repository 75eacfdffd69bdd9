/**
 * UI strings of the share view. Placeholder typed as empty; the view's owner fills both
 * languages (en is typed from zh, so a key missing in either fails the type check).
 */
export const zh = {};

export const en: typeof zh = {};
