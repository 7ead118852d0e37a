/**
 * The live printed pages: every line where the layout engine put it, at A4 size (1 twip =
 * 1/15 px at 100 %). The same markup is what PDF export prints.
 */
import type { CSSProperties } from 'react';
import type { TypesetDocument } from '../../../../core/typeset/typeset.ts';
import type { PreviewLine, PreviewPage, PreviewRule, PreviewRun } from './preview-page.ts';

const px = (twips: number) => `${twips / 15}px`;

type Fonts = TypesetDocument['fonts'];

const fallback: Record<PreviewRun['font'], string> = {
  fangsong: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif',
  kaiti: '"KaiTi", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", serif',
  heiti: '"SimHei", "Noto Sans CJK SC", sans-serif',
  xiaobiaosong: '"FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", serif',
  songti: '"SimSun", "Noto Serif CJK SC", serif',
};

function runStyle(run: PreviewRun, fonts: Fonts): CSSProperties {
  const latin = run.font === 'songti' ? fonts.songti : fonts.latin;
  return {
    fontFamily: `"${latin}", "${fonts[run.font]}", ${fallback[run.font]}`,
    fontSize: `${run.size / 2}pt`,
    letterSpacing: run.spacing ? `${run.spacing / 20}pt` : undefined,
    fontWeight: run.font === 'xiaobiaosong' ? 700 : 400,
    color: run.color === 'red' ? '#e60000' : '#000',
    ...(run.x === undefined ? {} : { position: 'absolute', left: px(run.x) }),
  };
}

function Line({ line, fonts }: { line: PreviewLine; fonts: Fonts }) {
  const style: CSSProperties = {
    left: px(line.x),
    top: px(line.y),
    width: px(line.width),
    height: px(line.height),
    lineHeight: px(line.height),
    textAlign: line.justify ? 'justify' : 'left',
    textAlignLast: line.justify ? 'justify' : 'left',
  };
  return (
    <div className="preview-line" style={style} data-source={line.source ?? undefined}>
      {line.runs.map((run, i) => (
        <span key={i} style={runStyle(run, fonts)}>
          {run.text}
        </span>
      ))}
    </div>
  );
}

function Rule({ rule }: { rule: PreviewRule }) {
  const colour = rule.color === 'red' ? '#e60000' : '#000';
  const style: CSSProperties = rule.double
    ? { left: px(rule.x), top: px(rule.y), width: px(rule.width), height: px(rule.thickness), borderTop: `${rule.double === 'thickThin' ? 2 : 1}px solid ${colour}`, borderBottom: `${rule.double === 'thickThin' ? 1 : 2}px solid ${colour}` }
    : { left: px(rule.x), top: px(rule.y), width: px(rule.width), height: 0, borderTop: `${Math.max(rule.thickness / 15, 0.75)}px solid ${colour}` };
  return <div className="preview-rule" style={style} />;
}

export function PagedPreview({ pages, fonts, zoom, pageSize }: { pages: PreviewPage[]; fonts: Fonts; zoom: number; pageSize: { width: number; height: number; footerY: number } }) {
  return (
    <div className="preview" style={{ '--zoom': zoom } as CSSProperties} aria-label="版面预览">
      {pages.map((page, index) => (
        <section key={index} className="preview-page" style={{ width: px(pageSize.width), height: px(pageSize.height) }} aria-label={`第${index + 1}页`}>
          {page.rules.map((rule, i) => (
            <Rule key={`r${i}`} rule={rule} />
          ))}
          {page.lines.map((line, i) => (
            <Line key={i} line={line} fonts={fonts} />
          ))}
          {page.pageNumber && (
            <div
              className="preview-page-number"
              style={{ top: px(pageSize.footerY), [page.pageNumber.side]: px(page.pageNumber.inset), fontFamily: `"${fonts.songti}", ${fallback.songti}` }}
            >
              {page.pageNumber.text}
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
