import { describe, expect, it } from 'vitest';
import { readEndMatter, type EndMatterOptions } from './end-matter.ts';
import type { ImportNotice } from './notices.ts';

const file: EndMatterOptions = { record: true, dateStyle: null };

const read = (lines: string[], options = file) => {
  const notices: ImportNotice[] = [];
  const paragraphs = lines.map((text, i) => ({ text, line: i + 1 }));
  return { ...readEndMatter(paragraphs, 0, options, notices), notices };
};

describe('readEndMatter', () => {
  it('reads 附件说明, 署名, 成文日期, 附注 and 版记 from the end', () => {
    const end = read(['正文。', '附件：1.问题清单', '2.整改台账', '中共××县纪律检查委员会', '××县监察委员会', '2024年3月20日', '（此件公开发布）', '抄送：市纪委监委，县委办公室。', '中共××县纪委办公室　　2024年3月20日印发']);
    expect(end).toMatchObject({
      start: 1,
      attachmentTitles: ['问题清单', '整改台账'],
      organs: ['中共××县纪律检查委员会', '××县监察委员会'],
      date: { iso: '2024-03-20', style: 'arabic' },
      note: '（此件公开发布）',
      cc: ['市纪委监委', '县委办公室'],
      printer: '中共××县纪委办公室',
      printDate: '2024-03-20',
    });
  });

  it('reads a single attachment and a Chinese-style date', () => {
    const end = read(['正文。', '附件：自查情况表', '中共××县委', '二〇二四年三月五日']);
    expect(end).toMatchObject({ start: 1, attachmentTitles: ['自查情况表'], organs: ['中共××县委'], date: { iso: '2024-03-05', style: 'chinese' } });
  });

  it('reports 1． in 附件说明 as printed 1.', () => {
    const end = read(['正文。', '附件：1．问题清单', '2．整改台账']);
    expect(end.attachmentTitles).toEqual(['问题清单', '整改台账']);
    expect(end.notices).toEqual([
      { kind: 'ordinalRewritten', line: 2, offset: 3, typed: '1．', printed: '1.' },
      { kind: 'ordinalRewritten', line: 3, offset: 0, typed: '2．', printed: '2.' },
    ]);
  });

  it('leaves what would not print back the same in the body', () => {
    expect(read(['正文。', '附件：1.问题清单']).start).toBe(2);
    expect(read(['正文。', '附件：1.问题清单', '3.整改台账']).start).toBe(3);
    expect(read(['正文。', '附件：问题清单。']).start).toBe(2);
    expect(read(['正文。', '2024年03月20日']).start).toBe(2);
    expect(read(['正文。', '抄送：市纪委监委，县委办公室']).start).toBe(2);
    expect(read(['正文。', '抄送：。\t。']).start).toBe(2);
  });

  it('prints no 版记 on 白头材料, so it reads none there', () => {
    expect(read(['正文。', '抄送：市纪委监委。'], { record: false, dateStyle: null }).start).toBe(2);
  });

  it('takes only a date in the byline\'s style', () => {
    expect(read(['正文。', '二〇二四年三月五日'], { record: false, dateStyle: 'arabic' }).date).toBeNull();
  });

  it('does not take 特此通知 or a heading for a 署名', () => {
    expect(read(['正文。', '特此通知', '2024年3月20日']).organs).toEqual([]);
    expect(read(['三、其他事项', '2024年3月20日']).organs).toEqual([]);
  });
});
