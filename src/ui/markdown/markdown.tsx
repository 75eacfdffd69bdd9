/**
 * The Markdown + math renderer for topic bodies. Heavy (react-markdown, KaTeX and its CSS), so
 * it lives in its own chunk that only the topic page loads (see load-markdown.ts).
 * Raw HTML in bodies is not rendered (react-markdown's default): curriculum text is untrusted.
 */
import "katex/dist/katex.min.css";
import "./markdown.css";
import type { ComponentProps } from "react";
import Markdown, { type Components } from "react-markdown";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { useI18n } from "../i18n";

export interface MarkdownBodyProps {
  readonly markdown: string;
}

const remarkPlugins = [remarkGfm, remarkMath];
// A bad formula shows as red source text instead of breaking the whole body.
const rehypePlugins: ComponentProps<typeof Markdown>["rehypePlugins"] = [
  [rehypeKatex, { throwOnError: false, strict: "ignore" }],
];

/** True for links that leave the app (http, https, protocol-relative, mailto). */
export function isExternalHref(href: string | undefined): boolean {
  return href !== undefined && /^(https?:)?\/\/|^mailto:/i.test(href);
}

/** Renders a topic body: GitHub-flavoured Markdown with `$…$` and `$$…$$` math. */
export default function MarkdownBody({ markdown }: MarkdownBodyProps) {
  const { t } = useI18n();

  const components: Components = {
    // The page's h1 is the topic title; a body that starts at "#" is moved down a level.
    h1: ({ node: _node, ...props }) => <h2 {...props} />,
    a: ({ node: _node, href, children, ...props }) =>
      isExternalHref(href) ? (
        <a {...props} href={href} target="_blank" rel="noopener noreferrer">
          {children}
          <span className="visually-hidden">{t.topic.externalLink}</span>
        </a>
      ) : (
        <a {...props} href={href}>
          {children}
        </a>
      ),
    // GFM task items: a disabled checkbox with no label fails accessibility checks, and the
    // learner cannot tick it anyway, so the mark is shown as text with words for screen readers.
    input: ({ node: _node, type, checked, ...props }) =>
      type === "checkbox" ? (
        <span className="task-mark">
          <span aria-hidden="true">{checked ? "☑" : "☐"}</span>
          <span className="visually-hidden">{checked ? t.topic.task.done : t.topic.task.todo}</span>
        </span>
      ) : (
        <input type={type} {...props} />
      ),
    // Wide tables scroll inside their own box, never the whole page; the box takes focus so
    // keyboard users can scroll it too.
    table: ({ node: _node, ...props }) => (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable.
      <div className="md-table" tabIndex={0}>
        <table {...props} />
      </div>
    ),
  };

  return (
    <div className="markdown">
      <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
