/**
 * Property: whatever the draft, the recognised document prints back exactly the draft's
 * characters in the draft's order (whitespace aside, 1． → 1. where reported), and is a
 * valid document. Drafts are built from the lines real drafts contain — ordinals right and
 * wrong, bylines, 主送, dates, 附件说明, 版记 — mixed with arbitrary text and control characters.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { GongwenDocumentSchema } from '../model/document.ts';
import { chineseNumeral } from '../format/chinese-numerals.ts';
import { printsDraftBack } from './import-text.ts';
import { printedParagraphs } from './printed-text.ts';
import { noPoisoning } from '../../tests/support/no-poisoning.ts';
import { recogniseDocument } from './recognise.ts';
import { splitLines } from './source-text.ts';

const hanzi = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞'];
const marks = [...'。，、；：！？（）“”《》——…　 \t()-.．'];
const text = (maxLength: number) => fc.string({ unit: fc.constantFrom(...hanzi, ...marks, ...'0123456789'), maxLength });
const words = text(30);
/** Mostly 1 and 2, so ordinals often are the expected next one; sometimes anything. */
const n = fc.oneof({ arbitrary: fc.constant(1), weight: 3 }, { arbitrary: fc.constant(2), weight: 2 }, { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 1 });
const date = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true });
const arabicDate = date.map((d) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`);
const chineseDate = date.map((d) => `${String(d.getUTCFullYear()).replace(/\d/g, (x) => '〇一二三四五六七八九'[Number(x)]!)}年${chineseNumeral(d.getUTCMonth() + 1)}月${chineseNumeral(d.getUTCDate())}日`);
const indent = fc.constantFrom('', '　　', '    ', '\t', ' 　');

const attachmentNote = fc
  .tuple(fc.array(words, { minLength: 1, maxLength: 3 }), fc.constantFrom('.', '．'))
  .map(([titles, dot]) => titles.map((t, i) => (i === 0 ? `附件：${titles.length > 1 ? `1${dot}` : ''}${t}` : `${i + 1}${dot}${t}`)).join('\n'));

const line = fc.oneof(
  words,
  text(200),
  fc.tuple(n, words).map(([k, w]) => `${chineseNumeral(k)}、${w}`),
  fc.tuple(n, words, text(60)).map(([k, w, rest]) => `（${chineseNumeral(k)}）${w}。${rest}`),
  fc.tuple(n, fc.constantFrom('.', '．'), words).map(([k, dot, w]) => `${k}${dot}${w}`),
  fc.tuple(n, words).map(([k, w]) => `（${k}）${w}`),
  fc.tuple(n, words).map(([k, w]) => `(${chineseNumeral(k)})${w}`),
  fc.tuple(words, fc.array(words, { minLength: 1, maxLength: 4 })).map(([lead, items]) => `${lead}：${items.map((w, i) => `${chineseNumeral(i + 1)}是${w}；`).join('')}`),
  fc.tuple(n, words).map(([k, w]) => `${chineseNumeral(k)}是${w}`),
  fc.array(words, { minLength: 2, maxLength: 4 }).map((items) => items.map((w, i) => `${chineseNumeral(i + 1)}是${w}`).join('\n')),
  fc.tuple(n, words).map(([k, w]) => `第${chineseNumeral(k)}，${w}`),
  words.map((w) => `——在${w}上的讲话`),
  arabicDate.map((d) => `（${d}）`),
  fc.constantFrom('同志们：', '各乡镇党委，县直各单位：', '县纪委书记　王××', '特此通知。', '__proto__', 'constructor', 'toString：', '附件：'),
  words.map((w) => `${w}：`),
  attachmentNote,
  arabicDate,
  chineseDate,
  words.map((w) => `（${w}）`),
  text(500).map((w) => `（${w}）`),
  text(450).map((w) => `附件：${w}`),
  fc.tuple(text(450), arabicDate).map(([organ, d]) => `${organ}${d}印发`),
  fc.array(words, { minLength: 1, maxLength: 3 }).map((names) => `抄送：${names.join('，')}。`),
  fc.tuple(words, arabicDate).map(([organ, d]) => `${organ}　　${d}印发`),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constant(''),
);
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
/** The closing lines of a 公文, each present or not, in their printed order. */
const closing = fc
  .tuple(fc.option(attachmentNote), fc.array(words, { maxLength: 3 }), fc.oneof(arabicDate, chineseDate), fc.option(words.map((w) => `（${w}）`)), fc.option(fc.array(words, { minLength: 1, maxLength: 3 })), fc.option(arabicDate))
  .map(([attachment, organs, date, note, cc, printDate]) =>
    [attachment, ...organs, date, note, cc && `抄送：${cc.join('，')}。`, printDate && `办公室　${printDate}印发`].filter((x) => x !== null).join('\n'),
  );
/** A typed 版头: the organ with 文件 or 纪要, then the 文号 (sometimes malformed). */
const header = fc
  .tuple(fc.option(fc.tuple(words, fc.constantFrom('文件', '纪要'))), fc.constantFrom('示纪发', '××纪办发', '纪'), fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 0, max: 300 }), fc.constantFrom('〔〕', '[]'))
  .map(([mark, code, year, n, brackets]) => `${mark ? `${mark[0]}${mark[1]}\n` : ''}${code}${brackets[0]}${year}${brackets[1]}${n}号\n`);
const draft = fc
  .tuple(fc.option(header), fc.array(fc.tuple(indent, line, lineEnd), { maxLength: 40 }), fc.option(closing))
  .map(([head, lines, end]) => `${head ?? ''}${lines.map(([space, body, ending]) => `${space}${body}${ending}`).join('')}${end ?? ''}`);

describe('import round trip (property)', () => {
  // Once per test rather than per run: 2 000 runs of a full global walk would cost seconds, and a poisoned global stays poisoned.
  afterEach(noPoisoning);

  it('prints back every character in order and yields a valid document', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const source = splitLines(text);
        const result = recogniseDocument(source);
        expect(printsDraftBack(source, result)).toBe(true);
        expect(GongwenDocumentSchema.safeParse(result.document).success).toBe(true);
        for (const notice of result.notices) {
          if (notice.kind === 'ordinalRewritten') expect(notice.typed.replace('．', '.')).toBe(notice.printed);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('drafts exercise every recogniser, so the property is not vacuous', () => {
    const results = fc.sample(draft, 1000).map((text) => recogniseDocument(splitLines(text)).document);
    const count = (test: (document: (typeof results)[number]) => boolean) => results.filter(test).length;
    expect(count((d) => d.title !== '')).toBeGreaterThan(50);
    expect(count((d) => d.byline?.subtitle != null || d.byline?.date != null)).toBeGreaterThan(5);
    expect(count((d) => d.addressees.length > 0)).toBeGreaterThan(5);
    for (const level of [1, 2, 3, 4]) expect(count((d) => d.body.some((b) => b.type === 'heading' && b.level === level))).toBeGreaterThan(20);
    expect(count((d) => d.body.some((b) => b.type === 'heading' && b.runIn !== null))).toBeGreaterThan(20);
    expect(count((d) => d.body.some((b) => b.type === 'enumeration' && b.runOn))).toBeGreaterThan(20);
    expect(count((d) => d.body.some((b) => b.type === 'enumeration' && !b.runOn))).toBeGreaterThan(0);
    expect(count((d) => d.attachments.length > 1)).toBeGreaterThan(5);
    expect(count((d) => d.signature.date !== null)).toBeGreaterThan(20);
    expect(count((d) => d.signature.organs.length > 0)).toBeGreaterThan(5);
    expect(count((d) => d.note !== null)).toBeGreaterThan(0);
    expect(count((d) => d.record.cc.length > 0 || d.record.printer !== null)).toBeGreaterThan(5);
    expect(count((d) => d.header.documentNumber !== null && d.header.organs.length > 0)).toBeGreaterThan(20);
  });

  it('the check itself fails when a recognised block is dropped', () => {
    fc.assert(
      fc.property(draft, fc.nat(), (text, pick) => {
        const source = splitLines(text);
        const result = recogniseDocument(source);
        const printing = result.document.body.filter((block) => printedParagraphs({ ...result.document, body: [block] }).join('').trim() !== printedParagraphs({ ...result.document, body: [] }).join('').trim());
        fc.pre(printing.length > 0);
        const dropped = printing[pick % printing.length]!;
        const damaged = { ...result, document: { ...result.document, body: result.document.body.filter((block) => block !== dropped) } };
        expect(printsDraftBack(source, damaged)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
