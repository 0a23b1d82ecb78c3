import type { UiKey } from '../../i18n/t';

/**
 * The UI strings the fill-in page (src/pages/bieu-mau/[id]/dien.astro) hands its script
 * (src/client/form-fill/) as data-messages, by pickMessages, by the names the script uses.
 */
export const FILL_MESSAGES = {
  saved: 'form.fill.saved',
  cleared: 'form.fill.cleared',
  confirmClear: 'form.fill.confirmClear',
  corrupt: 'form.fill.corrupt',
  nonText: 'form.fill.nonText',
  asideFailed: 'form.fill.asideFailed',
  notSaved: 'form.fill.notSaved',
  downloadFailed: 'form.fill.downloadFailed',
  draftSaved: 'form.fill.draftSaved',
  draftOpened: 'form.fill.draftOpened',
  confirmDraft: 'form.fill.confirmDraft',
  draftTooBig: 'form.fill.draftTooBig',
  draftNotJson: 'form.fill.draftNotJson',
  draftNotDraft: 'form.fill.draftNotDraft',
  draftNewer: 'form.fill.draftNewer',
  draftOtherForm: 'form.fill.draftOtherForm',
  draftUnreadable: 'form.fill.draftUnreadable',
  draftSaveTooBig: 'form.fill.draftSaveTooBig',
  otherTabReplacedHere: 'form.fill.otherTabReplacedHere',
  otherTabReplacedThere: 'form.fill.otherTabReplacedThere',
  otherTabCleared: 'form.fill.otherTabCleared',
} as const satisfies Record<string, UiKey>;
export type FillMessage = keyof typeof FILL_MESSAGES;
