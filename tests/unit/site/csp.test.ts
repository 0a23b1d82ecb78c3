import { describe, expect, test } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  SECURITY_HEADERS,
  headersFile,
  htaccessFile,
  nginxFile,
} from '../../../src/lib/site/csp';

describe('the Content-Security-Policy', () => {
  test('is the strict policy issue 14 asks for, with nothing inline and no other host', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/u);
  });

  test('as a header adds what a meta cannot carry', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
  });

  test('header values hold no double quote, which the Apache and nginx lines quote them with', () => {
    for (const value of Object.values(SECURITY_HEADERS)) expect(value).not.toContain('"');
  });
});

describe('the example server configurations', () => {
  const everyHeader = (text: string, line: (name: string, value: string) => string) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(text).toContain(line(name, value));
  };

  test('_headers covers the site under its base', () => {
    const text = headersFile('/so-tay/');
    expect(text.split('\n')[1]).toBe('/so-tay/*');
    everyHeader(text, (name, value) => `\n  ${name}: ${value}\n`);
    expect(headersFile('/').split('\n')[1]).toBe('/*');
  });

  test('.htaccess sets every header with mod_headers, on errors too, outside any block', () => {
    const text = htaccessFile();
    everyHeader(text, (name, value) => `\nHeader always set ${name} "${value}"\n`);
    // No <IfModule mod_headers.c>: without the module Apache must fail (500), not serve the site bare.
    expect(text).not.toMatch(/^\s*</mu);
    expect(text).toContain('mod_headers');
    expect(text).toContain("grep -i '^content-security-policy:'");
  });

  test('Apache and nginx name UTF-8 for the source texts and calendars, which they otherwise leave unnamed', () => {
    expect(htaccessFile()).toContain('AddCharset UTF-8 .txt .ics .json\n');
    expect(nginxFile('/')).toContain('charset utf-8;\ncharset_types text/plain text/calendar application/json;\n');
  });

  test('the nginx snippet adds every header, on errors too, and says where it goes', () => {
    const text = nginxFile('/so-tay/');
    everyHeader(text, (name, value) => `add_header ${name} "${value}" always;\n`);
    expect(text).toContain('location /so-tay/ {');
  });
});
