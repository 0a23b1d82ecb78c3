import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { expect, test } from 'vitest';
import { dist, distBase, htmlFiles, requireBuilt } from '../helpers/dist';

async function problemsIn(dir: string, files: string[]): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(
          `${file.slice(dir.length)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
        );
      }
    }
  }
  return problems;
}

test('every page in dist/ is valid HTML', async () => {
  const files = htmlFiles(requireBuilt(dist));
  expect(files.length).toBeGreaterThan(5);
  expect(await problemsIn(dist, files)).toEqual([]);
});

test('the paged plan lists of the sub-path build (2 plans a page, with pagers) are valid HTML', async () => {
  const files = htmlFiles(requireBuilt(distBase)).filter((file) =>
    /\/ke-hoach\/(?:(?:tinh|nam)\/[^/]+\/)?(?:trang-\d+\/)?index\.html$/u.test(file),
  );
  expect(files.filter((file) => file.includes('/trang-')).length).toBeGreaterThan(2);
  expect(await problemsIn(distBase, files)).toEqual([]);
});
