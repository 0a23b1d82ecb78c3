/** Folds Vietnamese text to unaccented ASCII: tones and marks removed, đ/Đ to d/D. */
export function foldVietnamese(input: string): string {
  return input.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
}

/** An unaccented, lower-case, dash-joined slug: "Kế hoạch số 34-KH/ĐUK" → "ke-hoach-so-34-kh-duk". */
export function slugify(input: string): string {
  return foldVietnamese(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
