import { useId } from "react";
import { useI18n } from "../i18n";
import { OUTLINE_FILTERS, type OutlineFilter } from "./outline-filter";

export interface OutlineControlsProps {
  readonly filter: OutlineFilter;
  readonly onFilter: (filter: OutlineFilter) => void;
  readonly query: string;
  readonly onQuery: (query: string) => void;
}

/** The outline's filter (radio buttons) and title search. */
export function OutlineControls({ filter, onFilter, query, onQuery }: OutlineControlsProps) {
  const { t } = useI18n();
  const name = useId();
  const searchId = useId();
  return (
    <div className="outline-controls">
      <fieldset className="filter">
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
