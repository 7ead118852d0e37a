/** A template's first sample page at card size; laid out only once the card scrolls into view. */
import { useEffect, useRef, useState } from 'react';
import { PagedPreview } from '../preview/PagedPreview.tsx';
import { sampleFirstPage, type SamplePage } from './template-sample.ts';

/** An A4 page (794 px at 100 %) shrunk to the card's 150 px. */
const scale = 150 / 794;

export function TemplateThumbnail({ templateId }: { templateId: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const [sample, setSample] = useState<SamplePage | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible) return;
    let current = true;
    sampleFirstPage(templateId).then(
      (made) => current && setSample(made),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [visible, templateId]);

  return (
    <div ref={box} className="template-thumb" aria-hidden="true" data-state={sample ? 'drawn' : failed ? 'failed' : 'waiting'}>
      {sample ? <PagedPreview pages={[sample.page]} fonts={sample.fonts} zoom={scale} /> : <span className="template-thumb-note">{failed ? '示例页未能生成' : ''}</span>}
    </div>
  );
}
