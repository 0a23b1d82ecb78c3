import { describe, expect, test } from 'vitest';
import { materialsOf, namesTopic, planHub, topicSections, type HubPlan } from '../../../src/lib/topics/hub';

// A plan shaped like the real ones: a preamble, sections with subsections, deadlines quoting paragraphs.
const plan: HubPlan = {
  id: 'tra-vinh-34-kh-duk',
  title: 'thực hiện Kết luận số 01-KL/TW',
  blocks: [
    { id: 'p1', text: 'Thực hiện Kế hoạch số 35-KH/TU, Ban Thường vụ xây dựng kế hoạch như sau:' },
    { id: 'i', text: 'I- MỤC ĐÍCH, YÊU CẦU' },
    { id: 'i-p1', text: 'Làm cho việc học tập, làm theo Bác và nêu gương trở thành việc làm thường xuyên.' },
    { id: 'ii', text: 'II- NỘI DUNG THỰC HIỆN' },
    { id: 'ii-3', text: '3. Thực hiện trách nhiệm Nêu Gương của cán bộ, đảng viên' },
    { id: 'ii-3-1', text: '3.1. Nội dung và phương thức thực hiện' },
    { id: 'ii-3-1-p1', text: 'Mỗi cán bộ xác định rõ nội dung cụ thể, báo cáo vào tháng 12.' },
    { id: 'ii-3-1-p2', text: 'Kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh.' },
    { id: 'ii-4', text: '4. Đổi mới công tác tuyên truyền' },
    { id: 'ii-4-p1', text: 'Báo cáo kết quả tuyên truyền vào tháng 6.' },
    { id: 'ii-4-p2', text: '- Tài liệu tham khảo: Những mẫu chuyện về Bác; sách ảnh.' },
  ],
  headings: [
    { depth: 2, slug: 'i' },
    { depth: 2, slug: 'ii' },
    { depth: 3, slug: 'ii-3' },
    { depth: 4, slug: 'ii-3-1' },
    { depth: 3, slug: 'ii-4' },
  ],
  deadlines: [
    { id: 'bao-cao-12', quote: 'báo cáo vào tháng 12', task: 'Báo cáo', form: 'mau-01' },
    { id: 'bao-cao-6', quote: 'Báo cáo kết quả tuyên truyền vào tháng 6', task: 'Báo cáo tuyên truyền', form: null },
    { id: 'nhiem-vu', quote: 'Báo cáo kết quả tuyên truyền vào tháng 6', task: 'Báo cáo việc nêu gương', form: null },
  ],
};
const words = { names: ['Thực hiện trách nhiệm nêu gương của cán bộ', 'nêu gương'], quotes: [] };

describe('namesTopic', () => {
  test('finds the title or an alias in any case, mark-up ignored', () => {
    expect(namesTopic('Thực hiện trách nhiệm **NÊU GƯƠNG** của cán bộ', words.names)).toBe(true);
    expect(namesTopic('Nâng cao nhận thức', words.names)).toBe(false);
  });
});

describe('topicSections', () => {
  test('a section whose heading names the topic concerns it whole; a paragraph that names it, itself', () => {
    const { concerned, sections, devoted } = topicSections(plan, words);
    expect(devoted).toBe(false);
    expect([...concerned]).toEqual(['i-p1', 'ii-3', 'ii-3-1', 'ii-3-1-p1', 'ii-3-1-p2']);
    // One link per section, to its first block naming the topic.
    expect(sections).toEqual([
      { heading: 'i', anchor: 'i-p1' },
      { heading: 'ii-3', anchor: 'ii-3' },
    ]);
  });

  test('a plan whose trích yếu names the topic concerns it whole', () => {
    const devoted = { ...plan, title: 'thực hiện trách nhiệm nêu gương của cán bộ' };
    const { concerned } = topicSections(devoted, words);
    expect(concerned.size).toBe(plan.blocks.length);
  });

  test('a quote of the topic makes its paragraph concern it; text before the first heading has no heading', () => {
    const { concerned, sections } = topicSections(plan, { names: ['không có'], quotes: ['xây dựng kế hoạch như sau'] });
    expect([...concerned]).toEqual(['p1']);
    expect(sections).toEqual([{ heading: null, anchor: 'p1' }]);
  });
});

describe('planHub', () => {
  const forms = [
    { id: 'mau-01', plan: 'tra-vinh-34-kh-duk', planAnchor: 'ii-4-p1' },
    { id: 'mau-02', plan: 'tra-vinh-34-kh-duk', planAnchor: 'ii-3-1-p1' },
    { id: 'mau-03', plan: 'tra-vinh-34-kh-duk', planAnchor: 'ii-4-p1' },
    { id: 'khac', plan: 'tay-ninh-28-kh-duk', planAnchor: 'ii-3-1-p1' },
  ];
  const commemorations = [
    { id: 'sinh-nhat-bac', mentions: [{ plan: 'tra-vinh-34-kh-duk', quote: 'Ngày sinh Chủ tịch Hồ Chí Minh' }] },
    { id: 'quoc-khanh', mentions: [{ plan: 'tra-vinh-34-kh-duk', quote: 'tuyên truyền vào tháng 6' }] },
  ];

  test('ties deadlines, forms and commemorations by the paragraph that concerns the topic, or a task naming it', () => {
    const hub = planHub(plan, words, forms, commemorations);
    // bao-cao-12: its quote's paragraph is in section 3; nhiem-vu: its task names the topic.
    expect(hub.deadlines).toEqual(['bao-cao-12', 'nhiem-vu']);
    // mau-02 by its paragraph; mau-01 as the form of a tied deadline; mau-03 neither; khac is another plan's.
    expect(hub.forms).toEqual(['mau-01', 'mau-02']);
    expect(hub.commemorations).toEqual(['sinh-nhat-bac']);
    // The materials paragraph is in section 4, which does not concern the topic.
    expect(hub.materials).toEqual([]);
  });

  test('names the materials of the paragraphs that concern the topic', () => {
    const hub = planHub({ ...plan, title: 'nêu gương' }, words, [], []);
    expect(hub.materials).toEqual([
      { text: 'Tài liệu tham khảo: Những mẫu chuyện về Bác; sách ảnh.', kind: 'reference', anchor: 'ii-4-p2' },
    ]);
  });
});

describe('materialsOf', () => {
  test('a sentence naming "tài liệu" then a colon or a title in quotation marks', () => {
    expect(
      materialsOf(
        '- *Tài liệu học tập, tuyên truyền:* Chuyên đề năm 2020 “Tăng cường khối đại đoàn kết” do Ban Tuyên giáo Trung ương biên soạn.',
      ),
    ).toEqual([
      {
        text: 'Tài liệu học tập, tuyên truyền: Chuyên đề năm 2020 “Tăng cường khối đại đoàn kết” do Ban Tuyên giáo Trung ương biên soạn.',
        kind: 'study',
      },
    ]);
  });

  test('a title in quotation marks keeps only its clause of a long sentence', () => {
    expect(
      materialsOf(
        '4. Ban cán sự đảng chỉ đạo việc giảng dạy bộ tài liệu “Bác Hồ và những bài học về đạo đức”; chỉ đạo cụ thể hóa nội dung học tập.',
      ),
    ).toEqual([
      {
        text: '4. Ban cán sự đảng chỉ đạo việc giảng dạy bộ tài liệu “Bác Hồ và những bài học về đạo đức”;',
        kind: 'study',
      },
    ]);
  });

  test('"tài liệu" without a title is no material', () => {
    expect(materialsOf('Trước khi học tập, phải đảm bảo tài liệu phục vụ cho đảng viên học tập.')).toEqual([]);
    expect(
      materialsOf('Căn cứ vào tài liệu do Ban Tuyên giáo Trung ương phát hành, có thể biên soạn đề cương.'),
    ).toEqual([]);
  });
});
