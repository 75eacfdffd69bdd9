/**
 * Reads curriculum/REFERENCES.md: the tables of checked facts that every cited work must agree
 * with. Kept apart from the tests so that its own parsing can be tested on small samples.
 */

/** One row: the facts checked for one work. Absent facts are written `—` in the table. */
export interface CheckedWork {
  readonly title: string;
  readonly firstAuthor?: string;
  readonly year?: number;
  readonly venue?: string;
  readonly arxiv?: string;
  readonly link?: string;
  readonly checked: string;
  /** 1-based line in the file, for messages. */
  readonly line: number;
}

export interface ParsedReferences {
  readonly works: readonly CheckedWork[];
  /** Rows that could not be read, as `line N: why`; a well-kept file has none. */
  readonly problems: readonly string[];
}

export const COLUMNS = ["title", "first author", "year", "venue", "arXiv", "link", "checked"];

const ABSENT = "—";
const SEPARATOR = /^\|(\s*:?-+:?\s*\|)+\s*$/;

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());
}

function optional(cell: string): string | undefined {
  return cell === ABSENT || cell === "" ? undefined : cell;
}

/** Parses every table whose header is exactly COLUMNS; other tables and prose are skipped. */
export function parseReferences(markdown: string): ParsedReferences {
  const works: CheckedWork[] = [];
  const problems: string[] = [];
  let inTable = false;
  markdown.split("\n").forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim().startsWith("|")) {
      inTable = false;
      return;
    }
    const row = cells(raw);
    if (!inTable) {
      inTable = row.join("|") === COLUMNS.join("|");
      return;
    }
    if (SEPARATOR.test(raw.trim())) return;
    if (row.length !== COLUMNS.length) {
      problems.push(`line ${line}: ${row.length} cells, expected ${COLUMNS.length}`);
      return;
    }
    const [title = "", author = "", year = "", venue = "", arxiv = "", link = "", checked = ""] =
      row;
    const yearValue = optional(year);
    if (yearValue !== undefined && !/^\d{4}$/.test(yearValue)) {
      problems.push(`line ${line}: year '${yearValue}' is not a year`);
    }
    if (title === "" || checked === "") {
      problems.push(`line ${line}: a row needs a title and where it was checked`);
    }
    works.push({
      title,
      firstAuthor: optional(author),
      year: yearValue === undefined ? undefined : Number(yearValue),
      venue: optional(venue),
      arxiv: optional(arxiv),
      link: optional(link),
      checked,
      line,
    });
  });
  return { works, problems };
}

/** The first name in an `authors` text: "A, B, C" or "A et al." both give "A". */
export function firstAuthorOf(authors: string): string {
  return (authors.split(",")[0] ?? "").replace(/\s+et al\.?$/, "").trim();
}
