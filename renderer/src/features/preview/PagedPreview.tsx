/**
 * The live printed pages, drawn from the layout engine: every line and rule where the .docx
 * puts it, at A4 size (1 twip = 1/15 px at 100 %). PDF export prints this same markup.
 */
import { memo, useCallback, useMemo, useRef, type CSSProperties } from 'react';
import type { LaidLine, LaidPage, LineRun, Rule } from '../../../../core/layout/page-layout.ts';
import { gbt9704 } from '../../../../core/layout/gbt9704.ts';
import type { TypesetDocument } from '../../../../core/typeset/typeset.ts';
import { samePage } from './same-page.ts';

const px = (twips: number) => `${twips / 15}px`;

type Fonts = TypesetDocument['fonts'];

const fallback: Record<LineRun['font'], string> = {
  fangsong: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif',
  kaiti: '"KaiTi", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", serif',
  heiti: '"SimHei", "Noto Sans CJK SC", sans-serif',
  xiaobiaosong: '"FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", serif',
  songti: '"SimSun", "Noto Serif CJK SC", serif',
};

const fontRoles = Object.keys(fallback) as LineRun['font'][];

/** Each role's font stack as a variable on the preview, so a run names its role with a class instead of a long inline font-family. */
function fontVariables(fonts: Fonts): CSSProperties {
  return Object.fromEntries(fontRoles.map((role) => [`--font-${role}`, `"${role === 'songti' ? fonts.songti : fonts.latin}", "${fonts[role]}", ${fallback[role]}`]));
}

// Drawing a 30-page draft sets thousands of inline style properties, one call each: what classes can say stays out of them.
function runClass(run: LineRun, justified: boolean): string {
  const bold = run.bold || run.font === 'xiaobiaosong';
  return `run-${run.font}${bold ? ' run-bold' : ''}${run.color === 'red' ? ' run-red' : ''}${justified ? '' : ' run-placed'}`;
}

function runStyle(run: LineRun, justified: boolean): CSSProperties {
  return {
    fontSize: `${run.size / 2}pt`,
    letterSpacing: run.characterSpacing ? `${run.characterSpacing / 20}pt` : undefined,
    // Justified lines flow their runs so the browser can spread them; others sit where the engine measured,
    // narrowed like the printed 3号 text (w:w 98 %).
    ...(justified ? {} : { left: px(run.x), ...(run.scale !== 100 ? { transform: `scaleX(${run.scale / 100})` } : {}) }),
  };
}

function Line({ line, onPick }: { line: LaidLine; onPick?: (source: string) => void }) {
  const justified = line.justifyTo !== null;
  const pickable = line.source !== null && onPick !== undefined;
  const style: CSSProperties = {
    left: px(line.x),
    top: px(line.y),
    width: px(justified ? line.justifyTo! : line.width),
    height: px(line.height),
    lineHeight: px(line.height),
  };
  return (
    <div
      className={`preview-line${justified ? ' justified' : ''}${pickable ? ' pickable' : ''}`}
      style={style}
      data-source={line.source ?? undefined}
      onClick={pickable ? () => onPick(line.source!) : undefined}
    >
      {line.runs.map((run, i) => (
        <span key={i} className={runClass(run, justified)} style={runStyle(run, justified)}>
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
  onPick?: (source: string) => void;
}

function PageView({ page, onPick }: PageProps) {
  return (
    <section className="preview-page" style={{ width: px(gbt9704.page.width), height: px(gbt9704.page.height) }} aria-label={`第${page.number}页`} data-page-kind={page.kind}>
      {page.rules.map((rule, i) => (
        <RuleLine key={`r${i}`} rule={rule} />
      ))}
      {page.lines.map((line, i) => (
        <Line key={i} line={line} onPick={onPick} />
      ))}
      {page.pageNumber && <Line line={page.pageNumber} />}
    </section>
  );
}

// The layout is recomputed on every keystroke; a page whose lines did not move keeps its DOM.
const Page = memo(PageView, (before, after) => before.onPick === after.onPick && samePage(before.page, after.page));

export function PagedPreview({ pages, fonts, zoom, onPick }: { pages: readonly LaidPage[]; fonts: Fonts; zoom: number; onPick?: (source: string) => void }) {
  // Pages hold one callback for their whole life, which always calls the newest `onPick`.
  const latestPick = useRef(onPick);
  latestPick.current = onPick;
  const pick = useCallback((source: string) => latestPick.current?.(source), []);
  const variables = useMemo(() => fontVariables(fonts), [fonts]);
  return (
    <div className="preview" style={{ zoom, ...variables }} aria-label="版面预览">
      {pages.map((page) => (
        <Page key={page.number} page={page} onPick={onPick ? pick : undefined} />
      ))}
    </div>
  );
}
