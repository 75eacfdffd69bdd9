import { useI18n } from "../i18n";

export function Footer() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <p>{t.shell.footer.privacy}</p>
      <p className="motto">{t.shell.footer.motto}</p>
    </footer>
  );
}
