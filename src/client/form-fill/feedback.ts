import { type translator } from '../../i18n/format';
import type { FillMessage } from '../../lib/forms/fill-page';

export type Text = ReturnType<typeof translator<FillMessage>>;

/** What the alert says, by topic; a topic's message goes when its problem is solved. */
export type Topic = 'saved' | 'storage' | 'draft' | 'download';

/**
 * What the fill-in page tells the reader: problems in an alert (each until solved), the
 * last thing done in a polite status line, and what another tab changed in a polite
 * notice that stays until closed (it may hold the only copy of a value typed here).
 * While nothing is saved, or while the notice is open, both stay in view over the form.
 */
export interface Feedback {
  text: Text;
  problems: Map<Topic, string>;
  /** Shows the problems; `lasting` keeps them in view while the user types. */
  render(lasting: boolean): void;
  status(message: string): void;
  /** Adds notices, one per key (a field's label): a newer one for the same field replaces the older. */
  notify(notices: [key: string, message: string][]): void;
}

export interface FeedbackElements {
  messages: HTMLElement;
  alert: HTMLElement;
  status: HTMLElement;
  notice: HTMLElement;
  noticeText: HTMLElement;
  noticeClose: HTMLElement;
}

const paragraphs = (messages: Iterable<string>): HTMLParagraphElement[] =>
  [...messages].map((message) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = message;
    return paragraph;
  });

export function createFeedback(elements: FeedbackElements, text: Text): Feedback {
  const { messages, alert, status, notice, noticeText, noticeClose } = elements;
  const problems = new Map<Topic, string>();
  const notices = new Map<string, string>();
  let lasting = false;
  const stick = () => messages.classList.toggle('fill-messages--sticky', lasting || notices.size > 0);
  const showNotices = () => {
    // The live region itself always stays rendered (empty, it takes no room), so screen
    // readers announce what is put in it.
    noticeText.replaceChildren(...paragraphs(notices.values()));
    notice.classList.toggle('fill-notice--shown', notices.size > 0);
    noticeClose.hidden = notices.size === 0;
    stick();
  };
  // Closing hides the button: focus goes back where it came from (a field, usually).
  let cameFrom: HTMLElement | null = null;
  noticeClose.addEventListener('focusin', (event) => {
    cameFrom = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
  });
  noticeClose.addEventListener('click', () => {
    notices.clear();
    showNotices();
    if (cameFrom?.isConnected) cameFrom.focus();
  });
  return {
    text,
    problems,
    render(keep) {
      lasting = keep;
      alert.replaceChildren(...paragraphs(problems.values()));
      alert.hidden = problems.size === 0;
      stick();
    },
    status(message) {
      status.textContent = message;
    },
    notify(added) {
      if (added.length === 0) return;
      for (const [key, message] of added) {
        notices.delete(key);
        notices.set(key, message);
      }
      showNotices();
    },
  };
}
