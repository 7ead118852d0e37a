import { describe, expect, it } from 'vitest';
import { readPackSource } from './pack-source.ts';

describe('readPackSource', () => {
  it('reads folders in Windows and POSIX forms and web addresses, pointing a web folder at its index', () => {
    expect(readPackSource('  ')).toBeNull();
    expect(readPackSource('\\\\文件服务器\\模板包')).toEqual({ kind: 'folder', folder: '\\\\文件服务器\\模板包' });
    expect(readPackSource('Z:\\县纪委\\模板包')).toEqual({ kind: 'folder', folder: 'Z:\\县纪委\\模板包' });
    expect(readPackSource('/srv/packs')).toEqual({ kind: 'folder', folder: '/srv/packs' });
    expect(readPackSource('http://10.1.2.3:8080/模板包')).toEqual({ kind: 'web', indexUrl: 'http://10.1.2.3:8080/模板包/gwpack-index.json' });
    expect(readPackSource('HTTPS://oa.jw.local/packs/?v=1#top')).toEqual({ kind: 'web', indexUrl: 'https://oa.jw.local/packs/gwpack-index.json' });
    expect(readPackSource('https://oa.jw.local/packs/list.json')).toEqual({ kind: 'web', indexUrl: 'https://oa.jw.local/packs/list.json' });
  });

  it('explains what is wrong with anything else', () => {
    expect(readPackSource('模板包')).toContain('完整的文件夹路径');
    expect(readPackSource('file:///srv/packs')).toContain('只能以 http:// 或 https:// 开头');
    expect(readPackSource('http://user:secret@oa.jw.local/packs')).toContain('不能含有用户名或密码');
    expect(readPackSource('http://')).toContain('不是有效的网址');
  });
});
