import { useI18n } from "../i18n";
import { href } from "../router";

/** A friendly page for an unknown address or topic id. */
export function NotFound({ id }: { id?: string | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t.shell.notFound.heading}</h1>
      <p>{id !== undefined ? t.shell.notFound.unknownTopic(id) : t.shell.notFound.unknownPath}</p>
      <p>
        <a href={href({ name: "outline" })}>{t.shell.notFound.back}</a>
      </p>
    </>
  );
}
