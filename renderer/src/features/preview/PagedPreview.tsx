/**
 * The live printed pages, drawn from the layout engine: every line and rule where the .docx
 * puts it, at A4 size (1 twip = 1/15 px at 100 %). PDF export prints this same markup.
 */
import { memo, useCallback, useRef, type CSSProperties } from 'react';
import type { LaidLine, LaidPage, LineRun, Rule } from '../../../../core/layout/page-layout.ts';
import { gbt9704 } from '../../../../core/layout/gbt9704.ts';
import type { TypesetDocument } from '../../../../core/typeset/typeset.ts';
import { sameFonts, samePage } from './same-page.ts';

const px = (twips: number) => `${twips / 15}px`;

type Fonts = TypesetDocument['fonts'];

const fallback: Record<LineRun['font'], string> = {
  fangsong: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif',
  kaiti: '"KaiTi", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", serif',
  heiti: '"SimHei", "Noto Sans CJK SC", sans-serif',
  xiaobiaosong: '"FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", serif',
  songti: '"SimSun", "Noto Serif CJK SC", serif',
};

function runStyle(run: LineRun, fonts: Fonts, justified: boolean): CSSProperties {
  const latin = run.font === 'songti' ? fonts.songti : fonts.latin;
  return {
    fontFamily: `"${latin}", "${fonts[run.font]}", ${fallback[run.font]}`,
    fontSize: `${run.size / 2}pt`,
    letterSpacing: run.characterSpacing ? `${run.characterSpacing / 20}pt` : undefined,
    fontWeight: run.bold || run.font === 'xiaobiaosong' ? 700 : 400,
    color: run.color === 'red' ? '#e60000' : '#000',
    // Justified lines flow their runs so the browser can spread them; others sit where the engine measured,
    // narrowed like the printed 3号 text (w:w 98 %).
    ...(justified ? {} : { position: 'absolute', left: px(run.x), ...(run.scale !== 100 ? { transform: `scaleX(${run.scale / 100})`, transformOrigin: '0 0' } : {}) }),
  };
}

function Line({ line, fonts, onPick }: { line: LaidLine; fonts: Fonts; onPick?: (source: string) => void }) {
  const justified = line.justifyTo !== null;
  const style: CSSProperties = {
    left: px(line.x),
    top: px(line.y),
    width: px(justified ? line.justifyTo! : line.width),
    height: px(line.height),
    lineHeight: px(line.height),
    textAlign: justified ? 'justify' : 'left',
    textAlignLast: justified ? 'justify' : 'left',
    cursor: line.source && onPick ? 'pointer' : undefined,
  };
  return (
    <div className="preview-line" style={style} data-source={line.source ?? undefined} onClick={line.source && onPick ? () => onPick(line.source!) : undefined}>
      {line.runs.map((run, i) => (
        <span key={i} style={runStyle(run, fonts, justified)}>
          {run.text}
        </span>
      ))}
    </div>
  );
}

function RuleLine({ rule }: { rule: Rule }) {
  const colour = rule.color === 'red' ? '#e60000' : '#000';
  const thickness = Math.max(rule.size / 8 / 0.75, 0.75);
  const vertical = rule.x1 === rule.x2;
  const base: CSSProperties = { left: px(Math.min(rule.x1, rule.x2)), top: px(Math.min(rule.y1, rule.y2)) };
  if (vertical) return <div className="preview-rule" style={{ ...base, height: px(Math.abs(rule.y2 - rule.y1)), borderLeft: `${thickness}px solid ${colour}` }} />;
  const width = px(Math.abs(rule.x2 - rule.x1));
  if (rule.style === 'single') return <div className="preview-rule" style={{ ...base, width, borderTop: `${thickness}px solid ${colour}` }} />;
  const [upper, lower] = rule.style === 'thickThin' ? [thickness * 1.6, thickness * 0.6] : [thickness * 0.6, thickness * 1.6];
  return <div className="preview-rule" style={{ ...base, width, height: '2px', borderTop: `${upper}px solid ${colour}`, borderBottom: `${lower}px solid ${colour}` }} />;
}

interface PageProps {
  page: LaidPage;
  fonts: Fonts;
  onPick?: (source: string) => void;
}

function PageView({ page, fonts, onPick }: PageProps) {
  return (
    <section className="preview-page" style={{ width: px(gbt9704.page.width), height: px(gbt9704.page.height) }} aria-label={`第${page.number}页`} data-page-kind={page.kind}>
      {page.rules.map((rule, i) => (
        <RuleLine key={`r${i}`} rule={rule} />
      ))}
      {page.lines.map((line, i) => (
        <Line key={i} line={line} fonts={fonts} onPick={onPick} />
      ))}
      {page.pageNumber && <Line line={page.pageNumber} fonts={fonts} />}
    </section>
  );
}

// The layout is recomputed on every keystroke; a page whose lines did not move keeps its DOM.
const Page = memo(PageView, (before, after) => before.onPick === after.onPick && sameFonts(before.fonts, after.fonts) && samePage(before.page, after.page));

export function PagedPreview({ pages, fonts, zoom, onPick }: { pages: readonly LaidPage[]; fonts: Fonts; zoom: number; onPick?: (source: string) => void }) {
  // Pages hold one callback for their whole life, which always calls the newest `onPick`.
  const latestPick = useRef(onPick);
  latestPick.current = onPick;
  const pick = useCallback((source: string) => latestPick.current?.(source), []);
  return (
    <div className="preview" style={{ zoom }} aria-label="版面预览">
      {pages.map((page) => (
        <Page key={page.number} page={page} fonts={fonts} onPick={onPick ? pick : undefined} />
      ))}
    </div>
  );
}
