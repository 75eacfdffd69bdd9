/**
 * Renders topic bodies to HTML at build time (and on the dev server), so the browser downloads
 * finished markup instead of a Markdown and math renderer. The stack is the one the app used to
 * run in the browser: react-markdown with GitHub-flavoured Markdown and `$…$` / `$$…$$` math
 * through KaTeX, turned into static markup by react-dom/server.
 * Raw HTML in bodies is not rendered (react-markdown's default): curriculum text is untrusted,
 * and the output is inserted into the page as trusted build output.
 * Never imported by browser code: the Vite plugin loads it in Node.
 */
import { type ComponentProps, createContext, useContext } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Markdown, { type Components } from "react-markdown";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { type BodyWords, bodyWords } from "./body-words";
import { isLongInlineFormula } from "./long-formula";

const remarkPlugins = [remarkGfm, remarkMath];
// Formulas become MathML, which every current browser lays out natively: no stylesheet or
// web fonts to load, a fraction of the markup of KaTeX's HTML output (a third of the longest
// body), and the form screen readers read. A bad formula shows as red source text instead of
// breaking the body or the build.
const rehypePlugins: ComponentProps<typeof Markdown>["rehypePlugins"] = [
  [rehypeKatex, { output: "mathml", throwOnError: false, strict: "ignore" }],
];

/** True for links that leave the app (http, https, protocol-relative, mailto). */
export function isExternalHref(href: string | undefined): boolean {
  return href !== undefined && /^(https?:)?\/\/|^mailto:/i.test(href);
}

/** Finds the file of an image a body shows; see ImageResolver in src/curriculum/virtual-code.ts. */
export type BodyImageResolver = (
  src: string,
) => { readonly src: string; readonly width?: number; readonly height?: number } | undefined;

const ImageContext = createContext<BodyImageResolver | undefined>(undefined);

/**
 * An image from the curriculum folder, at its address in the site, sized so the page does not
 * jump when it arrives and loaded only when it scrolls near. One the resolver does not know
 * (the validator refuses remote images) shows its alt text and requests nothing.
 */
function BodyImage({ src, alt, title }: { src?: string; alt?: string; title?: string }) {
  const resolve = useContext(ImageContext);
  const file = src === undefined ? undefined : resolve?.(src);
  if (!file) return <span className="missing-image">{alt}</span>;
  return (
    <img
      src={file.src}
      alt={alt ?? ""}
      title={title}
      width={file.width}
      height={file.height}
      loading="lazy"
      decoding="async"
    />
  );
}

/** True for a jump within the page (`#note`), which is not one of the app's routes (`#/…`). */
function isFragmentHref(href: string | undefined): boolean {
  return href?.startsWith("#") === true && !href.startsWith("#/");
}

function HiddenWords({ words, text }: { words: BodyWords; text: string }) {
  return (
    <span className="visually-hidden" lang={words.lang}>
      {text}
    </span>
  );
}

function componentsFor(words: BodyWords): Components {
  return {
    // The page's h1 is the topic title; a body that starts at "#" is moved down a level.
    h1: ({ node: _node, ...props }) => <h2 {...props} />,
    a: ({ node: _node, href, children, ...props }) =>
      isFragmentHref(href) ? (
        // The app's routes live in the URL hash, so a jump to an anchor (a footnote, its way
        // back) would leave the page for "Page not found": the number stays, as text.
        "data-footnote-backref" in props ? null : (
          <span>{children}</span>
        )
      ) : isExternalHref(href) ? (
        <a {...props} href={href} target="_blank" rel="noopener noreferrer">
          {children}
          <HiddenWords words={words} text={words.externalLink} />
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
          <HiddenWords words={words} text={checked ? words.taskDone : words.taskTodo} />
        </span>
      ) : (
        <input type={type} {...props} />
      ),
    img: ({ node: _node, src, alt, title }) => (
      <BodyImage src={typeof src === "string" ? src : undefined} alt={alt} title={title} />
    ),
    // KaTeX's wrapper of a formula: a long inline one is marked to scroll sideways if it must.
    // Every other span is passed on as it is, its attributes in their order.
    span: ({ node, ...props }) =>
      props.className === "katex" && isLongInlineFormula(node) ? (
        <span {...props} className="katex katex-long" />
      ) : (
        <span {...props} />
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
}

// One set per body language: a build renders every topic in each of a few languages.
const componentsByLang = new Map<string, Components>();

/**
 * A topic body as HTML: `markdown` is the author's text, `lang` its language (it picks the
 * language of the screen-reader words), `image` finds the files of the images it shows. Empty
 * text gives an empty string.
 */
export function renderBodyHtml(markdown: string, lang: string, image?: BodyImageResolver): string {
  let components = componentsByLang.get(lang);
  if (!components) {
    components = componentsFor(bodyWords(lang));
    componentsByLang.set(lang, components);
  }
  return renderToStaticMarkup(
    <ImageContext.Provider value={image}>
      <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
        {markdown}
      </Markdown>
    </ImageContext.Provider>,
  );
}
