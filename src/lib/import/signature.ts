import { bare, isBlank, isPosition, isSignatureStart, isUpperLine } from './lines.ts';
import type { LineRole } from './types.ts';

export interface Signer {
  onBehalfOf: string | null;
  position: string | null;
  signedMark: string | null;
  name: string | null;
}

/** The closing of a document: Nơi nhận and the signature block, in either order. */
export interface Closing {
  /** Index of the first line after the body (Nơi nhận or the signature, whichever comes first). */
  bodyEnd: number;
  recipients: string[];
  signer: Signer | null;
  /** Index of the last line of the closing; later lines are attachments. */
  last: number;
}

const RECIPIENTS = /^Nơi nhận\s*:?$/u;
/** A name as signed: two to six capitalised words. */
const NAME = /^(?:\p{Lu}[\p{Ll}]*)(?:\s+\p{Lu}[\p{Ll}]*){1,5}$/u;

/**
 * Finds the closing after `start`: "Nơi nhận:" with its "- " items (a line without a dash
 * right under an item continues it), and the signature block ("T/M …", position,
 * "(Đã ký)", name). Roles of its lines are recorded.
 */
export function parseClosing(lines: readonly string[], start: number, roles: LineRole[]): Closing {
  const recipientsAt = lines.findIndex((line, i) => i >= start && RECIPIENTS.test(bare(line)));
  const signatureAt = lines.findIndex((line, i) => i >= start && isSignatureStart(line));
  const found = [recipientsAt, signatureAt].filter((i) => i !== -1);
  const bodyEnd = found.length > 0 ? Math.min(...found) : lines.length;
  const closing: Closing = { bodyEnd, recipients: [], signer: null, last: bodyEnd - 1 };
  const mark = (i: number, role: LineRole) => {
    roles[i] = role;
    closing.last = Math.max(closing.last, i);
  };

  if (recipientsAt !== -1) {
    mark(recipientsAt, { kind: 'recipients' });
    let previousWasItem = false;
    for (let i = recipientsAt + 1; i < lines.length; i += 1) {
      const text = bare(lines[i]!);
      if (isBlank(lines[i]!)) {
        // Blanks inside the list; three in a row end it.
        if (lines.slice(i, i + 3).every(isBlank)) break;
        roles[i] = { kind: 'blank' };
        continue;
      }
      if (isSignatureStart(lines[i]!) || isUpperLine(lines[i]!) || isPosition(lines[i]!)) break;
      if (/^-/u.test(text)) {
        mark(i, { kind: 'recipients' });
        closing.recipients.push(text.replace(/^-\s*/u, ''));
        previousWasItem = true;
      } else if (previousWasItem) {
        // A line without a dash continues the item above ("Chủ tịch UBMTTQVN tỉnh,").
        mark(i, { kind: 'recipients' });
        closing.recipients[closing.recipients.length - 1] += ` ${text}`;
      } else break;
    }
  }

  // A signature far below the Nơi nhận list belongs to an appended form, not to the plan.
  const nearby = recipientsAt === -1 || signatureAt < recipientsAt || signatureAt <= closing.last + 12;
  if (signatureAt !== -1 && nearby) {
    const signer: Signer = { onBehalfOf: bare(lines[signatureAt]!), position: null, signedMark: null, name: null };
    mark(signatureAt, { kind: 'signature', field: 'onBehalfOf' });
    for (let i = signatureAt + 1; i < Math.min(lines.length, signatureAt + 10); i += 1) {
      const text = bare(lines[i]!);
      if (isBlank(lines[i]!)) {
        roles[i] = { kind: 'blank' };
        continue;
      }
      if (signer.position === null && signer.name === null && isPosition(lines[i]!)) {
        signer.position = text;
        mark(i, { kind: 'signature', field: 'position' });
      } else if (/^\(?(?:Đã ký|đã ký)\)?$/u.test(text)) {
        signer.signedMark = text;
        mark(i, { kind: 'signature', field: 'signedMark' });
      } else if (NAME.test(text)) {
        signer.name = text;
        mark(i, { kind: 'signature', field: 'name' });
        break;
      } else break;
    }
    closing.signer = signer;
    // Blanks between the last closing line and the attachments belong to the closing.
  }
  // Blank lines inside the closing that were not given a role are blanks.
  for (let i = bodyEnd; i <= closing.last; i += 1) if (!roles[i] && isBlank(lines[i]!)) roles[i] = { kind: 'blank' };
  return closing;
}
