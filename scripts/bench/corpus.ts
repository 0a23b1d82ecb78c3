// Synthetic corpora for the benchmark: the five real plans, then renumbered and varied
// copies of them, written into a temporary content folder that is never committed.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { issuerKey } from '../../src/lib/deadlines/actors.ts';
import { CONTENT_FILES, CONTENT_FOLDERS } from '../../src/lib/site/content-folders.ts';

/** Provinces the copies are spread over, so facets, citations and search vary like a real country's. */
const PROVINCES = [
  'Hà Nội',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Hải Phòng',
  'Ninh Bình',
  'Quảng Trị',
  'Đà Nẵng',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Thành phố Hồ Chí Minh',
  'Đồng Nai',
  'Tây Ninh',
  'Cần Thơ',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
];

export interface SourcePlan {
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Splits an .mdx file into its YAML frontmatter and its body. */
export function readPlanFile(id: string, text: string): SourcePlan {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text);
  if (!match) throw new Error(`${id}: no frontmatter`);
  return { id, frontmatter: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** The place-and-date line of copy `serial`: a province of the list and a valid day of the same year. */
function variedDateLine(line: string, province: string, serial: number): string {
  const match = /^(.+?), ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/u.exec(line);
  if (!match) return line;
  const day = String((serial % 28) + 1).padStart(2, '0');
  const month = String((serial % 12) + 1).padStart(2, '0');
  return `${province}, ngày ${day} tháng ${month} năm ${match[4]}`;
}

/**
 * Copy number `serial` (1-based) of a real plan: a new id and number, another province and
 * issue date, the same body (so every deadline quote, date phrase and anchor stays valid).
 * `group` ties copies made together, so "43 implements 34" points at the copy of 34 made
 * alongside the copy of 43.
 */
export function copyPlan(plan: SourcePlan, serial: number, group: number): SourcePlan {
  const fm = structuredClone(plan.frontmatter);
  const [, , rest = ''] = /^(\d+)(.*)$/u.exec(String(fm.number)) ?? [];
  const province = PROVINCES[serial % PROVINCES.length]!;
  fm.number = `${1000 + serial}${rest}`;
  delete fm.numberAsPrinted;
  fm.province = province;
  if (typeof fm.dateLine === 'string') fm.dateLine = variedDateLine(fm.dateLine, province, serial);
  fm.implementsPlans = ((fm.implementsPlans as string[] | undefined) ?? []).map((id) => copyId(id, group));
  // A closing line of its own makes every body distinct, so no cache can fold the copies
  // together and the search index holds words unique to each page.
  const marker = `\nVăn bản mô phỏng để đo hiệu năng, bản thứ ${serial}, ${province}.\n`;
  return { id: copyId(plan.id, group), frontmatter: fm, body: `${plan.body.trimEnd()}\n${marker}` };
}

const COPY_MARK = '-ban-sao-';

export function copyId(realId: string, group: number): string {
  return `${realId}${COPY_MARK}${group}`;
}

export function formatPlanFile(plan: SourcePlan): string {
  return `---\n${stringifyYaml(plan.frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n${plan.body}`;
}

/** The real plans plus copies until there are `total` plans (total >= number of real plans). */
export function corpusPlans(real: SourcePlan[], total: number): SourcePlan[] {
  if (total < real.length) throw new Error(`a corpus holds at least the ${real.length} real plans`);
  const plans = [...real];
  for (let serial = 1; plans.length < total; serial += 1) {
    const group = Math.ceil(serial / real.length);
    plans.push(copyPlan(real[(serial - 1) % real.length]!, serial, group));
  }
  return plans;
}

/**
 * Writes a content folder with `total` plans into `target`: topics, commemorations and forms
 * as they are (they refer to the real plans, which every corpus keeps), plans as generated.
 */
export function writeCorpus(contentDir: string, target: string, total: number): SourcePlan[] {
  mkdirSync(target, { recursive: true });
  for (const collection of readdirSync(contentDir)) {
    if (collection !== CONTENT_FOLDERS.plans)
      cpSync(path.join(contentDir, collection), path.join(target, collection), { recursive: true });
  }
  const plansDir = path.join(contentDir, CONTENT_FOLDERS.plans);
  const real = readdirSync(plansDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readPlanFile(name.replace(/\.mdx$/u, ''), readFileSync(path.join(plansDir, name), 'utf8')));
  const plans = corpusPlans(real, total);
  mkdirSync(path.join(target, CONTENT_FOLDERS.plans), { recursive: true });
  for (const plan of plans)
    writeFileSync(path.join(target, CONTENT_FOLDERS.plans, `${plan.id}.mdx`), formatPlanFile(plan));
  writeActors(contentDir, target, plans);
  writeProvinces(contentDir, target, plans);
  return plans;
}

/**
 * The actors list of the corpus: the copies' issuers are new (another province), so each
 * gets every actor the real issuers of the same code name (a copy keeps its original's ids).
 * A copy that lands on the province of a real issuer of the same code (a Trà Vinh ĐUK plan
 * copied to Tây Ninh) adds those actors to the real issuer's list.
 */
function writeActors(contentDir: string, target: string, plans: readonly SourcePlan[]): void {
  const real = parseYaml(readFileSync(path.join(contentDir, CONTENT_FILES.actors), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  const code = (plan: SourcePlan) => String(plan.frontmatter.number).split('/').pop()!;
  const byCode = new Map<string, Record<string, string>>();
  for (const plan of plans) {
    const own = real[issuerKey(String(plan.frontmatter.province), code(plan))];
    if (own) byCode.set(code(plan), { ...own, ...byCode.get(code(plan)) });
  }
  const actors = { ...real };
  for (const plan of plans) {
    const key = issuerKey(String(plan.frontmatter.province), code(plan));
    if (plan.id.includes(COPY_MARK)) actors[key] = { ...byCode.get(code(plan)), ...actors[key] };
  }
  writeFileSync(path.join(target, CONTENT_FILES.actors), stringifyYaml(actors));
}

/**
 * The provinces file of the corpus: the real one, plus each copy's province as a unit of its
 * own. The corpus is never published; these entries only let its build pass the check that
 * every plan's province is listed (content/provinces.yaml holds the real, sourced facts).
 */
function writeProvinces(contentDir: string, target: string, plans: readonly SourcePlan[]): void {
  const real = parseYaml(readFileSync(path.join(contentDir, CONTENT_FILES.provinces), 'utf8')) as {
    provinces: { name: string }[];
  };
  const known = new Set(real.provinces.map((province) => province.name));
  const added = [...new Set(plans.map((plan) => String(plan.frontmatter.province)))]
    .filter((name) => !known.has(name))
    .map((name) => ({
      name,
      now: { unit: 'tỉnh', name },
      sources: [
        {
          url: 'https://example.org/bench',
          publisher: 'Benchmark corpus',
          says: 'A province name of the generated corpus.',
          verified: 'Not a fact: benchmark only.',
        },
      ],
    }));
  writeFileSync(
    path.join(target, CONTENT_FILES.provinces),
    stringifyYaml({ ...real, provinces: [...real.provinces, ...added] }, { lineWidth: 0 }),
  );
}
