import { plainText } from '../text/plain-text';
import { planParagraphPath } from '../site/routes';
import { findCitations } from './citations';
import { planById, type AnchoredBlock } from './lookup';

/**
 * A cited document's subject (trích yếu) as a plan prints it: the words right after its
 * number, date and issuer ("Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy
 * mạnh…"). An editor writes the words (content/documents.yaml), since where a subject ends
 * cannot be told from punctuation alone; these checks keep them the plan's own.
 */

/** Between the number and the subject only the date and issuer may stand: no sentence ends there. */
const BETWEEN = /^[^.;:]{0,120}$/u;

interface PlanBlocks {
  id: string;
  blocks: readonly AnchoredBlock[];
}

/**
 * The paragraph of `plan` where `quote` follows a citation of `number` in the same clause,
 * as its site path (`/ke-hoach/<id>/#<anchor>`), or null when there is none.
 */
export function subjectPath(plan: PlanBlocks, number: string, quote: string): string | null {
  const wanted = plainText(quote);
  for (const block of plan.blocks) {
    for (const citation of findCitations(block.text)) {
      if (citation.number !== number) continue;
      const at = block.text.indexOf(wanted, citation.end);
      if (at !== -1 && BETWEEN.test(block.text.slice(citation.end, at))) return planParagraphPath(plan.id, block.id);
    }
  }
  return null;
}

/** Every subject that is not a plan's words right after a citation of its document, naming file and field. */
export function findSubjectProblems(
  documents: readonly { number: string; subjects: readonly { plan: string; quote: string }[] }[],
  plans: readonly PlanBlocks[],
  file: string,
): string[] {
  return documents.flatMap((document, index) =>
    document.subjects.flatMap(({ plan: id, quote }, position) => {
      const field = `${file}: ${index}.subjects.${position}`;
      const plan = planById(plans, id);
      if (!plan) return [`${field}.plan: "${id}" is not a plan of the site`];
      return subjectPath(plan, document.number, quote) === null
        ? [
            `${field}.quote: "${quote}" does not follow a citation of ${document.number} in one paragraph of ${id} (only its date and issuer may stand between)`,
          ]
        : [];
    }),
  );
}
