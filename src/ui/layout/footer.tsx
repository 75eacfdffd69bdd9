import { useI18n } from "../i18n";
import { href } from "../router";

export function Footer() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <p>
        <a href={href({ name: "about" })}>{t.firstVisit.aboutLink}</a>
      </p>
      <p>{t.shell.footer.privacy}</p>
      <p className="motto">{t.shell.footer.motto}</p>
    </footer>
  );
}
