// The one fixture server for e2e tests, the demo and the browser bench: static files on
// 127.0.0.1 (random port), per-path response headers, generated pages, and a log of requests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { DEMO_DIR, HOSTILE_DIR, READABILITY_DIR } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** URL prefix → directory served under it. */
const MOUNTS: Record<string, string> = {
  '/demo/': DEMO_DIR,
  '/pages/': HOSTILE_DIR,
  '/readability/': READABILITY_DIR,
};

export interface ServerOptions {
  /** Exact path → extra response headers (e.g. a strict CSP for one fixture). */
  headers?: Record<string, Record<string, string>>;
  /** Exact path → generated HTML (big pages are made at runtime, not committed). */
  generated?: Record<string, () => string>;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Paths requested so far (for "what did the browser fetch" checks). */
  requests: string[];
  setHeaders(path: string, headers: Record<string, string>): void;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<FixtureServer> {
  const headers = { ...options.headers };
  const generated = { ...options.generated };
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handle(req, res, headers, generated).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    requests,
    setHeaders: (path, extra) => void (headers[path] = extra),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, Record<string, string>>,
  generated: Record<string, () => string>,
): Promise<void> {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const extra = headers[path] ?? {};
  // A resource that answers after a delay, so a page's load event comes late: "/slow/600".
  const slow = /^\/slow\/(\d{1,4})$/.exec(path);
  if (slow) await new Promise((done) => setTimeout(done, Number(slow[1])));
  // Browsers ask for a favicon on every page; a 404 would show up as a console error.
  if (slow || path === '/favicon.ico' || path.startsWith('/void/')) {
    res.writeHead(204, extra).end();
    return;
  }
  const make = generated[path];
  if (make) {
    res.writeHead(200, { 'content-type': TYPES['.html']!, ...extra }).end(make());
    return;
  }
  const file = await resolveFile(path);
  // Saved pages point at assets nobody saved (relative or root-relative); a 404 per asset would
  // read as console errors. Only our own fixtures' folders answer 404.
  if (!file && !path.startsWith('/demo/') && !path.startsWith('/pages/')) {
    res.writeHead(204).end();
    return;
  }
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  let body: Buffer | string = await readFile(file);
  if (extname(file) === '.html') {
    body = await expandIncludes(body.toString('utf8'), file);
    if (path.startsWith('/readability/')) body = quietSavedPage(body);
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...extra });
  res.end(body);
}

async function resolveFile(path: string): Promise<string | null> {
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (!path.startsWith(prefix)) continue;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return null; // no escaping the mount
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, (await stat(join(file, 'index.html')).catch(() => null)) ? 'index.html' : 'source.html');
    } else if (!info) {
      return null;
    }
    return file;
  }
  return null;
}

/** `<!-- include: _story.html -->` pastes a sibling file, so hostile fixtures share one story. */
async function expandIncludes(html: string, file: string): Promise<string> {
  const dir = file.slice(0, file.lastIndexOf(sep));
  const parts = html.split(/<!-- include: ([\w.-]+) -->/);
  for (let i = 1; i < parts.length; i += 2) parts[i] = await readFile(join(dir, parts[i]!), 'utf8');
  return parts.join('');
}

/**
 * Saved pages are served without their scripts and with remote URLs pointed at /void/, so the
 * only code and the only requests left on them are the extension's: a console error or a
 * remote request there is ours.
 */
export function quietSavedPage(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?manifest\b[^>]*>/gi, '') // an empty manifest is a console error
    .replace(/<meta\b[^>]*http-equiv=["']?content-security-policy[^>]*>/gi, '') // theirs, now pointless
    .replace(/\sintegrity\s*=\s*("[^"]*"|'[^']*')/gi, '') // hashes of files we serve empty
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/(?:blob:)?(?:https?|file|chrome-extension|moz-extension):\/\//gi, '/void/')
    .replace(/(^|[\s"'(=,]|&quot;)\/\/(?=[\w-])/gi, '$1/void/');
}
