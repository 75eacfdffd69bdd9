// The deferred chunk's contents (see deferred.ts): nothing here is needed for the first paint.
export { reportTick, toggleTopic } from "../hooks/tick-feedback";
export { StorageNotice } from "../layout/storage-notice";
export { UpdateNotice } from "../layout/update-notice";
export { connectCrossTabWithCatchUp } from "./cross-tab-sync";
export { ToastList } from "./toast-list";
