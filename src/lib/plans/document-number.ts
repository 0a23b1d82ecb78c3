// Plain TypeScript (no zod) so the search page can use it in the browser without
// shipping the schema library.

/**
 * Party document type codes (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW on Party document
 * format) mapped to the Vietnamese name of the document type.
 */
export const DOCUMENT_TYPES = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  QĐi: 'Quy định',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  HD: 'Hướng dẫn',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
  CV: 'Công văn',
  QC: 'Quy chế',
  ĐA: 'Đề án',
  TT: 'Thông tri',
} as const;

/** Issuer codes after the slash, as Party documents use them, with the body they name. */
export const ISSUER_NAMES: Record<string, string> = {
  TW: 'Trung ương',
  TU: 'Tỉnh ủy',
  ĐUK: 'Đảng ủy Khối',
  BTGTU: 'Ban Tuyên giáo Tỉnh ủy',
  'VP.ĐUK': 'Văn phòng Đảng ủy Khối',
};

/** The body an issuer code names ("ĐUK" → "Đảng ủy Khối"), or the code itself. */
export function issuerName(code: string): string {
  // Own keys only: "constructor" or "toString" would otherwise name a function of Object.
  return Object.hasOwn(ISSUER_NAMES, code) ? ISSUER_NAMES[code]! : code;
}

export type DocumentTypeCode = keyof typeof DOCUMENT_TYPES;

export interface DocumentNumber {
  /** The number exactly as given, e.g. "34-KH/ĐUK". */
  raw: string;
  /** Serial part before the first dash, e.g. "34". */
  serial: string;
  /** Type code, e.g. "KH". */
  typeCode: DocumentTypeCode;
  /** Vietnamese name of the type, e.g. "Kế hoạch". */
  typeName: string;
  /** Issuer code after the slash, e.g. "ĐUK", "TU", "TW", "VP.ĐUK". */
  issuerCode: string;
}

const PARTY_NUMBER = /^(\d{1,5})-([A-Za-zĐđ]+)\/([A-ZĐ][A-Za-zĐđ]*(?:\.[A-ZĐ][A-Za-zĐđ]*)*)$/u;

/** Parses a Party document number of the form `<n>-<TYPE>/<ISSUER>`; throws on anything else. */
export function parseDocumentNumber(input: string): DocumentNumber {
  const match = PARTY_NUMBER.exec(input);
  if (!match) {
    throw new Error(`"${input}" is not a Party document number of the form <số>-<LOẠI>/<CƠ QUAN> (e.g. 34-KH/ĐUK)`);
  }
  const [, serial, typeCode, issuerCode] = match as unknown as [string, string, string, string];
  // Own keys only: `in` also finds "constructor", "toString"… on the object's prototype.
  if (!Object.hasOwn(DOCUMENT_TYPES, typeCode)) {
    throw new Error(`"${input}": unknown document type code "${typeCode}"`);
  }
  const code = typeCode as DocumentTypeCode;
  return { raw: input, serial, typeCode: code, typeName: DOCUMENT_TYPES[code], issuerCode };
}
