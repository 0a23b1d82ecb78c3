import { z } from 'astro/zod';
import { isoDate, text, oneOf } from './common';
import { isSafeUrl } from '../lib/site/safe-url';

/**
 * content/provinces.yaml: every province the plans name (their `province`), as printed, and
 * the provincial unit it belongs to today, each fact with the published sources that state
 * it. Pages show "Trà Vinh (nay thuộc tỉnh Vĩnh Long)" from this; the search finds a former
 * province's plans by today's name. Nothing here is a guess: an entry without a source, or
 * a plan naming a province not listed here, stops the build naming file and field.
 */

/** A published page that states a fact, and how it was checked. */
export const publishedSourceSchema = z.object({
  /** The page's address: https only (a link that leaves the site). */
  url: text.refine((url) => url.startsWith('https://') && isSafeUrl(url), 'must be an https:// address'),
  /** Who publishes it: "Báo Nhân Dân (nhandan.vn)". */
  publisher: text,
  /** What the page says, in its own words (quoted or closely summarised). */
  says: text,
  /** How the address was verified: which search showed this page with these words. */
  verified: text,
});

/** The act that reorganised provinces. */
export const resolutionSchema = z.object({
  /** "202/2025/QH15". */
  number: text,
  /** The subject, as the sources print it: "về việc sắp xếp đơn vị hành chính cấp tỉnh". */
  title: text,
  /** "Quốc hội". */
  issuer: text,
  /** Day adopted, YYYY-MM-DD. */
  adopted: isoDate,
  sources: z.array(publishedSourceSchema).min(1, 'give at least one published source'),
});

/** The level of a provincial unit: a province or a centrally run city. */
export const unitKinds = ['tỉnh', 'thành phố'] as const;

export const provinceSchema = z
  .object({
    /** The name as the plans print it ("Trà Vinh"); plans' `province` must be one of these. */
    name: text,
    /** The provincial unit the province's land belongs to today. */
    now: z.object({ unit: oneOf(unitKinds), name: text }),
    /** The other former provinces joined with it into `now` (empty when it was not reorganised). */
    mergedWith: z.array(text).default([]),
    /** The day the reorganised unit began to operate, YYYY-MM-DD (required when reorganised). */
    since: isoDate.optional(),
    /** The key of the act in `resolutions` (required when reorganised). */
    resolution: text.optional(),
    sources: z.array(publishedSourceSchema).min(1, 'give at least one published source'),
  })
  .superRefine((province, ctx) => {
    const reorganised = province.now.name !== province.name || province.mergedWith.length > 0;
    if (reorganised && !province.since) {
      ctx.addIssue({ code: 'custom', path: ['since'], message: 'required when the province was reorganised' });
    }
    if (reorganised && !province.resolution) {
      ctx.addIssue({ code: 'custom', path: ['resolution'], message: 'required when the province was reorganised' });
    }
  });

export const provincesFileSchema = z
  .object({
    resolutions: z
      .record(z.string().regex(/^[a-z0-9-]+$/u, 'must be an unaccented slug'), resolutionSchema)
      .default({}),
    provinces: z.array(provinceSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.provinces.forEach((province, index) => {
      if (seen.has(province.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['provinces', index, 'name'],
          message: `"${province.name}" is listed twice`,
        });
      }
      seen.add(province.name);
      if (province.resolution && !Object.hasOwn(file.resolutions, province.resolution)) {
        ctx.addIssue({
          code: 'custom',
          path: ['provinces', index, 'resolution'],
          message: `"${province.resolution}" is not a key of resolutions`,
        });
      }
    });
  });

export type PublishedSource = z.output<typeof publishedSourceSchema>;
export type Resolution = z.output<typeof resolutionSchema>;
export type Province = z.output<typeof provinceSchema>;
export type ProvincesFile = z.output<typeof provincesFileSchema>;
