import { closestMatch, editDistance } from "../../../src/curriculum/suggest";
import { formatProblem, type Problem, sortProblems } from "../../../src/curriculum/index";

const problem = (file: string, line: number | undefined, message = "m"): Problem => ({
  file,
  line,
  message,
  severity: "error",
});

describe("formatProblem", () => {
  it.each([
    { p: problem("/w/c/topics/a.md", 4, "bad"), base: "/w", text: "c/topics/a.md:4: bad" },
    {
      p: problem("/w/c/curriculum.yaml", undefined, "bad"),
      base: "/w",
      text: "c/curriculum.yaml: bad",
    },
    { p: problem("/w/c/topics/a.md", 2, "bad"), base: "/w/c/topics", text: "a.md:2: bad" },
    { p: problem("/elsewhere/a.md", 1, "bad"), base: "/w", text: "../elsewhere/a.md:1: bad" },
    { p: problem("/w/a.md", 1, "bad"), base: undefined, text: "/w/a.md:1: bad" },
  ])("formats $text", ({ p, base, text }) => {
    expect(formatProblem(p, base)).toBe(text);
  });

  it("sorts by file, then line", () => {
    const sorted = sortProblems([
      problem("/b", 1),
      problem("/a", 9),
      problem("/a", undefined),
      problem("/a", 2),
    ]);
    expect(sorted.map((p) => `${p.file}:${p.line ?? "-"}`)).toEqual([
      "/a:-",
      "/a:2",
      "/a:9",
      "/b:1",
    ]);
  });
});

describe("did-you-mean hints", () => {
  it.each([
    { word: "requries", candidates: ["requires", "recommends"], match: "requires" },
    { word: "titel", candidates: ["title", "section"], match: "title" },
    { word: "anyof", candidates: ["anyOf"], match: "anyOf" },
    { word: "difficulty", candidates: ["title", "hours"], match: undefined },
    { word: "ab", candidates: ["xy"], match: undefined },
  ])("$word -> $match", ({ word, candidates, match }) => {
    expect(closestMatch(word, candidates)).toBe(match);
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("hours", "huors")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});
