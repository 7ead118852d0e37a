/** One change of a review as a line of Chinese text, for the command line and the review report. */
import { changeKindNames, type ChangeLocation, type ReviewChange } from './map-review.ts';

const quote = (text: string, max = 60) => `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;

/** Word writes local time with a Z; shown as written, to the minute. */
export const reviewTime = (date: string) => date.replace('T', ' ').replace(/:\d\d(\.\d+)?Z?$/, '');

export function describeLocation(location: ChangeLocation | null): string {
  if (!location) return '未能定位';
  const place = `${location.section} 第 ${location.paragraph} 段`;
  if (location.by === 'after') return `${place}之后`;
  return location.by === 'text' ? `${place}（按文字比对）` : place;
}

export function describeChange(change: ReviewChange): string {
  const who = [change.author, change.date ? reviewTime(change.date) : null].filter(Boolean).join(' ');
  let what = quote(change.text);
  if (change.kind === 'comment' && change.before) what += `（批注于${quote(change.before, 30)}）`;
  if (change.kind === 'edit' && change.before !== null) what = `原为${quote(change.before)}，现为${what}`;
  return `${changeKindNames[change.kind]}  ${describeLocation(change.location)}${who ? `  ${who}` : ''}：${what}`;
}
