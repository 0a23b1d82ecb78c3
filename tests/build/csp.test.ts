// Every built page lives under the strict Content-Security-Policy of src/lib/site/csp.ts:
// declared first in <head> (a meta policy governs only what follows it), with nothing
// inline that it does not allow by hash, no style attribute, no 'unsafe-inline', and no
// other host. The example server configurations the build writes carry the same policy.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  SECURITY_HEADERS,
  SERVER_CONFIG_FILES,
} from '../../src/lib/site/csp';
import { PAGE_SCRIPT_DATA } from '../../src/lib/site/page-script';
import { BASE_PATH, dist, distBase, htmlFiles, requireBuilt } from '../helpers/dist';
import { root } from '../helpers/astro-build';

/** What issue 14 asks of the policy at the least, written out here rather than read from csp.ts. */
const REQUIRED: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Sources that name no host: keywords, data: images, hashes. */
const ALLOWED_SOURCE = /^(?:'self'|'none'|'wasm-unsafe-eval'|data:|'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}')$/u;

/** Script types a browser does not run (data blocks); CSP does not govern them. */
const DATA_BLOCK = /^application\/(?:ld\+)?json$/iu;

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The elements of a document, and of its <noscript> blocks (which the parser keeps as text). */
function allElements(document: HTMLElement): HTMLElement[] {
  const elements = document.querySelectorAll('*');
  const nested = elements
    .filter((element) => element.tagName === 'NOSCRIPT')
    .flatMap((noscript) => allElements(parse(noscript.rawText)));
  return [...elements, ...nested];
}

/** What is wrong with one page under its own policy, in words; [] when nothing is. */
function policyProblems(html: string): string[] {
  const problems: string[] = [];
  const document = parse(html, { comment: false });
  const head = document.querySelector('head');
  if (!head) return ['no <head>'];
  const metas = allElements(document).filter(
    (element) =>
      element.tagName === 'META' && element.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (metas.length !== 1) return [`${metas.length} Content-Security-Policy metas`];
  const meta = metas[0]!;
  const before = head.childNodes.filter((node): node is HTMLElement => node.nodeType === 1);
  const position = before.indexOf(meta);
  if (position === -1) problems.push('the policy meta is not a child of <head>');
  // Only the character set may come first: it governs nothing and must be early.
  const ahead = before.slice(0, Math.max(position, 0)).filter((element) => !element.hasAttribute('charset'));
  if (ahead.length > 0) problems.push(`before the policy: ${ahead.map((element) => element.tagName).join(', ')}`);

  const policy = meta.getAttribute('content') ?? '';
  const parsed = directives(policy);
  for (const [name, sources] of Object.entries(REQUIRED)) {
    const given = parsed.get(name);
    const extra = given?.filter((source) => !sources.includes(source) && !source.startsWith("'sha")) ?? [];
    if (!given || sources.some((source) => !given.includes(source)) || extra.length > 0) {
      problems.push(`${name} is "${given?.join(' ') ?? 'missing'}", not "${sources.join(' ')}"`);
    }
  }
  for (const [name, sources] of parsed) {
    for (const source of sources) if (!ALLOWED_SOURCE.test(source)) problems.push(`${name} allows ${source}`);
  }

  for (const element of allElements(document)) {
    if (element.hasAttribute('style')) problems.push(`style attribute on <${element.rawTagName}>`);
    const handlers = Object.keys(element.attributes).filter((name) => /^on/iu.test(name));
    if (handlers.length > 0) problems.push(`event handler attribute ${handlers.join(', ')} on <${element.rawTagName}>`);
    const inline =
      (element.tagName === 'SCRIPT' &&
        !element.hasAttribute('src') &&
        !DATA_BLOCK.test(element.getAttribute('type') ?? '')) ||
      element.tagName === 'STYLE';
    if (!inline) continue;
    const directive = element.tagName === 'SCRIPT' ? 'script-src' : 'style-src';
    const hash = sha256(element.rawText);
    if (!parsed.get(directive)?.includes(hash)) {
      problems.push(
        `inline <${element.rawTagName}> not allowed by ${directive} (${hash}): ${element.rawText.slice(0, 60)}`,
      );
    }
  }
  return problems;
}

describe('the policy check itself', () => {
  const page = (head: string, body = '') =>
    `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

  test('passes the site policy with nothing inline', () => {
    expect(policyProblems(page(meta(CONTENT_SECURITY_POLICY), '<script type="module" src="/a.js"></script>'))).toEqual(
      [],
    );
  });

  test('finds a script before the policy, inline blocks without their hash, style attributes and handlers', () => {
    const script = 'console.log(1)';
    const problems = policyProblems(
      page(
        `<script>${script}</script>${meta(CONTENT_SECURITY_POLICY)}<noscript><style>p{}</style></noscript>`,
        '<p style="color:red" onclick="x()">a</p><script type="application/json">{"a":1}</script>',
      ),
    );
    expect(problems).toEqual([
      'before the policy: SCRIPT',
      expect.stringMatching(/^inline <script> not allowed by script-src/u),
      'style attribute on <p>',
      'event handler attribute onclick on <p>',
      expect.stringMatching(/^inline <style> not allowed by style-src/u),
    ]);
  });

  test('accepts an inline block whose hash the policy names', () => {
    const script = 'console.log(1)';
    const policy = CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' ${sha256(script)}`);
    expect(policyProblems(page(meta(policy), `<script>${script}</script>`))).toEqual([]);
  });

  test("refuses 'unsafe-inline', other hosts and a missing directive", () => {
    const policy = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("img-src 'self' data:", "img-src 'self' data: https://cdn.example")
      .replace(/; form-action 'self'/u, '');
    expect(policyProblems(page(meta(policy)))).toEqual([
      `style-src is "'self' 'unsafe-inline'", not "'self'"`,
      `img-src is "'self' data: https://cdn.example", not "'self' data:"`,
      `form-action is "missing", not "'self'"`,
      "style-src allows 'unsafe-inline'",
      'img-src allows https://cdn.example',
    ]);
  });
});

describe.each([
  ['dist', dist, '/'],
  ['dist-base', distBase, BASE_PATH],
])('every page of %s', (_name, dir, base) => {
  test('declares the site policy first in <head> and has nothing inline it does not allow', () => {
    const files = htmlFiles(requireBuilt(dir));
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const found = policyProblems(html);
      const meta = parse(html).querySelector('meta[http-equiv="Content-Security-Policy"]');
      if (meta && meta.getAttribute('content') !== CONTENT_SECURITY_POLICY) found.push('not the policy of csp.ts');
      return found.map((problem) => `${path.relative(dir, file)}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  test('tells the site script, on <html>, which parameter carries the words searched', () => {
    const html = parse(readFileSync(path.join(dir, 'index.html'), 'utf8')).querySelector('html')!;
    expect(html.getAttribute(PAGE_SCRIPT_DATA.highlightParam)).toMatch(/^[a-z-]+$/u);
  });

  test('ships the example server configurations with the same policy and the other security headers', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(Object.keys(SECURITY_HEADERS)).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'Referrer-Policy',
        'X-Content-Type-Options',
        'Permissions-Policy',
      ]),
    );
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    for (const file of Object.values(SERVER_CONFIG_FILES)) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        const line = text.split('\n').find((candidate) => candidate.includes(`${name}`));
        expect(line, `${file}: ${name}`).toContain(value);
      }
    }
    // Every header on a line of its own, in the syntax of each server, outside any block.
    const read = (file: string) => readFileSync(path.join(dir, file), 'utf8').split('\n');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(read(SERVER_CONFIG_FILES.headers)).toContain(`  ${name}: ${value}`);
      expect(read(SERVER_CONFIG_FILES.apache)).toContain(`Header always set ${name} "${value}"`);
      expect(read(SERVER_CONFIG_FILES.nginx)).toContain(`add_header ${name} "${value}" always;`);
    }
    // No <IfModule mod_headers.c> guard: an Apache without the module fails (500) rather than
    // serving the site without its headers (tests/build/apache.test.ts runs a real one).
    expect(read(SERVER_CONFIG_FILES.apache).filter((line) => /^\s*</u.test(line))).toEqual([]);
    // Netlify/Cloudflare match the host's paths: the rule covers the site under its base.
    expect(readFileSync(path.join(dir, SERVER_CONFIG_FILES.headers), 'utf8')).toContain(`\n${base}*\n`);
  });
});

test('browser code never writes a style attribute, which the policy would refuse', () => {
  const folder = path.join(root, 'src/client');
  const sources = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  const offending = sources.filter((file) =>
    /setAttribute\(\s*['"]style|\.cssText\b|\.style\s*=|style=/u.test(readFileSync(path.join(folder, file), 'utf8')),
  );
  expect(offending).toEqual([]);
});
