/**
 * 他单位名称: place names (…省/市/区/县/镇/乡/街道/村/社区) in a draft that are not the drafter's own
 * unit (本单位) nor a superior named with it, at the own unit's level or above (a 街道's draft
 * names its 社区 and 村 freely). The classic slip: a text copied from another city keeps that
 * city's name. Without 本单位 nothing is reported: there is no telling whose name is whose.
 *
 * Names are found without a dictionary: two Chinese characters before a place suffix, unless one
 * of them never occurs in names (在、和、的、全、各 …) or they make a kind of place (城区, 辖区,
 * 文明社区 …). Superiors count as named with the unit when the
 * 本单位 field gives them (江北区青山街道) or the draft writes them right before it.
 */
import type { CheckFinding } from './types.ts';

/** Suffixes by level: 1 province … 5 village. */
const LEVELS: [string, number][] = [
  ['自治区', 1],
  ['省', 1],
  ['自治州', 2],
  ['市', 2],
  ['盟', 2],
  ['区', 3],
  ['县', 3],
  ['旗', 3],
  ['街道', 4],
  ['镇', 4],
  ['乡', 4],
  ['社区', 5],
  ['村', 5],
];
const SUFFIX = LEVELS.map(([s]) => s).join('|');
/**
 * Two characters and a suffix: most county, township and village names have two (青山街道, 红星社区,
 * 江北区); taking more would take a verb with them (组织红星社区). Longer province and city names
 * (石家庄市, 黑龙江省) are completed from a short list (LONG_NAMES).
 */
const NAME = new RegExp(`(?<name>[\\u4e00-\\u9fff]{2})(?<suffix>${SUFFIX})(?!委|政府|级|长|民|容|情|域|属|划|内|外|场|间|集|貌)`, 'gu');
/** Characters that do not occur in a place name: function words, pronouns, quantifiers, place suffixes. */
const STOP =
  /[在于和与及或对把将向为是的了等各全本我该到从由经并共每其此所以上下中内外赴往至同跟给被让使有无不也都就还又而且但要会能可应即来去进出省市区县旗盟镇乡村]/u;
/** A last character and a one-character suffix that make a common word: 山区, 城区, 城市, 超市. */
const WORD = /^(?:山区|地区|城区|辖区|小区|园区|景区|街区|片区|校区|郊区|市区|城市|都市|超市|夜市|集市|城镇|乡镇|城县)$/u;
/** A name ending so is a kind of place, not one place: 文明社区, 美丽乡村, 文明城市, 辖区. */
const KINDS =
  /(?:文明|和谐|智慧|美丽|绿色|平安|卫生|健康|示范|先进|模范|宜居|数字|幸福|法治|书香|园林|生态|特色|低碳|双拥|森林|星级|标准|试点|重点|红色|传统|文化|民主|学习|无毒|整洁|洁净|旅游|红旗|城乡|农村|乡村|城镇|乡镇|周边|兄弟|邻近|相关|所在|基层|城中|毗邻|开发|高新|新城|老城|主城|中心|商业|居住|工业|农业|少数)$/u;

export interface PlaceName {
  name: string;
  level: number;
  start: number;
  end: number;
}

const levelOf = (suffix: string) => LEVELS.find(([s]) => s === suffix)![1];

/**
 * Province and city names longer than two characters, whose first characters the two-character rule
 * would cut off (石家庄市 read as 家庄市): checked against the characters before a match.
 */
const LONG_NAMES = new Set([
  '黑龙江',
  '内蒙古',
  '石家庄',
  '哈尔滨',
  '齐齐哈尔',
  '牡丹江',
  '佳木斯',
  '双鸭山',
  '七台河',
  '呼和浩特',
  '鄂尔多斯',
  '巴彦淖尔',
  '乌兰察布',
  '呼伦贝尔',
  '乌鲁木齐',
  '克拉玛依',
  '吐鲁番',
  '张家口',
  '秦皇岛',
  '连云港',
  '驻马店',
  '平顶山',
  '马鞍山',
  '景德镇',
  '张家界',
  '防城港',
  '攀枝花',
  '六盘水',
  '石嘴山',
  '嘉峪关',
  '日喀则',
  '葫芦岛',
  '阿拉善',
  '锡林郭勒',
  '西双版纳',
  '大兴安岭',
  '神农架',
  '五家渠',
  '图木舒克',
  '阿勒泰',
]);

/** The name with the characters before it that complete a known longer name (家庄 → 石家庄). */
function completed(text: string, start: number, name: string): { name: string; start: number } {
  for (let extra = 5; extra >= 1; extra--) {
    if (start - extra < 0) continue;
    const longer = text.slice(start - extra, start) + name;
    if (LONG_NAMES.has(longer)) return { name: longer, start: start - extra };
  }
  return { name, start };
}

/** The place names of a text, in order. */
export function placeNames(text: string): PlaceName[] {
  const out: PlaceName[] = [];
  for (const m of text.matchAll(NAME)) {
    const { name, suffix } = m.groups as { name: string; suffix: string };
    const full = completed(text, m.index, name);
    if (full.name === name && (STOP.test(name) || KINDS.test(name) || WORD.test(name.slice(-1) + suffix))) continue;
    out.push({ name: full.name + suffix, level: levelOf(suffix), start: full.start, end: m.index + m[0].length });
  }
  return out;
}

/** The own unit's names (江北区青山街道 → 江北区, 青山街道) and its level (the lowest). */
function ownUnitNames(own: string): { names: Set<string>; level: number } {
  const names = placeNames(own.trim());
  return { names: new Set(names.map((n) => n.name)), level: Math.max(0, ...names.map((n) => n.level)) };
}

export function otherUnitFindings(paragraphs: readonly string[], own: string): CheckFinding[] {
  const unit = ownUnitNames(own);
  if (unit.names.size === 0 || unit.level === 0) return [];
  const texts = paragraphs.map(placeNames);
  // Superiors written right before one of the own names in the draft (江北区青山街道).
  const allowed = new Set(unit.names);
  texts.forEach((names) => {
    names.forEach((n, i) => {
      const next = names[i + 1];
      if (next && next.start === n.end && allowed.has(next.name) && n.level < next.level) allowed.add(n.name);
    });
  });
  const out: CheckFinding[] = [];
  texts.forEach((names, paragraph) => {
    for (const n of names) {
      if (allowed.has(n.name) || n.level > unit.level) continue;
      out.push({
        category: 'other-unit',
        paragraph,
        start: n.start,
        end: n.end,
        text: n.name,
        why: `“${n.name}”不是本单位（${own.trim()}），也不是随本单位写出的上级`,
        advice: `若是从其他单位的材料中照搬的，改为本单位的名称；确指其他单位的（如学习考察对象）可保留。`,
      });
    }
  });
  return out;
}
