import { describe, expect, it } from "vitest";
import { isSelfCheckHeading, selfCheckSection } from "../../../src/ui/review/self-check";

describe("selfCheckSection", () => {
  it("takes the part after the Self-check heading up to the next second-level heading", () => {
    const html =
      "<p>Intro.</p>\n<h2>How to read</h2>\n<ol><li>Read.</li></ol>\n<h2>Self-check</h2>\n<ol>\n<li>Why?</li>\n</ol>\n<h2>Try it</h2>\n<p>Code.</p>";
    expect(selfCheckSection(html)).toBe("<ol>\n<li>Why?</li>\n</ol>");
  });

  it("finds the Chinese heading 自测 and keeps third-level headings inside the section", () => {
    const html = "<h2>怎么读</h2><p>读。</p><h2>自测</h2><h3>基础</h3><ol><li>为什么？</li></ol>";
    expect(selfCheckSection(html)).toBe("<h3>基础</h3><ol><li>为什么？</li></ol>");
  });

  it("stops at a first-level heading too, and runs to the end when nothing follows", () => {
    expect(selfCheckSection("<h2>Self-check</h2><p>A</p><h1>Other</h1><p>B</p>")).toBe("<p>A</p>");
    expect(selfCheckSection("<h2>Self-check</h2><p>A</p>")).toBe("<p>A</p>");
  });

  it("accepts attributes, inner markup, case, spaces and a trailing colon on the heading", () => {
    expect(selfCheckSection('<h2 id="x"> <strong>SELF-CHECK</strong>: </h2><p>Q</p>')).toBe(
      "<p>Q</p>",
    );
    expect(selfCheckSection("<h2>自测：</h2><p>问</p>")).toBe("<p>问</p>");
  });

  it("is undefined without such a section, for an empty one, and for non-text input", () => {
    expect(selfCheckSection("<h2>How to read</h2><p>Read.</p>")).toBeUndefined();
    expect(selfCheckSection("<h3>Self-check</h3><p>Only a sub-heading.</p>")).toBeUndefined();
    expect(selfCheckSection("<h2>Self-check</h2>\n<h2>Next</h2>")).toBeUndefined();
    expect(selfCheckSection("")).toBeUndefined();
    expect(selfCheckSection(undefined as unknown as string)).toBeUndefined();
  });

  it("takes the first of two self-check sections", () => {
    expect(selfCheckSection("<h2>Self-check</h2><p>1</p><h2>自测</h2><p>2</p>")).toBe("<p>1</p>");
  });

  it("does not mistake a heading that merely mentions it", () => {
    expect(isSelfCheckHeading("Answers to the self-check")).toBe(false);
    expect(isSelfCheckHeading("Self&nbsp;check")).toBe(true);
  });
});
