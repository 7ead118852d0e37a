/**
 * 受信任的发布单位: public keys whose signed packs install without a warning. Added with a name
 * and the 43-character key the other office shows under 签名密钥; checked here before it is sent.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { ApiResult } from '../../../../core/api/contract.ts';
import { TrustPublisherRequestSchema } from '../../../../core/api/contract-packs.ts';
import { callApi } from '../../api/call-api.ts';

type Publishers = ApiResult<'listTrustedPublishers'>;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function TrustedPublishersSection() {
  const [publishers, setPublishers] = useState<Publishers>([]);
  const [name, setName] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [problems, setProblems] = useState<{ name?: string; publicKey?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    callApi('listTrustedPublishers').then(setPublishers, (error: unknown) => setProblem(messageOf(error)));
  }, []);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const parsed = TrustPublisherRequestSchema.safeParse({ name, publicKey: publicKey.trim() });
    if (!parsed.success) {
      const found: { name?: string; publicKey?: string } = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'name' || field === 'publicKey') found[field] ??= issue.message;
      }
      setProblems(found);
      return;
    }
    setProblems({});
    try {
      setPublishers(await callApi('trustPublisher', parsed.data));
      setName('');
      setPublicKey('');
    } catch (error) {
      setProblem(messageOf(error));
    }
  };

  const remove = (key: string) => {
    setProblem(null);
    callApi('distrustPublisher', { publicKey: key }).then(setPublishers, (error: unknown) => setProblem(messageOf(error)));
  };

  return (
    <section className="settings-section" aria-labelledby="settings-trusted">
      <h2 id="settings-trusted">受信任的发布单位</h2>
      <p className="settings-hint">由这些单位签名的模板包安装时不再提示；签名与公钥不符的模板包一律拒绝安装。添加和移除立即生效。</p>
      {publishers.length === 0 ? (
        <p className="settings-hint">还没有受信任的发布单位。</p>
      ) : (
        <ul className="settings-trusted" aria-label="受信任的发布单位列表">
          {publishers.map((publisher) => (
            <li key={publisher.publicKey}>
              <strong>{publisher.name}</strong>
              <span className="settings-hint">密钥 {publisher.keyId}</span>
              <button type="button" aria-label={`移除受信任的发布单位 ${publisher.name}`} onClick={() => remove(publisher.publicKey)}>
                移除
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="settings-trust-form" noValidate onSubmit={(e) => void add(e)}>
        <label>
          发布单位名称
          <input value={name} onChange={(e) => setName(e.target.value)} aria-invalid={problems.name ? true : undefined} />
          {problems.name && <span className="settings-field-problem">{problems.name}</span>}
        </label>
        <label>
          对方的公钥
          <input
            value={publicKey}
            onChange={(e) => setPublicKey(e.target.value)}
            aria-invalid={problems.publicKey ? true : undefined}
            placeholder="43 个字符，在对方“设置 → 签名密钥”中复制"
          />
          {problems.publicKey && <span className="settings-field-problem">{problems.publicKey}</span>}
        </label>
        <button type="submit">添加</button>
      </form>
      {(problems.name || problems.publicKey) && (
        <p role="alert" className="settings-problems">
          未添加：{[problems.name, problems.publicKey].filter(Boolean).join('；')}
        </p>
      )}
      {problem && (
        <p role="alert" className="settings-problems">
          {problem}
        </p>
      )}
    </section>
  );
}
