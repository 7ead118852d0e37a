import { describe, expect, it } from 'vitest';
import { entryNameProblem, nameCollisions } from './entry-names.ts';

describe('entryNameProblem', () => {
  it('accepts the names a pack uses, including Chinese ones and folders', () => {
    for (const name of ['manifest.json', 'templates/xian-tongzhi.json', 'phrases/县纪委常用语.json', 'templates/']) expect(entryNameProblem(name), name).toBeNull();
  });

  it.each([
    ['../a.json', '含有“..”'],
    ['a/../../b.json', '含有“..”'],
    ['/abs.json', '是绝对路径'],
    ['C:/x.json', '带有盘符'],
    ['c:x.json', '带有盘符'],
    ['a\\b.json', '反斜杠'],
    ['notes.json:hidden.json', '冒号'],
    ['a/./b.json', '空的或“.”的层级'],
    ['a//b.json', '空的或“.”的层级'],
    ['NUL', 'Windows 设备名“NUL”'],
    ['Aux.json', 'Windows 设备名“Aux”'],
    ['lpt9.tar.json', 'Windows 设备名“lpt9”'],
    ['COM¹.json', 'Windows 设备名'],
    ['a.json ', '以点或空格结尾'],
    ['dir./a.json', '以点或空格结尾'],
    ['a\u0000.json', '控制字符'],
    ['a?.json', '不允许的字符'],
    ['a.js', '扩展名不在允许之列'],
    ['', '没有名称'],
    ['x'.repeat(201), '超过 200 个字符'],
  ])('refuses %j', (name, reason) => {
    expect(entryNameProblem(name)).toContain(reason);
  });
});

describe('nameCollisions', () => {
  it('finds names equal after case-folding or NFC normalisation, and exact repeats', () => {
    expect(nameCollisions(['a.json', 'A.JSON'])).toEqual(['压缩包条目“A.JSON”与“a.json”在不区分大小写或统一 Unicode 写法后同名']);
    expect(nameCollisions(['caf\u00e9.json', 'cafe\u0301.json'])).toHaveLength(1);
    expect(nameCollisions(['a.json', 'a.json'])).toEqual(['压缩包条目“a.json”出现了两次']);
    expect(nameCollisions(['a.json', 'b.json'])).toEqual([]);
  });
});
