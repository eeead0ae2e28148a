/**
 * The headings of the fixtures the heading tests read, written by hand from the data files (their
 * parts' titles and headings, numbered as GB/T 9704 §7.3.3 numbers them), never from the tool's output.
 */
export interface Heading {
  readonly level: number;
  readonly text: string;
  /** Run in to the paragraph after it (a style separator in the Word file). */
  readonly runIn: boolean;
}

const h = (level: number, text: string, runIn = false): Heading => ({ level, text, runIn });

/** data/2020.yaml: the three-part shape's fixed part titles, its work items and plans run in. */
export const HEADINGS_2020: readonly Heading[] = [
  h(1, "一、主要工作完成情况"),
  h(2, "（一）攻坚疫情防控，提升辖区“免疫力”。", true),
  h(2, "（二）攻坚双招双引，提升发展内生力。", true),
  h(2, "（三）攻坚项目建设，提升区域竞争力。", true),
  h(2, "（四）攻坚城市更新，提升环境吸引力。", true),
  h(2, "（五）攻坚民忧民盼，提升幸福保障力。", true),
  h(2, "（六）攻坚党建质效，提升基层组织力。", true),
  h(1, "二、工作中存在的问题"),
  h(1, "三、明年工作计划"),
  h(2, "（一）高起点谋划发展思路。", true),
  h(2, "（二）高效率推进重点项目建设。", true),
  h(2, "（三）高标准推进“五大提升”工程。", true),
  h(2, "（四）高质量推进常态化疫情防控。", true),
];

/** test/fixtures/shapes/d-levels.yaml: four levels, the lower two run in. */
export const HEADINGS_FOUR_LEVELS: readonly Heading[] = [
  h(1, "一、主要工作"),
  h(2, "（一）加强队伍建设"),
  h(3, "1.抓学习。", true),
  h(3, "2.抓培训。", true),
  h(4, "（1）新入职人员培训。", true),
  h(4, "（2）业务骨干培训。", true),
  h(3, "3.抓考核。", true),
  h(2, "（二）推进农村公路建设"),
];
