/** A workspace holding `count` realistic notices (30 paragraphs each); draft number `marked` also mentions 公务用车台账. */
import { createBlankDocument } from '../../core/model/document.ts';
import { text } from '../../core/model/inline.ts';
import { createDraft } from '../../host/workspace/drafts.ts';
import type { Workspace } from '../../host/workspace/open-workspace.ts';

const paragraph = '为深入贯彻落实中央八项规定精神，持续纠治形式主义、官僚主义，现就有关事项通知如下。';

export const markedWords = '请重点检查公务用车台账。';

export function fillWithDrafts(ws: Workspace, count: number, marked: number): void {
  ws.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const body = Array.from({ length: 30 }, (_, j) => ({ type: 'paragraph' as const, content: text(`${paragraph}第${i}号文件第${j}段。`) }));
      if (i === marked) body.push({ type: 'paragraph', content: text(markedWords) });
      createDraft(ws, { document: { ...createBlankDocument('通知', '2024-03-05'), title: `关于第${i}批专项检查的通知`, body } });
    }
  })();
}
