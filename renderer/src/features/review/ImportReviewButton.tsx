/** 导入审阅稿: picks the leader's reviewed .docx (the system dialog on the desktop, an upload in a browser) and opens the 审阅 tab. */
import type { ReviewControl } from './use-review.ts';

interface Props {
  control: ReviewControl;
  disabled: boolean;
  onImported: () => void;
}

export function ImportReviewButton({ control, disabled, onImported }: Props) {
  return (
    <label className={`import-review button-like ${disabled || control.busy ? 'is-disabled' : ''}`} title={disabled ? '草稿还没有存入工作区：先写下内容' : '读回领导在 Word/WPS 中批注、修订过的送审稿'}>
      导入审阅稿…
      <input
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={disabled || control.busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          onImported();
          void control.importFile(file);
        }}
      />
    </label>
  );
}
