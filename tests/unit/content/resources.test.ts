import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatProblem, loadCurriculumDir } from "../../../src/curriculum";
import { RESOURCE_KINDS, type Resource } from "../../../src/curriculum/types";
import { type CheckedWork, firstAuthorOf, parseReferences } from "./checked-references";

/**
 * Holds every resource of the default curriculum to curriculum/REFERENCES.md, the table of
 * checked facts: title, first author, year, venue, arXiv id and link. Also: every resource has
 * a title in each of the curriculum's languages, and every topic links a freely readable
 * resource or says in its front matter why none exists.
 */

const ROOT = resolve(import.meta.dirname, "../../..");
const CURRICULUM_DIR = resolve(ROOT, "curriculum");
const REFERENCES_FILE = resolve(CURRICULUM_DIR, "REFERENCES.md");
/** The project's shared reference list sits beside the clone (in CI too) when it is present. */
const SHARED_REFERENCES = resolve(ROOT, "../shared/references.md");

const ARXIV_ABS = /^https:\/\/arxiv\.org\/abs\/(\d{2})(\d{2})\.(\d{4,5})$/;
/** references.md allows "the publisher's DOI page" for papers without an arXiv id. */
const DOI_LINK = /^https:\/\/doi\.org\/10\.\d{4,9}\/\S+$/;
const HAN = /\p{Script=Han}/u;

/**
 * The arXiv id of a well-formed abstract link (https, no version suffix, new-style id with a
 * real year and month), else undefined. New-style ids start at 0704; from 1501 on they have
 * five digits after the dot, before that four.
 */
function arxivIdOf(url: string, now = new Date()): string | undefined {
  const match = ARXIV_ABS.exec(url);
  if (!match) return undefined;
  const [, yy = "", mm = "", serial = ""] = match;
  const yymm = Number(yy + mm);
  const month = Number(mm);
  const latest = (now.getUTCFullYear() % 100) * 100 + now.getUTCMonth() + 1;
  if (month < 1 || month > 12 || yymm < 704 || yymm > latest) return undefined;
  if (serial.length !== (yymm >= 1501 ? 5 : 4)) return undefined;
  return `${yy}${mm}.${serial}`;
}

/**
 * The languages a text field can be read in. It may be one string or a map per language (the
 * compiler turns a string into a map holding only the primary language). A text in a language
 * that is missing is fine when the text it falls back to is not in Chinese script: a paper's
 * English title serves every reader, a Chinese book's title does not.
 */
function languagesOf(value: unknown, languages: readonly string[]): string[] {
  const texts: Record<string, string> =
    typeof value === "string"
      ? { [languages[0] ?? ""]: value }
      : value !== null && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value).filter(
              (entry): entry is [string, string] =>
                typeof entry[1] === "string" && entry[1].trim() !== "",
            ),
          )
        : {};
  const fallback = texts[languages[0] ?? ""];
  const readableByAll = fallback !== undefined && !HAN.test(fallback);
  return languages.filter((lang) => texts[lang] !== undefined || readableByAll);
}

/** Every text of a field (all languages), for matching against the table. */
function allTexts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value !== null && typeof value === "object") {
    return Object.values(value).filter((text): text is string => typeof text === "string");
  }
  return [];
}

const loaded = loadCurriculumDir(CURRICULUM_DIR, { layout: false });
const languages = loaded.output?.curriculum.languages ?? [];
const references = parseReferences(readFileSync(REFERENCES_FILE, "utf8"));
const byTitle = new Map(references.works.map((work) => [work.title, work]));

interface CitedResource {
  readonly topic: string;
  readonly resource: Resource;
}

/** Every resource of every topic, in curriculum order, named for the test titles. */
const cited: (readonly [string, CitedResource])[] = (
  loaded.output?.curriculum.topics ?? []
).flatMap((topic) =>
  (loaded.output?.details[topic.id]?.resources ?? []).map((resource) => {
    const name = `${topic.id}: ${allTexts(resource.title)[0] ?? "(no title)"}`;
    return [name, { topic: topic.id, resource }] as const;
  }),
);

function rowOf(resource: Resource): CheckedWork | undefined {
  for (const text of allTexts(resource.title)) {
    const row = byTitle.get(text);
    if (row) return row;
  }
  return undefined;
}

const withRow = cited.filter(([, { resource }]) => rowOf(resource) !== undefined);
const withUrl = cited.filter(([, { resource }]) => resource.url !== undefined);
const papers = cited.filter(([, { resource }]) => resource.kind === "paper");

describe("the arXiv link checker", () => {
  const may2024 = new Date(Date.UTC(2024, 4, 15));

  it.each([
    ["https://arxiv.org/abs/1706.03762", "1706.03762"],
    ["https://arxiv.org/abs/1409.0473", "1409.0473"],
    ["https://arxiv.org/abs/0704.0001", "0704.0001"],
    ["https://arxiv.org/abs/2405.12345", "2405.12345"],
  ])("accepts %s", (url, id) => {
    expect(arxivIdOf(url, may2024)).toBe(id);
  });

  it.each([
    ["http://arxiv.org/abs/1706.03762", "plain http"],
    ["https://arxiv.org/pdf/1706.03762", "a PDF link"],
    ["https://arxiv.org/abs/1706.03762v5", "a version suffix"],
    ["https://arxiv.org/abs/1713.03762", "month 13"],
    ["https://arxiv.org/abs/1700.03762", "month 00"],
    ["https://arxiv.org/abs/0612.1234", "a year before new-style ids"],
    ["https://arxiv.org/abs/2406.12345", "a month still to come"],
    ["https://arxiv.org/abs/1409.04730", "five digits before 2015"],
    ["https://arxiv.org/abs/1706.0376", "four digits from 2015 on"],
  ])("rejects %s (%s)", (url) => {
    expect(arxivIdOf(url, may2024)).toBeUndefined();
  });
});

describe("the reader of REFERENCES.md", () => {
  const header =
    "| title | first author | year | venue | arXiv | link | checked |\n|---|---|---|---|---|---|---|";

  it("reads a row, with — for an absent fact", () => {
    const { works, problems } = parseReferences(
      `# T\n\n${header}\n| A Paper | Ada Lovelace | 1843 | Notes | — | — | references.md |\n`,
    );
    expect(problems).toEqual([]);
    expect(works).toEqual([
      {
        title: "A Paper",
        firstAuthor: "Ada Lovelace",
        year: 1843,
        venue: "Notes",
        arxiv: undefined,
        link: undefined,
        checked: "references.md",
        line: 5,
      },
    ]);
  });

  it("skips tables with another header and reports rows it cannot read", () => {
    const other = "| a | b |\n|---|---|\n| x | y |";
    const { works, problems } = parseReferences(
      `${other}\n\n${header}\n| Short row | X |\n| T | X | 20x6 | V | — | — | here |\n`,
    );
    expect(works.map((w) => w.title)).toEqual(["T"]);
    expect(problems).toEqual(["line 7: 2 cells, expected 7", "line 8: year '20x6' is not a year"]);
  });

  it("takes the first author from a list or an 'et al.'", () => {
    expect(firstAuthorOf("Kaiming He, Xiangyu Zhang")).toBe("Kaiming He");
    expect(firstAuthorOf("Reiner Pope et al.")).toBe("Reiner Pope");
    expect(firstAuthorOf("周志华")).toBe("周志华");
  });
});

describe("curriculum/REFERENCES.md", () => {
  it("has only rows that read cleanly", () => {
    expect(references.problems).toEqual([]);
    expect(references.works.length).toBeGreaterThan(50);
  });

  it("lists every work once", () => {
    const seen = new Map<string, number>();
    for (const work of references.works) seen.set(work.title, (seen.get(work.title) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([title]) => title)).toEqual([]);
  });

  it("gives well-formed arXiv ids, each to one work", () => {
    const ids = references.works.flatMap((w) => (w.arxiv ? [w.arxiv] : []));
    expect(ids.filter((id) => arxivIdOf(`https://arxiv.org/abs/${id}`) !== id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // Defined only where the shared list is present (beside the clone, as in CI), so that a
  // clone on its own neither fails nor reports a skipped test.
  if (!existsSync(SHARED_REFERENCES)) return;
  it("agrees with the shared references.md on every arXiv id checked there", () => {
    const shared = readFileSync(SHARED_REFERENCES, "utf8");
    const missing = references.works
      .filter((w) => w.checked.startsWith("references.md") && w.arxiv !== undefined)
      .filter((w) => !shared.includes(`arXiv ${w.arxiv}`) && !shared.includes(`${w.arxiv}`))
      .map((w) => `${w.title} (${w.arxiv})`);
    expect(missing).toEqual([]);
  });
});

describe("resources of the default curriculum", () => {
  it("compiles without errors", () => {
    const errors = loaded.problems.filter((problem) => problem.severity === "error");
    expect(errors.map((problem) => formatProblem(problem, CURRICULUM_DIR))).toEqual([]);
    expect(loaded.output).toBeDefined();
  });

  it("finds resources in the curriculum, many of them checked papers", () => {
    expect(cited.length).toBeGreaterThan(40);
    expect(papers.length).toBeGreaterThan(30);
  });

  it.each(cited)("%s has a known kind", (_, { resource }) => {
    expect(RESOURCE_KINDS).toContain(resource.kind);
  });

  it.each(cited)("%s has a title in each of the curriculum's languages", (_, { resource }) => {
    expect(languagesOf(resource.title, languages)).toEqual(languages);
    if (resource.where !== undefined) {
      expect(languagesOf(resource.where, languages)).toEqual(languages);
    }
  });

  it.each(papers)("%s (a paper) is a work REFERENCES.md lists", (_, { resource }) => {
    expect(rowOf(resource), "add a row for it to curriculum/REFERENCES.md").toBeDefined();
  });

  it.each(withRow)("%s agrees with its row in REFERENCES.md", (_, { resource }) => {
    const row = rowOf(resource) as CheckedWork;
    if (resource.year !== undefined) expect(resource.year).toBe(row.year);
    if (resource.authors !== undefined && row.firstAuthor !== undefined) {
      expect(firstAuthorOf(resource.authors)).toBe(row.firstAuthor);
    }
    if (resource.kind === "paper" && resource.where !== undefined && row.venue !== undefined) {
      for (const where of allTexts(resource.where)) expect(where.startsWith(row.venue)).toBe(true);
    }
    const arxiv = resource.url === undefined ? undefined : arxivIdOf(resource.url);
    if (arxiv !== undefined) expect(arxiv).toBe(row.arxiv);
    else if (resource.url !== undefined && !DOI_LINK.test(resource.url)) {
      expect(resource.url).toBe(row.link);
    }
  });

  it.each(withUrl)("%s links a checked page (arXiv, a row's link or a DOI)", (_, { resource }) => {
    const url = resource.url ?? "";
    if (url.includes("arxiv.org")) {
      const id = arxivIdOf(url);
      expect(id, "a well-formed arXiv abstract link").toBeDefined();
      expect(references.works.some((w) => w.arxiv === id)).toBe(true);
      expect(resource.free).toBe(true);
    } else {
      expect(DOI_LINK.test(url) || references.works.some((w) => w.link === url)).toBe(true);
    }
  });
});

describe("free resources", () => {
  const topics = loaded.output?.curriculum.topics ?? [];

  it("has topics to check", () => {
    expect(topics.length).toBeGreaterThan(20);
  });

  it.each(topics.map((t) => t.id))(
    "%s links a freely readable resource, or says why none exists",
    (id) => {
      const details = loaded.output?.details[id] as
        | { resources: readonly Resource[]; noFreeResource?: unknown }
        | undefined;
      const topic = topics.find((t) => t.id === id) as { noFreeResource?: unknown } | undefined;
      const free = (details?.resources ?? []).some((r) => r.url !== undefined && r.free === true);
      const reason = details?.noFreeResource ?? topic?.noFreeResource;
      expect(free || allTexts(reason).some((text) => text.trim() !== "")).toBe(true);
      // A stated reason for a topic that has a free resource would be out of date.
      if (free) expect(reason).toBeUndefined();
    },
  );
});
