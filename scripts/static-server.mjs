#!/usr/bin/env node
// A plain static file server for the browser tests and Lighthouse: no rewrites, no SPA
// fallback — what a self-hoster's static host does. Like those hosts (GitHub Pages, the nginx
// block in docs/nginx.conf) it gzips text when the browser asks for it, so Lighthouse measures
// the bytes a learner really downloads. Serves ROOT at "/", so `ROOT/jiewang/index.html` is
// reachable at `/jiewang/`. Like docs/nginx.conf it refuses to be framed by any page
// (`frame-ancestors 'none'`, `X-Frame-Options: DENY`); `--no-frame-headers` leaves both out, as a
// host that cannot send headers does, so the tests can check the app's own framing check.
// Usage: node scripts/static-server.mjs [--root DIR] [--port N] [--host H] [--no-frame-headers]
// With `--port 0` the system picks a free port; the "Serving … at <url>" line names it.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(option("root", "dist"));
const port = Number(option("port", "4173"));
const host = option("host", "127.0.0.1");
const frameHeaders = args.includes("--no-frame-headers")
  ? {}
  : { "content-security-policy": "frame-ancestors 'none'", "x-frame-options": "DENY" };

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

// Text types worth compressing; images and woff2 fonts are compressed already.
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;
const gzipped = new Map(); // "path:mtime:size" -> gzip bytes, so a rebuilt file is compressed anew

async function gzipOf(found) {
  const key = `${found.path}:${found.mtime}:${found.size}`;
  let bytes = gzipped.get(key);
  if (!bytes) {
    bytes = gzipSync(await readFile(found.path));
    gzipped.set(key, bytes);
  }
  return bytes;
}

async function resolveFile(urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root + sep)) return undefined; // no escaping the root
  const info = await stat(full).catch(() => undefined);
  if (info?.isFile()) return { path: full, size: info.size, mtime: info.mtimeMs };
  if (info?.isDirectory()) {
    if (!decoded.endsWith("/")) return { redirect: `${urlPath}/` };
    const index = join(full, "index.html");
    const indexInfo = await stat(index).catch(() => undefined);
    if (indexInfo?.isFile()) return { path: index, size: indexInfo.size, mtime: indexInfo.mtimeMs };
  }
  return undefined;
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    const found = await resolveFile(url.pathname);
    if (!found) {
      res.writeHead(404, { ...frameHeaders, "content-type": "text/plain; charset=utf-8" });
      res.end("Not found\n");
      return;
    }
    if (found.redirect) {
      res.writeHead(301, { ...frameHeaders, location: found.redirect });
      res.end();
      return;
    }
    const type = TYPES[extname(found.path).toLowerCase()] ?? "application/octet-stream";
    // Hashed assets never change; everything else is revalidated (how docs/deploy.md advises).
    const immutable = /[\\/]assets[\\/]/.test(found.path);
    const headers = {
      ...frameHeaders,
      "content-type": type,
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      vary: "Accept-Encoding",
    };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    if (acceptsGzip && COMPRESSIBLE.test(type)) {
      const body = await gzipOf(found);
      res.writeHead(200, { ...headers, "content-encoding": "gzip", "content-length": body.length });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, "content-length": found.size });
    if (req.method === "HEAD") res.end();
    else createReadStream(found.path).pipe(res);
  } catch {
    res.writeHead(400, { ...frameHeaders, "content-type": "text/plain; charset=utf-8" });
    res.end("Bad request\n");
  }
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  console.log(`Serving ${root} at http://${host}:${actual}/`);
});
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => server.close(() => process.exit(0)));
