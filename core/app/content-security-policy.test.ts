import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, metaContentSecurityPolicy, withContentSecurityPolicyMeta } from './content-security-policy.ts';

describe('content security policy', () => {
  it('lets scripts come only from the app itself, and no plugins, base or form targets', () => {
    expect(contentSecurityPolicy.split('; ')).toEqual(expect.arrayContaining(["script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"]));
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });

  it('states the same policy in the tag, less frame-ancestors which a tag cannot carry', () => {
    expect(metaContentSecurityPolicy).toBe(contentSecurityPolicy.replace("; frame-ancestors 'none'", ''));
  });

  it('puts the tag first in <head>, before any script', () => {
    const html = withContentSecurityPolicyMeta('<html><head><script src="./a.js"></script></head></html>');
    expect(html).toBe(`<html><head>\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" /><script src="./a.js"></script></head></html>`);
  });

  it('refuses a page without <head> rather than ship it without a policy', () => {
    expect(() => withContentSecurityPolicyMeta('<html><body></body></html>')).toThrow('没有 <head>');
  });
});
