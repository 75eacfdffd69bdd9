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
  return [resource.kind, resource.title, resource.url, resource.where, resource.year].join("|");
}

function ResourceItem({ resource }: { resource: Resource }) {
  const { t } = useI18n();
  const words = t.topic.resources;
  const details = [
    resource.authors,
    resource.year === undefined ? undefined : String(resource.year),
    resource.where,
  ].filter((part): part is string => Boolean(part));
  return (
    <>
      <span className="badge resource-kind">{words.kind[resource.kind]}</span>{" "}
      {resource.url ? (
        <a href={resource.url} target="_blank" rel="noopener noreferrer" className="resource-title">
          {resource.title}
          <span className="visually-hidden">{words.newTab}</span>
        </a>
      ) : (
        <cite className="resource-title">{resource.title}</cite>
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
