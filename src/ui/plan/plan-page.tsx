import { useI18n } from "../i18n";

/** Placeholder for the plan page (#/plan); its owner replaces this module. */
export default function PlanPage() {
  const { t } = useI18n();
  return <h1>{t.shell.pageTitle.plan}</h1>;
}
