import type { FormDocument } from '../../schemas/form';
import { findCitations, type Citation } from '../plans/citations';
import { segmentsText } from './inline';

/**
 * The anchor of a body block on a form's page ("doan-1" for the first), as plans name their
 * paragraphs, so a document page can lead to the very paragraph that cites it.
 */
export const formBlockAnchor = (index: number): string => `doan-${index + 1}`;

/** A document a form's body cites, with the paragraph that prints it. */
export interface FormCitation {
  /** Anchor of the citing paragraph on the form's page. */
  anchor: string;
  /** The paragraph as printed, blanks as their dots. */
  paragraph: string;
  /** Found by the site's one citation parser; start and end are offsets in `paragraph`. */
  citation: Citation;
}

/**
 * The citations of a form's body paragraphs, which its page links. Headings and table cells
 * are left as printed, as plan headings are; a citation is read inside one run of printed
 * text, never across a blank (what a user writes there is not printed text).
 */
export function formCitations(doc: FormDocument): FormCitation[] {
  return doc.body.flatMap((block, index) => {
    if (block.kind !== 'paragraph') return [];
    const paragraph = segmentsText(block.text);
    const found: FormCitation[] = [];
    let offset = 0;
    for (const segment of block.text) {
      if (segment.kind === 'text') {
        for (const citation of findCitations(segment.text)) {
          found.push({
            anchor: formBlockAnchor(index),
            paragraph,
            citation: { ...citation, start: citation.start + offset, end: citation.end + offset },
          });
        }
      }
      offset += segmentsText([segment]).length;
    }
    return found;
  });
}
