import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml-escape.ts';

describe('escapeXml', () => {
  it('escapes markup and keeps a carriage return as a reference, which XML readers would turn into a line feed', () => {
    expect(escapeXml('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(escapeXml('\r!')).toBe('&#13;!');
    expect(escapeXml('县纪委')).toBe('县纪委');
  });
});
