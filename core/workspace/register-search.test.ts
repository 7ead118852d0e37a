import { describe, expect, it } from 'vitest';
import { matchesSearch } from './register-search.ts';

describe('register search', () => {
  const entry = ['某纪发〔2024〕3号', '关于开展专项检查的通知', '张三', null, 2024];

  it('matches everything when nothing is typed', () => {
    expect(matchesSearch('  ', entry)).toBe(true);
  });

  it('needs every typed word somewhere in the entry', () => {
    expect(matchesSearch('专项 张三', entry)).toBe(true);
    expect(matchesSearch('专项 李四', entry)).toBe(false);
  });

  it('treats full-width digits like the ones stored', () => {
    expect(matchesSearch('〔２０２４〕3', entry)).toBe(true);
    expect(matchesSearch('2024', entry)).toBe(true);
  });
});
