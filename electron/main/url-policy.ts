/**
 * Which URLs the app may show and which it may hand to the system browser. The renderer
 * never navigates away from its own page; external links open only for an allow-list of
 * https hosts (standards and official references), never file:, javascript: or others.
 */
export const externalHostAllowList = ['www.gov.cn', 'openstd.samr.gov.cn', 'www.ccdi.gov.cn'] as const;

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  return (externalHostAllowList as readonly string[]).includes(url.hostname);
}

/**
 * True when `raw` is the renderer's own page: same origin as the app entry and, for
 * file: URLs, inside the folder that holds the built renderer.
 */
export function isAppUrl(raw: string, appEntryUrl: string): boolean {
  let url: URL;
  let entry: URL;
  try {
    url = new URL(raw);
    entry = new URL(appEntryUrl);
  } catch {
    return false;
  }
  if (entry.protocol === 'file:') {
    if (url.protocol !== 'file:' || url.host !== entry.host) return false;
    const folder = entry.pathname.slice(0, entry.pathname.lastIndexOf('/') + 1);
    const pathname = decodeURIComponent(url.pathname);
    return !pathname.includes('/../') && url.pathname.startsWith(folder);
  }
  return url.origin === entry.origin;
}
