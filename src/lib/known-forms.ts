/**
 * The forms (biểu mẫu) appended to the plans, by the ids their pages will have, with the
 * plan and the position of the form in that plan's `attachments` (where its title lives).
 * Deadlines name their form by id; the forms collection will take over this list.
 */
export const KNOWN_FORMS = {
  'tay-ninh-28-kh-duk-bao-cao-to-dang': { plan: 'tay-ninh-28-kh-duk', attachment: 0 },
  'quang-nam-59-kh-duk-de-cuong-so-ket': { plan: 'quang-nam-59-kh-duk', attachment: 0 },
  'tra-vinh-43-kh-duk-mau-01': { plan: 'tra-vinh-43-kh-duk', attachment: 0 },
  'tra-vinh-43-kh-duk-mau-02': { plan: 'tra-vinh-43-kh-duk', attachment: 1 },
  'tra-vinh-43-kh-duk-mau-03': { plan: 'tra-vinh-43-kh-duk', attachment: 2 },
} as const;

export const KNOWN_FORM_IDS: readonly string[] = Object.keys(KNOWN_FORMS);
