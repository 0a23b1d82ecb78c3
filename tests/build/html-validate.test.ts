import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { expect, test } from 'vitest';
import { dist, htmlFiles, requireBuilt } from '../helpers/dist';

test('every page in dist/ is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles(requireBuilt(dist));
  expect(files.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${file.slice(dist.length)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
  }
  expect(problems).toEqual([]);
});
