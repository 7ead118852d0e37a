/** 一键排版's first step: reading a long plain-text draft into the 公文 model. */
import { importPlainText } from '../core/import/import-text.ts';
import { longSpeech } from '../tests/fixtures/import/long-speech.ts';
import type { Figure } from './figure.ts';

const speech = longSpeech(100);

const figures: Figure[] = [
  {
    name: '识别 100 页讲话稿纯文本（标题、层次、主送、落款）',
    runs: 10,
    warmup: 2,
    goalMs: 500,
    run: () => {
      if (importPlainText(speech).document.body.length === 0) throw new Error('讲话稿没有识别出正文');
    },
  },
];

export default figures;
