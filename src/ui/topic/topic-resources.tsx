import type { Resource } from "../../curriculum/types";
import { useI18n } from "../i18n";

/** A topic's reading list: kind, title (a link when there is a url), authors, year, where, cost. */
export function TopicResources({ resources }: { resources: readonly Resource[] }) {
  const { t } = useI18n();
  if (resources.length === 0) return <p>{t.topic.resources.none}</p>;
  return (
    <ul className="resource-list">
      {resources.map((resource) => (
        <li key={resourceKey(resource)} className="resource">
          <ResourceItem resource={resource} />
        </li>
      ))}
    </ul>
  );
}

/** Titles alone may repeat (one work in two editions or languages); this set of fields does not. */
function resourceKey(resource: Resource): string {
  const { kind, title, url, where, year } = resource;
  return JSON.stringify([kind, title, url, where, year]);
}

function ResourceItem({ resource }: { resource: Resource }) {
  const { t, localize } = useI18n();
  const words = t.topic.resources;
  // In the reading language when the curriculum gives it, else the primary language's text.
  const title = localize(resource.title);
  const where = resource.where && localize(resource.where);
  const details = [
    resource.authors,
    resource.year === undefined ? undefined : String(resource.year),
    where?.text,
  ].filter((part): part is string => Boolean(part));
  return (
    <>
      <span className="badge resource-kind">{words.kind[resource.kind]}</span>{" "}
      {resource.url ? (
        <a href={resource.url} target="_blank" rel="noopener noreferrer" className="resource-title">
          <span lang={title.fallback ? title.lang : undefined}>{title.text}</span>
          <span className="visually-hidden">{words.newTab}</span>
        </a>
      ) : (
        <cite className="resource-title" lang={title.fallback ? title.lang : undefined}>
          {title.text}
        </cite>
      )}
      {resource.free !== undefined && (
        <>
          {" "}
          <span className={`badge resource-cost ${resource.free ? "is-free" : "is-paid"}`}>
            {resource.free ? words.free : words.paid}
          </span>
        </>
      )}
      {details.length > 0 && <span className="resource-details">{details.join(" · ")}</span>}
    </>
  );
}
