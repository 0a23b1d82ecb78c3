/**
 * The Content-Security-Policy the site lives under, and the other security headers a host
 * should send with it. This is the one source of their text: every page's
 * `<meta http-equiv="Content-Security-Policy">` (src/layouts/Base.astro), the example server
 * configurations written into the build (src/integrations/security-headers.ts), the test
 * server and the tests all read it from here.
 *
 * The site ships no inline script, no `<style>` block and no `style` attribute: every script
 * and stylesheet is a file of its own, so the policy needs neither hashes nor
 * 'unsafe-inline', and the same text works as a header and as a meta (a policy given both
 * ways is enforced twice, so hashes in the meta alone would not help under the header).
 * It names no other host: the site loads nothing from elsewhere.
 */

/** Directive → its sources, in the order written. */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  // Pagefind compiles its WebAssembly (in its worker, or on the page when the worker fails).
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const satisfies Record<string, readonly string[]>;

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there, with a console
 * warning), so they are sent only as a header.
 */
export const HEADER_ONLY_CSP_DIRECTIVES = {
  // Nobody may frame the site (clickjacking); X-Frame-Options is its older spelling.
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

/** "name source source; name source" */
function serialize(directives: Record<string, readonly string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy in every page's `<meta http-equiv="Content-Security-Policy">`. */
export const CONTENT_SECURITY_POLICY = serialize(CSP_DIRECTIVES);

/** The same policy as a server sends it, with what only a header can say. */
export const CONTENT_SECURITY_POLICY_HEADER = serialize({ ...CSP_DIRECTIVES, ...HEADER_ONLY_CSP_DIRECTIVES });

/** Every header the example server configurations set, in the order written. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  // Links to other sites do not tell them which page of the handbook the reader came from.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // The site uses none of these; nothing it embeds may ask for them either.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Files the build writes next to the site (src/integrations/security-headers.ts), by name. */
export const SERVER_CONFIG_FILES = {
  headers: '_headers',
  apache: '.htaccess',
  nginx: 'nginx-security-headers.conf',
} as const;

const GENERATED = 'Written by the build from src/lib/site/csp.ts; edit that file, not this one.';

/**
 * A `_headers` file (Netlify, Cloudflare Pages): the headers for every path. Its paths are
 * the host's, so the rule names the site's base (`/so-tay/*`, or `/*`).
 */
export function headersFile(base: string): string {
  const lines = [`# ${GENERATED}`, `${base}*`];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Apache: an `.htaccess` at the site's root, which covers the folder it is in. No
 * `<IfModule mod_headers.c>` around the headers: with it, a server without mod_headers
 * would skip them and serve the site without a word. Without it, such a server answers
 * 500 to every request under the folder and logs "Invalid command 'Header'", and the same
 * lines in a virtual host stop Apache from starting: the missing module cannot go unseen.
 */
export function htaccessFile(): string {
  const lines = [
    `# ${GENERATED}`,
    '# Needs mod_headers (a2enmod headers) and "AllowOverride FileInfo" for this folder. Without',
    '# mod_headers every request here fails with 500; with "AllowOverride None" Apache ignores',
    "# this file. Check that a page comes with the policy: curl -sI <the site's address> | grep -i '^content-security-policy:'",
  ];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`Header always set ${name} "${value}"`);
  // The plans' source texts (.txt) and the calendars are UTF-8; Apache names no charset
  // for them by default, and browsers then show Vietnamese as mojibake.
  lines.push('AddCharset UTF-8 .txt .ics .json');
  return `${lines.join('\n')}\n`;
}

/**
 * nginx: `include` it inside the `location` that serves the site (nginx drops a parent
 * block's add_header lines in any block that has its own, so it goes where the files are served).
 */
export function nginxFile(base: string): string {
  const lines = [
    `# ${GENERATED}`,
    `# Include inside the location serving the site, e.g. location ${base} { include ${SERVER_CONFIG_FILES.nginx}; }`,
  ];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`add_header ${name} "${value}" always;`);
  // The plans' source texts (.txt) and the calendars are UTF-8; nginx names no charset by default.
  lines.push('charset utf-8;', 'charset_types text/plain text/calendar application/json;');
  return `${lines.join('\n')}\n`;
}
