import type { Genre, GongwenDocument } from '../../../../core/model/document.ts';
import { ImportDraft } from './ImportDraft.tsx';

export function Home({ onCreate, onOpen }: { onCreate: (genre: Genre) => void; onOpen: (document: GongwenDocument, messages: string[]) => void }) {
  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">新建公文</h1>
      <p className="home-hint">选择文种开始起草。导出的 Word 文件按 GB/T 9704-2012 排版。</p>
      <div className="home-cards">
        <button type="button" className="home-card" onClick={() => onCreate('通知')}>
          <span className="home-card-title">通知</span>
          <span className="home-card-text">空白通知：标题、主送机关、正文、署名和成文日期</span>
        </button>
      </div>
      <ImportDraft onOpen={onOpen} />
    </section>
  );
}
