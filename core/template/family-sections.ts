/**
 * The parts a document of each template family cannot do without (research/doctypes.md, A–C:
 * the sections marked R), each recognised by the words of a section's label or of a heading in
 * it, since every office names them a little differently. Families whose parts vary freely
 * (讲话稿, 日常公文) or that are one form (送达回证) require nothing here.
 */
import type { Template } from './template-schema.ts';

export interface RequiredPart {
  name: string;
  /** A section label or heading containing any of these words is this part. */
  words: readonly string[];
}

export const requiredParts: Record<Template['family'], readonly RequiredPart[]> = {
  工作报告: [
    { name: '工作回顾', words: ['回顾', '主要工作', '工作情况'] },
    { name: '工作任务或打算', words: ['任务', '打算', '部署'] },
  ],
  工作总结: [
    { name: '主要工作及成效', words: ['主要工作', '成效', '工作情况'] },
    { name: '存在的问题', words: ['问题', '不足'] },
    { name: '下一步打算', words: ['打算', '下一步', '计划'] },
  ],
  讲话稿: [],
  建议书: [
    { name: '存在的主要问题', words: ['问题'] },
    { name: '建议', words: ['建议'] },
    { name: '回复要求', words: ['回复', '反馈'] },
  ],
  整改通知: [
    { name: '问题或整改任务', words: ['问题', '整改任务'] },
    { name: '整改要求', words: ['要求'] },
  ],
  整改报告: [
    { name: '问题整改情况', words: ['整改情况', '问题'] },
    { name: '下一步打算', words: ['打算', '下一步'] },
  ],
  送达回证: [],
  日常公文: [],
};
