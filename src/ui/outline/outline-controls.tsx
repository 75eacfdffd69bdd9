import { useId } from "react";
import { useEarlyInput } from "../hooks/use-early-input";
import { useI18n } from "../i18n";
import { OUTLINE_FILTERS, type OutlineFilter } from "./outline-filter";

export interface OutlineControlsProps {
  readonly filter: OutlineFilter;
  readonly onFilter: (filter: OutlineFilter) => void;
  readonly query: string;
  readonly onQuery: (query: string) => void;
}

/**
 * The outline's filter (radio buttons) and title search. A chip picked or text typed on the
 * prerendered outline before it was hydrated is applied on mount (see useEarlyInput).
 */
export function OutlineControls({ filter, onFilter, query, onQuery }: OutlineControlsProps) {
  const { t } = useI18n();
  const name = useId();
  const searchId = useId();
  const chips = useEarlyInput(
    (chips: HTMLFieldSetElement) =>
      (chips.querySelector<HTMLInputElement>(":checked")?.value ?? filter) as OutlineFilter,
    filter,
    onFilter,
  );
  const search = useEarlyInput((search: HTMLInputElement) => search.value, query, onQuery);
  return (
    <div className="outline-controls">
      <fieldset ref={chips} className="filter">
        <legend>{t.outline.filter.legend}</legend>
        {OUTLINE_FILTERS.map((option) => (
          <label key={option} className="chip">
            <input
              type="radio"
              name={name}
              value={option}
              checked={filter === option}
              onChange={() => onFilter(option)}
            />
            <span>{t.outline.filter[option]}</span>
          </label>
        ))}
      </fieldset>
      <div className="search">
        <label htmlFor={searchId}>{t.outline.search}</label>
        <input
          ref={search}
          id={searchId}
          type="search"
          value={query}
          placeholder={t.outline.searchPlaceholder}
          onChange={(event) => onQuery(event.currentTarget.value)}
        />
      </div>
    </div>
  );
}
