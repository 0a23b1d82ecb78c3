import type { FormDocument } from '../../schemas/form';
import type { Plan } from '../../schemas/plan';
import type { Segment } from '../forms/inline';
import { t } from '../../i18n/t';

/**
 * The frame of a Party document as printed: the header (issuing bodies and number on the
 * left; the Party's name, its rule and the place and date on the right) and the closing
 * ("Nơi nhận" beside the signature block). Plans and forms print the same frame; these give
 * both the same shape, so one component draws each part (DocumentHeader, DocumentClosing).
 */

/** A line as printed: plain text (a plan's) or inline segments with blanks (a form's). */
export type PrintedLine = string | Segment[];

export interface DocumentHeaderParts {
  /** The left column's lines above the number, each with whether it is set in bold as the issuer. */
  left: { line: PrintedLine; issuer: boolean }[];
  /** Whether the "*" under the issuing bodies is drawn (plans print it; the forms as typed carry none). */
  star: boolean;
  number: PrintedLine | null;
  /** The Party's name as printed (a form may misprint it). */
  party: string;
  dateLine: PrintedLine | null;
}

export interface DocumentClosingParts {
  /** "Nơi nhận:" and its lines as printed, each with its dash. */
  recipients: { label: string; items: PrintedLine[] } | null;
  /** The signature block: bold role lines, the signed mark ("(Đã ký)"), the name. */
  signature: { roles: string[]; mark: string | null; name: PrintedLine | null } | null;
}

/** The segments of a printed line (a plain line is one run of text). */
export const lineSegments = (line: PrintedLine): Segment[] =>
  typeof line === 'string' ? [{ kind: 'text', text: line, italic: false }] : line;

/** A plan's header: the issuing bodies, the last of them the issuer, then "*" and the number as printed. */
export function planHeader(plan: Plan): DocumentHeaderParts {
  return {
    left: plan.headerLeft.map((line, index) => ({ line, issuer: index === plan.headerLeft.length - 1 })),
    star: true,
    number: `${t('doc.numberPrefix')} ${plan.numberAsPrinted}`,
    party: t('doc.party'),
    dateLine: plan.dateLine?.line ?? null,
  };
}

/** A plan's closing: its recipients (the source prints each after a dash) and its signer. */
export function planClosing(plan: Plan): DocumentClosingParts {
  const { recipients, signer } = plan;
  return {
    recipients:
      recipients.length > 0 ? { label: t('plan.recipients'), items: recipients.map((item) => `- ${item}`) } : null,
    signature: signer && {
      roles: [signer.onBehalfOf, signer.position].filter((role): role is string => Boolean(role)),
      mark: signer.signedMark,
      name: signer.name,
    },
  };
}

/** A form's header as typed: every line of its left column is the issuer's. */
export function formHeader(header: NonNullable<FormDocument['header']>): DocumentHeaderParts {
  return {
    left: header.left.map((line) => ({ line, issuer: true })),
    star: false,
    number: header.number,
    party: header.party,
    dateLine: header.dateLine,
  };
}

/** A form's closing as typed. */
export function formClosing(doc: FormDocument): DocumentClosingParts {
  return {
    recipients: doc.recipients,
    signature: doc.signature && { roles: doc.signature.roles, mark: null, name: doc.signature.name },
  };
}
