/**
 * The renderer's Content-Security-Policy, the one source for every place that states it: the
 * Electron session's response header, `gongwen web`'s header, and the <meta> tag the renderer
 * build puts into index.html (the tag is what guards a page loaded from file:, which has no
 * response headers).
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const contentSecurityPolicy = directives.join('; ');

/** Browsers ignore frame-ancestors in a <meta> policy and log an error for it, so the tag leaves it out. */
export const metaContentSecurityPolicy = directives.filter((directive) => !directive.startsWith('frame-ancestors ')).join('; ');

/** index.html with the policy tag first in <head>, so it guards every element after it. */
export function withContentSecurityPolicyMeta(html: string): string {
  if (!/<head>/i.test(html)) throw new Error('index.html 没有 <head>，无法写入内容安全策略。');
  return html.replace(/<head>/i, `<head>\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`);
}
