import { useI18n } from "../i18n";

/** Placeholder for the shared-progress page (#/share/<code>); its owner replaces this module. */
export default function SharePage(_props: { code: string }) {
  const { t } = useI18n();
  return <h1>{t.shell.pageTitle.share}</h1>;
}
