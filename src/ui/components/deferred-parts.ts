// The deferred chunk's contents (see deferred.ts): nothing here is needed for the first paint.
export { toggleTopic } from "../hooks/tick-feedback";
export { ShellExtras } from "./shell-extras";
export { LaterView, ShareControls } from "../later-views";
export { ToastList } from "./toast-list";
export { strings as feedbackStrings } from "../../i18n/feedback-strings";
