/**
 * Theme fonts (`w:asciiTheme="minorHAnsi"`, `w:eastAsiaTheme="minorEastAsia"` …): Word's
 * default styles name no font at all and point into theme1.xml instead.
 */
import { attr, child, childrenNamed, find, parseXml, type XmlNode } from './xml.ts';

export interface ThemeFonts {
  major: { latin: string | null; eastAsia: string | null; cs: string | null };
  minor: { latin: string | null; eastAsia: string | null; cs: string | null };
}

const noThemeFonts: ThemeFonts = {
  major: { latin: null, eastAsia: null, cs: null },
  minor: { latin: null, eastAsia: null, cs: null },
};

function fontSet(node: XmlNode | undefined): ThemeFonts['major'] {
  const typeface = (tag: string) => attr(child(node, tag), 'typeface') || null;
  // An empty <a:ea typeface=""/> means "per script": Chinese documents use the Hans entry.
  const hans = childrenNamed(node, 'font').find((font) => attr(font, 'script') === 'Hans');
  return { latin: typeface('latin'), eastAsia: typeface('ea') ?? (attr(hans, 'typeface') || null), cs: typeface('cs') };
}

export function readThemeFonts(xml: string | undefined, part: string): ThemeFonts {
  if (!xml) return noThemeFonts;
  const scheme = find(parseXml(xml, part), 'fontScheme');
  if (!scheme) return noThemeFonts;
  return { major: fontSet(child(scheme, 'majorFont')), minor: fontSet(child(scheme, 'minorFont')) };
}

/** `minorEastAsia` → the theme's minor East Asian face, and so on. */
export function themeFont(theme: ThemeFonts, name: string): string | null {
  const set = name.startsWith('major') ? theme.major : theme.minor;
  if (name.endsWith('EastAsia')) return set.eastAsia;
  if (name.endsWith('Bidi')) return set.cs;
  return set.latin;
}
