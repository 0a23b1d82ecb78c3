/**
 * npm run import -- <file> [--out <content folder>] [--province "<tên tỉnh>"] [--force]
 *
 * Turns a received plan (.docx, .pdf with a text layer, .txt/.md; .doc and .odt through
 * LibreOffice) into a draft plan of the content folder: plans/<id>.mdx with status "draft",
 * sources/<id>.txt (the text read: the file itself for .txt/.md, the reader's lines for the
 * other formats), and forms/<id>-mau-NN.draft.md for each form printed after the signature.
 * Prints a report; writes nothing when anything is wrong.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { checkInput, ImportInputError } from '../src/lib/import/sniff.ts';
import { readText } from '../src/lib/import/reader-text.ts';
import { readDocx } from '../src/lib/import/reader-docx.ts';
import { readPdf } from '../src/lib/import/reader-pdf.ts';
import { readThroughLibreOffice } from '../src/lib/import/reader-office.ts';
import type { SourceText } from '../src/lib/import/types.ts';
import { convertToPlan, ConversionError } from '../src/lib/import/convert.ts';
import { planFile } from '../src/lib/import/mdx.ts';
import { formDraftFile } from '../src/lib/import/form-file.ts';
import { formatReport } from '../src/lib/import/report.ts';
import { CONTENT_FILES, CONTENT_FOLDERS } from '../src/lib/site/content-folders.ts';

function fail(vi: string, en: string): never {
  process.stderr.write(`Lỗi: ${vi}\nError: ${en}\nKhông ghi tệp nào (nothing was written).\n`);
  process.exit(1);
}

/** Plans already in the folder (id, number, province), to link the ones this plan implements. */
function knownPlans(folder: string): { id: string; number: string; province: string }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const text = readFileSync(path.join(folder, name), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/u.exec(text)?.[1];
      if (!yaml) return [];
      const data = parseYaml(yaml) as { number?: string; province?: string };
      return data.number && data.province
        ? [{ id: name.replace(/\.mdx$/u, ''), number: data.number, province: data.province }]
        : [];
    });
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content' },
    province: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  fail(
    'cần đúng một tệp: npm run import -- <tệp> [--out <thư mục>] [--province "<tên tỉnh>"] [--force]',
    'give exactly one file: npm run import -- <file> [--out <folder>] [--province "<name>"] [--force]',
  );
}
/** The provinces the content folder lists (content/provinces.yaml); none when it has no file. */
function listedProvinces(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  const data = parseYaml(readFileSync(file, 'utf8')) as { provinces?: { name?: string }[] } | null;
  return new Set((data?.provinces ?? []).map((entry) => String(entry.name)));
}

const file = positionals[0]!;
if (!existsSync(file)) fail(`không có tệp ${file}`, `${file} does not exist`);

try {
  const bytes = new Uint8Array(readFileSync(file));
  const format = checkInput(file, path.extname(file), bytes);
  const out = values.out!;
  const source: SourceText =
    format === 'docx'
      ? readDocx(bytes, file)
      : format === 'pdf'
        ? await readPdf(bytes, file)
        : format === 'doc'
          ? readThroughLibreOffice(file, 'Word 97–2003 .doc')
          : format === 'odt'
            ? readThroughLibreOffice(file, 'OpenDocument .odt')
            : readText(bytes);
  const draft = convertToPlan(source, {
    province: values.province,
    knownPlans: knownPlans(path.join(out, CONTENT_FOLDERS.plans)),
  });
  const province = String(draft.frontmatter.province);
  if (!listedProvinces(path.join(out, CONTENT_FILES.provinces)).has(province)) {
    // A draft builds without it; publishing needs the province's entry (today's unit, a source).
    draft.report.needs.push({
      field: 'province',
      line: null,
      why: `"${province}" chưa có trong provinces.yaml: thêm tỉnh này (đơn vị hiện nay và nguồn đã kiểm chứng) trước khi bỏ "status: draft"`,
    });
  }
  const planPath = path.join(out, CONTENT_FOLDERS.plans, `${draft.id}.mdx`);
  const sourcePath = path.join(out, CONTENT_FOLDERS.sources, `${draft.id}.txt`);
  const outputs: [string, string | Uint8Array][] = [
    [planPath, planFile(draft.frontmatter, draft.body)],
    [sourcePath, format === 'text' ? bytes : `${source.lines.join('\n')}\n`],
    ...draft.forms.map((form): [string, string] => [
      path.join(out, CONTENT_FOLDERS.forms, `${draft.id}-mau-${String(form.index).padStart(2, '0')}.draft.md`),
      formDraftFile(draft.id, form),
    ]),
  ];
  const existing = outputs.map(([target]) => target).filter((target) => existsSync(target));
  if (existing.length > 0 && !values.force) {
    fail(
      `đã có ${existing.join(', ')}; thêm --force để ghi đè`,
      `${existing.join(', ')} already exist(s); add --force to overwrite`,
    );
  }
  for (const [target, content] of outputs) {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  process.stdout.write(
    `${formatReport(
      draft.report,
      outputs.map(([target]) => target),
      planPath,
    )}\n`,
  );
} catch (error) {
  if (error instanceof ImportInputError) fail(`${error.file}: ${error.vi}`, `${error.file}: ${error.en}`);
  if (error instanceof ConversionError) fail(`${file}: ${error.vi}`, `${file}: ${error.en}`);
  throw error;
}
