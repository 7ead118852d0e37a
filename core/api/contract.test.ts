import { describe, expect, it } from 'vitest';
import { apiContract, apiNames, channelFor, httpPathFor, isApiName } from './contract.ts';

describe('api contract', () => {
  it('derives one distinct channel and route per call', () => {
    const channels = apiNames.map(channelFor);
    expect(new Set(channels).size).toBe(apiNames.length);
    expect(channels.every((c) => c.startsWith('gongwen:'))).toBe(true);
    expect(apiNames.map(httpPathFor)).toContain('/api/exportDocx');
  });

  it('does not treat inherited object keys as calls', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(isApiName(name)).toBe(false);
    expect(isApiName('exportDocx')).toBe(true);
  });

  it('refuses extra properties in export requests', () => {
    const parsed = apiContract.revealExport.args.safeParse([{ exportId: 'x', path: '/etc/passwd' }]);
    expect(parsed.success).toBe(false);
  });
});
