import { createContext, useContext } from "react";
import "./first-visit.css";
import { useI18n } from "../i18n";
import type { SearchField } from "./search-index";

/** The current search's matches (topic id -> field), or undefined when nobody is searching. */
export const SearchMatchContext = createContext<ReadonlyMap<string, SearchField> | undefined>(
  undefined,
);

/** "Matched in summary": says why a row is among the search results (nothing otherwise). */
export function SearchMatch({ id }: { id: string }) {
  const matches = useContext(SearchMatchContext);
  const { t } = useI18n();
  const field = matches?.get(id);
  if (field === undefined) return null;
  const words = t.firstVisit.search;
  return (
    <p className="search-match">
      {words.matchedIn}
      {words.field[field]}
    </p>
  );
}
