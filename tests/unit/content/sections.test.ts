import { resolve } from "node:path";
import { formatProblem, loadCurriculumDir } from "../../../src/curriculum";

/**
 * Every required (non-optional) topic ends with a self-check and then a hands-on task, in every
 * language (issue 19): at least three numbered questions a learner can answer or not, and a task
 * whose pass criterion the learner can check alone.
 */

const CURRICULUM_DIR = resolve(import.meta.dirname, "../../../curriculum");
const { output, problems } = loadCurriculumDir(CURRICULUM_DIR, { layout: false });

/** The two closing headings, per language. */
const HEADINGS: Readonly<Record<string, { selfCheck: string; handsOn: string }>> = {
  zh: { selfCheck: "自测", handsOn: "动手" },
  en: { selfCheck: "Self-check", handsOn: "Hands-on" },
};

/** Words that state a pass criterion, per language. */
const PASS_CRITERION: Readonly<Record<string, RegExp>> = {
  zh: /通过标准/,
  en: /you pass when|pass criteria|\bpass:|\bcheck:/i,
};

interface Section {
  readonly heading: string;
  readonly text: string;
}

/** The body's `##` sections in order (text before the first heading is left out). */
function sectionsOf(markdown: string): Section[] {
  return markdown
    .split(/^## /m)
    .slice(1)
    .map((part) => {
      const newline = part.indexOf("\n");
      const heading = (newline < 0 ? part : part.slice(0, newline)).trim();
      return { heading, text: newline < 0 ? "" : part.slice(newline + 1) };
    });
}

/** Top-level numbered items of a section. */
function numberedItems(text: string): string[] {
  return text.split("\n").filter((line) => /^\d+\. \S/.test(line));
}

function required() {
  if (!output) throw new Error(problems.map((p) => formatProblem(p, CURRICULUM_DIR)).join("\n"));
  return output.curriculum.topics.filter((t) => !t.optional).map((t) => t.id);
}

function body(id: string, lang: string): string {
  return output?.details[id]?.bodies[lang] ?? "";
}

describe("the section reader", () => {
  const sample = "intro\n\n## 自测\n\n1. a?\n2. b?\n   more\n3. c?\n\n## 动手\n\nDo it.\n";

  it("splits a body into its ## sections, in order", () => {
    expect(sectionsOf(sample).map((s) => s.heading)).toEqual(["自测", "动手"]);
  });

  it("counts numbered questions, not their continuation lines", () => {
    expect(numberedItems(sectionsOf(sample)[0]?.text ?? "")).toHaveLength(3);
  });
});

const cases = () =>
  required().flatMap((id) => Object.keys(HEADINGS).map((lang) => [id, lang] as const));

describe("every required topic ends with a self-check and a hands-on task", () => {
  it("has required topics to check", () => {
    expect(required().length).toBeGreaterThan(20);
  });

  it.each(cases())("%s (%s) ends with the self-check, then the hands-on task", (id, lang) => {
    const headings = sectionsOf(body(id, lang)).map((s) => s.heading);
    const { selfCheck, handsOn } = HEADINGS[lang] ?? { selfCheck: "", handsOn: "" };
    expect(headings.slice(-2)).toEqual([selfCheck, handsOn]);
  });

  it.each(cases())("%s (%s) asks at least three self-check questions", (id, lang) => {
    const selfCheck = sectionsOf(body(id, lang)).find(
      (s) => s.heading === HEADINGS[lang]?.selfCheck,
    );
    expect(numberedItems(selfCheck?.text ?? "").length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases())("%s (%s) gives the hands-on task a pass criterion", (id, lang) => {
    const handsOn = sectionsOf(body(id, lang)).find((s) => s.heading === HEADINGS[lang]?.handsOn);
    expect(handsOn?.text ?? "").toMatch(PASS_CRITERION[lang] ?? /$^/);
  });
});
