/**
 * 审阅 tab: the leader's comments and changes read back from the reviewed .docx, grouped by the
 * section they stand in, each with who and when. Clicking a change shows its paragraph in the
 * editor; 接受 / 拒绝 one by one or all; comments take replies and 解决; the accepted changes go
 * into a new version (修改稿) so the 送审稿 stays. What could not be placed has its own list.
 */
import { useState } from 'react';
import type { ReviewItem } from '../../../../core/api/contract-review.ts';
import { reviewTime } from '../../../../core/review/describe-change.ts';
import { jumpToSource } from '../editor/jump-to-source.ts';
import { localTime } from '../versions/version-time.ts';
import { changedPart, kindLabels, sourceOrder } from './review-labels.ts';
import type { ReviewControl } from './use-review.ts';
import './review.css';

interface Props {
  control: ReviewControl;
}

function ChangeText({ item }: { item: ReviewItem }) {
  if (item.kind === 'edit' && item.before !== null) {
    const part = changedPart(item.before, item.text);
    return (
      <p className="review-text">
        {part.lead}
        {part.removed && <del>{part.removed}</del>}
        {part.added && <ins>{part.added}</ins>}
        {part.tail}
      </p>
    );
  }
  if (item.kind === 'comment') {
    return (
      <>
        <p className="review-text review-comment">{item.text}</p>
        {item.before && <p className="review-anchor">批注于“{item.before}”</p>}
      </>
    );
  }
  const removed = item.kind === 'deletion' || item.kind === 'moveFrom' || item.kind === 'deletedParagraph';
  const added = item.kind === 'insertion' || item.kind === 'moveTo' || item.kind === 'addedParagraph';
  return <p className="review-text">{removed ? <del>{item.text}</del> : added ? <ins>{item.text}</ins> : item.text}</p>;
}

function CommentThread({ item, control }: { item: ReviewItem; control: ReviewControl }) {
  const [reply, setReply] = useState('');
  return (
    <div className="review-thread">
      {item.replies.map((r, i) => (
        <p key={i} className="review-reply">
          <span className="review-who">回复 · {localTime(r.at)}</span>
          {r.text}
        </p>
      ))}
      {!item.resolved && (
        <form
          className="review-reply-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reply.trim()) return;
            void control.update([{ id: item.id, reply: reply.trim() }]).then(() => setReply(''));
          }}
        >
          <input value={reply} maxLength={2000} placeholder="回复批注，如：已按意见修改" aria-label={`回复第 ${item.id + 1} 条批注`} onChange={(e) => setReply(e.target.value)} />
          <button type="submit" disabled={control.busy || !reply.trim()}>
            回复
          </button>
        </form>
      )}
      <button type="button" className="review-resolve" disabled={control.busy} onClick={() => void control.update([{ id: item.id, resolved: !item.resolved }])}>
        {item.resolved ? '重新打开' : '解决'}
      </button>
    </div>
  );
}

function ChangeCard({ item, control, problem, locked }: { item: ReviewItem; control: ReviewControl; problem: string | undefined; locked: boolean }) {
  const where = item.location ? `${item.location.section} 第 ${item.location.paragraph} 段${item.location.by === 'after' ? '之后' : ''}` : '未能定位';
  const who = [item.author, item.date ? reviewTime(item.date) : null].filter(Boolean).join(' · ');
  const decided = item.decision === 'accepted' ? '已接受' : item.decision === 'rejected' ? '已拒绝' : null;
  return (
    <li className={`review-item review-${item.decision} ${item.resolved ? 'review-resolved' : ''}`} data-kind={item.kind} aria-label={`${kindLabels[item.kind]}：${item.text.slice(0, 30)}`}>
      <div className="review-head">
        <span className={`review-kind kind-${item.kind}`}>{kindLabels[item.kind]}</span>
        {item.location ? (
          <button type="button" className="review-where" onClick={() => jumpToSource(item.location!.source)} title="在正文中显示这一段">
            {where}
          </button>
        ) : (
          <span className="review-where">{where}</span>
        )}
        {decided && <span className="review-decided">{decided}</span>}
        {item.resolved && <span className="review-decided">已解决</span>}
      </div>
      {who && <p className="review-who">{who}</p>}
      <ChangeText item={item} />
      {item.dataFields.length > 0 && (
        <p className="review-data" role="note">
          数据已被改动，请核对来源（{item.dataFields.join('、')}）
        </p>
      )}
      {problem && (
        <p className="review-problem" role="alert">
          未自动修改：{problem}
        </p>
      )}
      {item.kind === 'comment' ? (
        <CommentThread item={item} control={control} />
      ) : locked ? null : (
        <div className="review-decision">
          <button type="button" aria-pressed={item.decision === 'accepted'} disabled={control.busy} onClick={() => void control.update([{ id: item.id, decision: item.decision === 'accepted' ? 'pending' : 'accepted' }])}>
            接受
          </button>
          <button type="button" aria-pressed={item.decision === 'rejected'} disabled={control.busy} onClick={() => void control.update([{ id: item.id, decision: item.decision === 'rejected' ? 'pending' : 'rejected' }])}>
            拒绝
          </button>
        </div>
      )}
    </li>
  );
}

export function ReviewPanel({ control }: Props) {
  const [versionName, setVersionName] = useState('修改稿');
  const { review, applied } = control;
  if (!review) {
    return (
      <section className="review-panel" aria-label="审阅">
        {control.problem && (
          <p role="alert" className="review-error">
            {control.problem}
          </p>
        )}
        <p className="review-empty">{control.busy ? '正在读取审阅稿…' : '还没有导入审阅稿。领导在 Word/WPS 中批注、修订过送审稿后，点上方的“导入审阅稿…”读回。'}</p>
      </section>
    );
  }
  const placed = review.items.filter((i) => i.location !== null);
  const unplaced = review.items.filter((i) => i.location === null);
  const sections: Array<{ name: string; items: ReviewItem[] }> = [];
  for (const item of [...placed].sort((a, b) => sourceOrder(a.location!.source, b.location!.source))) {
    const name = item.location!.section;
    const group = sections.find((s) => s.name === name);
    if (group) group.items.push(item);
    else sections.push({ name, items: [item] });
  }
  const decidable = review.items.filter((i) => i.kind !== 'comment');
  const pending = decidable.filter((i) => i.decision === 'pending').length;
  const problems = new Map((applied?.problems ?? []).map((p) => [p.id, p.message]));
  const all = (decision: 'accepted' | 'rejected') => void control.update(decidable.map((i) => ({ id: i.id, decision })));
  // Once accepted into a version, decisions are history: another round starts from the reviewed file again.
  const card = (item: ReviewItem) => <ChangeCard key={item.id} item={item} control={control} problem={problems.get(item.id)} locked={review.appliedVersion !== null} />;

  return (
    <section className="review-panel" aria-label="审阅">
      <header className="review-summary">
        <p>
          <strong>{review.fileName}</strong>
          {review.versionName ? `，与版本“${review.versionName}”比对` : '，与当前草稿比对'}：共 {review.items.length} 处批注或修改，{pending} 处待处理。
        </p>
        {review.notes.map((note) => (
          <p key={note} className="review-note">
            {note}
          </p>
        ))}
      </header>
      {control.problem && (
        <p role="alert" className="review-error">
          {control.problem}
        </p>
      )}
      {!applied && review.appliedVersion && (
        <p role="status" className="review-applied">
          接受的修改已存为版本“{review.appliedVersion}”。如需再处理一轮，请重新导入审阅稿。
        </p>
      )}
      {applied && (
        <p role="status" className="review-applied">
          已接受为新版本“{applied.versionName}”，可在“版本”中查看或与送审稿比较。
          {applied.problems.length > 0 && ` 其中 ${applied.problems.length} 处未自动修改，见下方标注。`}
        </p>
      )}
      {review.appliedVersion === null && decidable.length > 0 && (
        <div className="review-actions">
          <button type="button" disabled={control.busy} onClick={() => all('accepted')}>
            全部接受
          </button>
          <button type="button" disabled={control.busy} onClick={() => all('rejected')}>
            全部拒绝
          </button>
          <span className="review-apply">
            <input value={versionName} maxLength={100} aria-label="新版本名称" onChange={(e) => setVersionName(e.target.value)} />
            <button type="button" className="primary" disabled={control.busy || !versionName.trim() || decidable.every((i) => i.decision !== 'accepted')} onClick={() => void control.apply(versionName.trim())}>
              接受的修改存为新版本
            </button>
          </span>
        </div>
      )}
      {sections.map((section) => (
        <section key={section.name} className="review-section" aria-label={section.name}>
          <h4>{section.name}</h4>
          <ol className="review-list">{section.items.map(card)}</ol>
        </section>
      ))}
      {unplaced.length > 0 && (
        <section className="review-section review-unplaced" aria-label="未能定位的修改">
          <h4>未能定位的修改</h4>
          <p className="review-note">这些修改在草稿中找不到对应段落（如加在文首的新段落），请对照审阅稿手工处理。</p>
          <ol className="review-list">{unplaced.map(card)}</ol>
        </section>
      )}
    </section>
  );
}
