import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SERVER_CONFIG_FILES, headersFile, htaccessFile, nginxFile } from '../lib/site/csp';

/**
 * Writes the example server configurations (a `_headers` file, an Apache `.htaccess`, an
 * nginx snippet) into the build, from the same source as every page's policy meta, so the
 * headers a host sends can never drift from the policy the pages declare.
 */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'so-tay:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const files: Record<string, string> = {
          [SERVER_CONFIG_FILES.headers]: headersFile(base),
          [SERVER_CONFIG_FILES.apache]: htaccessFile(),
          [SERVER_CONFIG_FILES.nginx]: nginxFile(base),
        };
        for (const [name, text] of Object.entries(files)) writeFileSync(path.join(outDir, name), text);
      },
    },
  };
}
