import { useI18n } from "../i18n";

/** Placeholder for the graph page (#/graph); its owner replaces this module. */
export default function GraphPage() {
  const { t } = useI18n();
  return <h1>{t.shell.pageTitle.graph}</h1>;
}
