/**
 * The message shown when the app cannot start because its data did not load. The reading
 * language is not known at that point, so the page shows it in both UI languages.
 */
export const startupFailure = {
  zh: "课程数据没能加载。请检查网络连接，然后重新加载页面。",
  en: "The course data could not be loaded. Check your connection, then reload the page.",
} as const;
