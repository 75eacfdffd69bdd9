/**
 * Images in topic bodies. A body may show image files stored in the curriculum folder, named by
 * a path relative to the topic file (`images/residual-block.png` is `topics/images/…`); the build
 * copies each into the site under a name hashed from its content and renders it with its width
 * and height. Remote images (http, https, `//host`, `data:` and every other scheme) are refused:
 * the site's Content Security Policy lets pages load images only from the site itself, so one
 * would always show broken, and fetching it would tell another server who is reading.
 */
import { createHash } from "node:crypto";
import { posix } from "node:path";
import { TOPICS_DIR } from "./folder.ts";
import type { ImageAsset } from "./types.ts";

export interface ImageRef {
  /** The destination as written in the Markdown. */
  readonly src: string;
  /** 0-based line within the body. */
  readonly line: number;
}

/** A body's image destination, sorted out. */
export type ImageTarget =
  | { readonly kind: "local"; readonly path: string }
  | { readonly kind: "remote" }
  | { readonly kind: "outside" };

/** What the build needs to show one image. */
export type ImageFile = ImageAsset;

const INLINE_IMAGE = /!\[(?:[^\]\\\n]|\\.)*\]\(\s*(<[^>\n]*>|[^\s)]+)/g;
const REFERENCE_IMAGE = /!\[((?:[^\]\\\n]|\\.)*)\](?:\[((?:[^\]\\\n]|\\.)*)\])?/g;
const DEFINITION = /^ {0,3}\[((?:[^\]\\\n]|\\.)+)\]:[ \t]*(<[^>\n]*>|\S+)/gm;

/** Every image a Markdown body shows (inline `![a](src)` and reference `![a][label]` forms). */
export function findImages(markdown: string): ImageRef[] {
  const text = withoutCode(markdown);
  const definitions = new Map<string, string>();
  for (const match of text.matchAll(DEFINITION)) {
    const label = normalLabel(match[1] ?? "");
    if (!definitions.has(label)) definitions.set(label, unwrap(match[2] ?? ""));
  }
  const found: { src: string; at: number }[] = [];
  for (const match of text.matchAll(INLINE_IMAGE)) {
    found.push({ src: unwrap(match[1] ?? ""), at: match.index });
  }
  for (const match of text.matchAll(REFERENCE_IMAGE)) {
    // An inline image also matches here; only a following "(" tells them apart.
    if (text[match.index + match[0].length] === "(") continue;
    const label = normalLabel(match[2] || match[1] || "");
    const src = definitions.get(label);
    if (src !== undefined) found.push({ src, at: match.index });
  }
  found.sort((a, b) => a.at - b.at);
  // Lines counted in one pass over the sorted offsets: a body may hold thousands of images.
  let line = 0;
  let counted = 0;
  return found.map(({ src, at }) => {
    for (let i = text.indexOf("\n", counted); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
      line++;
      counted = i + 1;
    }
    return { src, line };
  });
}

/** Where an image destination points, relative to a topic file in topics/. */
export function imageTarget(src: string): ImageTarget {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//") || src.startsWith("\\")) {
    return { kind: "remote" };
  }
  let path = src.replace(/[?#].*$/, "");
  try {
    path = decodeURIComponent(path);
  } catch {
    // Kept as written: then it simply names no file.
  }
  if (path.startsWith("/") || path.includes("\\") || path.includes("\0"))
    return { kind: "outside" };
  const normal = posix.normalize(`${TOPICS_DIR}/${path}`);
  if (normal === ".." || normal.startsWith("../") || normal === TOPICS_DIR) {
    return { kind: "outside" };
  }
  return { kind: "local", path: normal };
}

const TYPES = ["png", "jpeg", "gif", "webp"] as const;
export type ImageType = (typeof TYPES)[number];

/** The image's format and size from its first bytes, or undefined when it is none of TYPES. */
export function imageInfo(
  bytes: Uint8Array,
): { type: ImageType; width?: number; height?: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 24 && ascii(1, 4) === "PNG" && bytes[0] === 0x89) {
    return { type: "png", width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length >= 10 && (ascii(0, 6) === "GIF87a" || ascii(0, 6) === "GIF89a")) {
    return { type: "gif", width: view.getUint16(6, true), height: view.getUint16(8, true) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    return { type: "jpeg", ...jpegSize(bytes, view) };
  }
  if (bytes.length >= 30 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") {
    return { type: "webp", ...webpSize(bytes, view, ascii(12, 16)) };
  }
  return undefined;
}

/** The site's file for an image: named from the original and a hash of the content. */
export function imageFile(path: string, bytes: Uint8Array, type: ImageType): string {
  const stem = posix
    .basename(path)
    .replace(/\.[^.]*$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  const hash = createHash("sha256").update(bytes).digest("base64url").slice(0, 8);
  return `${stem || "image"}-${hash}.${type === "jpeg" ? "jpg" : type}`;
}

function jpegSize(bytes: Uint8Array, view: DataView) {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return {};
    const marker = bytes[at + 1] ?? 0;
    // Start-of-frame markers hold the size; C4 (tables), C8 and CC are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + view.getUint16(at + 2);
  }
  return {};
}

function webpSize(bytes: Uint8Array, view: DataView, chunk: string) {
  if (chunk === "VP8X") {
    const u24 = (at: number) =>
      (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16);
    return { width: u24(24) + 1, height: u24(27) + 1 };
  }
  if (chunk === "VP8L") {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8 ") {
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  return {};
}

/** The text with code spans and fenced code blanked out (same length, so offsets hold). */
function withoutCode(markdown: string): string {
  const blank = (part: string) => part.replace(/[^\n]/g, " ");
  return markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[ \t]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)[^`]+?\1/g, blank);
}

function unwrap(destination: string): string {
  return destination.startsWith("<") && destination.endsWith(">")
    ? destination.slice(1, -1)
    : destination;
}

function normalLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}
