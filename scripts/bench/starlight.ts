// The comparison an editor would pick instead: a stock Starlight site (from the npm
// registry, in a temporary folder, never committed) holding the same content.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTENT_FOLDERS } from '../../src/lib/site/content-folders.ts';

export interface StarlightSite {
  dir: string;
  astroVersion: string;
  starlightVersion: string;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// Stock Starlight: default sidebar, default search, Vietnamese as the root locale.
export default defineConfig({
  integrations: [
    starlight({
      title: 'Sổ tay Học tập và làm theo Bác',
      defaultLocale: 'root',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

function installedVersion(dir: string, name: string): string {
  return (JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;
}

/** Installs Starlight (the registry's current release) with the same Astro version as the site. */
export function prepareStarlight(dir: string, astroVersion: string): StarlightSite {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, 'node_modules', '@astrojs', 'starlight'))) {
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify(
        {
          name: 'starlight-comparison',
          private: true,
          type: 'module',
          dependencies: { astro: astroVersion, '@astrojs/starlight': 'latest' },
        },
        null,
        2,
      ),
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  }
  writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  return {
    dir,
    astroVersion: installedVersion(dir, 'astro'),
    starlightVersion: installedVersion(dir, '@astrojs/starlight'),
  };
}

function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text);
  return match ? { data: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! } : { data: {}, body: text };
}

function pageTitle(collection: string, data: Record<string, unknown>, id: string): string {
  if (collection === CONTENT_FOLDERS.plans)
    return `${String(data.documentType)} ${String(data.number)}: ${String(data.title)}`;
  return String(data.title ?? data.name ?? id);
}

/**
 * Writes the corpus as Starlight pages: every plan, topic, commemoration and form guide
 * with its title and the same Markdown body, under the same unaccented paths.
 */
export function writeStarlightContent(site: StarlightSite, contentDir: string): number {
  const docs = path.join(site.dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  const routes: Record<string, string> = {
    [CONTENT_FOLDERS.plans]: 'ke-hoach',
    [CONTENT_FOLDERS.topics]: 'chuyen-de',
    [CONTENT_FOLDERS.commemorations]: 'ngay-ky-niem',
    [CONTENT_FOLDERS.forms]: 'bieu-mau',
  };
  let pages = 0;
  for (const [collection, route] of Object.entries(routes)) {
    const source = path.join(contentDir, collection);
    if (!existsSync(source)) continue;
    mkdirSync(path.join(docs, route), { recursive: true });
    for (const name of readdirSync(source).filter((file) => file.endsWith('.mdx'))) {
      const id = name.replace(/\.mdx$/u, '');
      const { data, body } = splitFrontmatter(readFileSync(path.join(source, name), 'utf8'));
      // Plain Markdown: the bodies use no components, and .md keeps braces literal.
      writeFileSync(
        path.join(docs, route, `${id}.md`),
        `---\ntitle: ${JSON.stringify(pageTitle(collection, data, id))}\n---\n${body}`,
      );
      pages += 1;
    }
  }
  writeFileSync(
    path.join(docs, 'index.md'),
    '---\ntitle: "Sổ tay Học tập và làm theo Bác"\n---\nKế hoạch, chuyên đề, ngày kỷ niệm và biểu mẫu học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n',
  );
  return pages + 1;
}
