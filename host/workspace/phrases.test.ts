import { describe, expect, it } from 'vitest';
import { deleteUserPhrase, listUserPhrases, saveUserPhrase } from './phrases.ts';
import { openTestWorkspace } from './test-workspace.ts';

describe('the writer’s own phrases in the workspace', () => {
  it('keeps a saved phrase after the workspace is reopened, newest first', () => {
    const ws = openTestWorkspace();
    saveUserPhrase(ws, { title: '回复期限', category: '建议书', text: '请于30日内书面回复。' });
    const second = saveUserPhrase(ws, { title: '  开场  ', category: '', text: '同志们：' });
    expect(second).toMatchObject({ title: '开场', category: '我的常用语', origin: 'user', templateId: null });
    ws.close();
    const reopened = openTestWorkspace(ws.folder);
    expect(listUserPhrases(reopened).map((p) => [p.title, p.category, p.text])).toEqual([
      ['开场', '我的常用语', '同志们：'],
      ['回复期限', '建议书', '请于30日内书面回复。'],
    ]);
    reopened.close();
  });

  it('deletes one phrase by id and says whether there was one', () => {
    const ws = openTestWorkspace();
    const kept = saveUserPhrase(ws, { title: '甲', category: '', text: '甲的话' });
    const gone = saveUserPhrase(ws, { title: '乙', category: '', text: '乙的话' });
    expect(deleteUserPhrase(ws, gone.id)).toBe(true);
    expect(deleteUserPhrase(ws, gone.id)).toBe(false);
    expect(listUserPhrases(ws).map((p) => p.id)).toEqual([kept.id]);
    ws.close();
  });

  it('refuses an empty selection or a missing title in Chinese and stores nothing', () => {
    const ws = openTestWorkspace();
    expect(() => saveUserPhrase(ws, { title: '空', category: '', text: '   ' })).toThrow('没有要保存的文字：请先在正文中选中一段');
    expect(() => saveUserPhrase(ws, { title: '', category: '', text: '有字' })).toThrow('请填写常用语的标题');
    expect(listUserPhrases(ws)).toEqual([]);
    ws.close();
  });
});
