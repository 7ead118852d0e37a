import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl } from './url-policy.ts';

describe('isAllowedExternalUrl', () => {
  it('opens https pages on the allow-list', () => {
    expect(isAllowedExternalUrl('https://www.gov.cn/zhengce/')).toBe(true);
  });

  it.each([
    'http://www.gov.cn/',
    'https://www.gov.cn.evil.example/',
    'https://evil.example/?www.gov.cn',
    'https://user:pw@www.gov.cn/',
    'https://www.gov.cn:8443/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'data:text/html,hi',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('isAppUrl', () => {
  const fileEntry = 'file:///app/.vite/renderer/main_window/index.html';
  it('accepts the renderer page and its own assets', () => {
    expect(isAppUrl(fileEntry, fileEntry)).toBe(true);
    expect(isAppUrl('file:///app/.vite/renderer/main_window/index.html#/editor', fileEntry)).toBe(true);
  });

  it('refuses other files and origins', () => {
    expect(isAppUrl('file:///app/.vite/renderer/other/index.html', fileEntry)).toBe(false);
    expect(isAppUrl('file:///app/.vite/renderer/main_window/%2e%2e/x.html', fileEntry)).toBe(false);
    expect(isAppUrl('https://example.com/', fileEntry)).toBe(false);
  });

  it('compares origins for the development server', () => {
    expect(isAppUrl('http://localhost:5173/src/x', 'http://localhost:5173/index.html')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/index.html')).toBe(false);
  });
});
