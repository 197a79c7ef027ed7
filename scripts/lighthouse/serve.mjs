// A minimal static server for the built site on 127.0.0.1, for the Lighthouse audits only. It serves as
// GitHub Pages does: gzip for text and a ten-minute cache lifetime, so the audit measures the site, not
// a bare development server.
// Usage: node serve.mjs SITE_DIR PORT
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const [root, port] = [process.argv[2], Number(process.argv[3] ?? 8790)];
const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".mjs": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".webmanifest": "application/manifest+json",
  ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream", ".pf_index": "application/octet-stream", ".pf_fragment": "application/octet-stream",
};

createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) { response.writeHead(403).end(); return; }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const type = types[extname(file)] ?? "application/octet-stream";
    const body = await readFile(file);
    const compress = /text|json|javascript|svg|xml|manifest|wasm/.test(type) && /gzip/.test(request.headers["accept-encoding"] ?? "");
    response.writeHead(200, { "content-type": type, "cache-control": "max-age=600", ...(compress ? { "content-encoding": "gzip" } : {}) })
      .end(compress ? gzipSync(body) : body);
  } catch {
    const body = await readFile(join(root, "404.html")).catch(() => "not found");
    response.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(body);
  }
}).listen(port, "127.0.0.1");
