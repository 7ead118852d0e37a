import { describe, expect, it } from 'vitest';
import { changedPart, sourceOrder } from './review-labels.ts';

describe('review labels', () => {
  it('orders places as they are read: title before body, body.9 before body.10, items within their block, attachments last but the signature', () => {
    const sources = ['signature.date', 'body.10', 'attachments.0.blocks.1', 'body.9', 'title', 'body.9.items.1', 'body.9.items.0'];
    expect([...sources].sort(sourceOrder)).toEqual(['title', 'body.9', 'body.9.items.0', 'body.9.items.1', 'body.10', 'attachments.0.blocks.1', 'signature.date']);
  });

  it('shows only the changed words of an edit, with a little of the sentence around them', () => {
    expect(changedPart('各单位要高度重视，主要负责同志亲自抓，确保各项任务落到实处。', '各单位要高度重视，主要负责同志亲自抓、负总责，确保各项任务落到实处。', 4)).toEqual({
      lead: '…志亲自抓',
      removed: '',
      added: '、负总责',
      tail: '，确保各…',
    });
    expect(changedPart('共12个问题', '共15个问题')).toEqual({ lead: '共1', removed: '2', added: '5', tail: '个问题' });
  });
});
