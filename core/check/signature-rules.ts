/**
 * §5 item 15: the 署名 and 成文日期 layouts of GB/T 9704 §7.3.5. A .docx does not say whether
 * a seal will be pressed, so a block passes when it matches either layout.
 */
import { gbt9704 } from '../layout/gbt9704.ts';
import type { CheckContext } from './check-context.ts';
import { lineExtent, textBlockWidthOf, type LineExtent } from './geometry.ts';

/** Half a character: what rounding of mixed digit widths can account for. */
const tolerance = gbt9704.char.body / 2;
const near = (a: number, b: number) => Math.abs(a - b) <= tolerance;
const chars = (twips: number) => Number((twips / gbt9704.char.body).toFixed(1));

function sealed(names: readonly LineExtent[], date: LineExtent): boolean {
  if (!near(date.rightSpace, gbt9704.indent.dateRight)) return false;
  const centre = (date.left + date.right) / 2;
  const wide = date.right - date.left + 2 * gbt9704.indent.dateRight;
  return names.every((name) => near((name.left + name.right) / 2, centre) || (name.right - name.left > wide && near(name.rightSpace, gbt9704.signerInset)));
}

/** Joint organs stack with their first characters aligned, so the widest one carries the layout. */
function widest(names: readonly LineExtent[]): LineExtent | undefined {
  return names.reduce<LineExtent | undefined>((best, name) => (!best || name.right - name.left > best.right - best.left ? name : best), undefined);
}

function unsealed(names: readonly LineExtent[], date: LineExtent): boolean {
  const name = widest(names);
  if (!name) return near(date.rightSpace, 2 * gbt9704.char.body);
  const twoChars = 2 * gbt9704.char.body;
  const dateShorter = near(name.rightSpace, twoChars) && near(date.left, name.left + twoChars);
  const dateLonger = near(date.rightSpace, twoChars) && near(name.left, date.left - twoChars);
  return dateShorter || dateLonger;
}

export function checkSignature(ctx: CheckContext): void {
  const date = ctx.withRole('date')[0];
  if (!date) return;
  const width = textBlockWidthOf(ctx.sectionOf(date));
  const dateExtent = lineExtent(date, width);
  const signatures = ctx.withRole('signature');
  const nameExtents = signatures.map((p) => lineExtent(p, width));
  if (!dateExtent || nameExtents.some((e) => e === null)) return;
  const names = nameExtents as LineExtent[];
  const isSealed = sealed(names, dateExtent);
  const isUnsealed = unsealed(names, dateExtent);
  if (!isSealed && !isUnsealed) {
    const name = widest(names);
    const where = `成文日期右空 ${chars(dateExtent.rightSpace)} 字${name ? `，署名右空 ${chars(name.rightSpace)} 字、首字在日期首字左侧 ${chars(dateExtent.left - name.left)} 字` : ''}`;
    ctx.report('signature-layout', signatures[0] ?? date, `${where}。加盖印章时日期右空四字、署名居中于日期之上；不加盖印章时署名右空二字、日期首字比署名首字右移二字`);
    return;
  }
  const first = signatures[0];
  if (isUnsealed && !isSealed && first) {
    const gap = ctx.blankLinesBefore(first).count;
    if (gap > 1) ctx.report('signature-spacing', first, `不加盖印章时，署名与正文之间应空一行，此处空 ${gap} 行`);
  }
}
