import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { dist, requireBuilt } from '../helpers/dist';
import { readForms } from '../helpers/forms';

/** Only where LibreOffice is installed (CI does not install it): the .docx must open and render on A4. */
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();

describe.skipIf(!soffice)('the .docx files open in LibreOffice', () => {
  // The "Bản để điền" (<id>.docx) and the original (<id>-ban-goc.docx) alike.
  const files = readForms().flatMap(({ id }) => [id, `${id}-ban-goc`]);
  test.each(files)('%s renders to an A4 PDF', async (id) => {
    const out = mkdtempSync(path.join(tmpdir(), 'so-tay-lo-'));
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${out}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        path.join(requireBuilt(dist), 'bieu-mau', `${id}.docx`),
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    const pdf = await PDFDocument.load(readFileSync(path.join(out, `${id}.pdf`)));
    const { width, height } = pdf.getPages()[0]!.getSize();
    expect(Math.abs(width - 595.3)).toBeLessThan(2);
    expect(Math.abs(height - 841.9)).toBeLessThan(2);
  });
});
