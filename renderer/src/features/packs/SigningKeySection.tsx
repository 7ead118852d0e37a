/**
 * 签名密钥: this office's Ed25519 key for signing exported packs. Only the public key is
 * shown, to hand to other offices so they can trust packs from here; the private key stays in the workspace.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../../../../core/api/contract.ts';
import { callApi } from '../../api/call-api.ts';

type Key = NonNullable<ApiResult<'getSigningKey'>>;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `focusOnOpen`: sent here from 模板包, so the heading takes the focus (and scrolls into view) once the key is read. */
export function SigningKeySection({ focusOnOpen = false }: { focusOnOpen?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [key, setKey] = useState<Key | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    callApi('getSigningKey', { create: false }).then(
      (found) => {
        setKey(found);
        setLoaded(true);
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, []);

  useEffect(() => {
    if (loaded && focusOnOpen) heading.current?.focus();
  }, [loaded, focusOnOpen]);

  const generate = () => {
    setProblem(null);
    callApi('getSigningKey', { create: true }).then(setKey, (error: unknown) => setProblem(messageOf(error)));
  };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setProblem('无法写入剪贴板，请选中公钥后按 Ctrl+C 复制。');
    }
  };

  return (
    <section className="settings-section" aria-labelledby="settings-signing">
      <h2 id="settings-signing" ref={heading} tabIndex={-1}>
        签名密钥
      </h2>
      <p className="settings-hint">导出模板包时用本机的密钥签名；对方把下面的公钥加入“受信任的发布单位”后，安装您的模板包时不再提示来源不明。私钥只保存在本机工作区中。</p>
      {loaded && !key && (
        <button type="button" onClick={generate}>
          生成签名密钥
        </button>
      )}
      {key && (
        <>
          <label className="settings-key">
            本机公钥（密钥 {key.keyId}）
            <input readOnly value={key.publicKey} onFocus={(e) => e.target.select()} data-testid="own-public-key" />
          </label>
          <div className="settings-actions">
            <button type="button" onClick={() => void copy(key.publicKey)}>
              复制公钥
            </button>
            {copied && <span role="status">已复制。</span>}
          </div>
        </>
      )}
      {problem && (
        <p role="alert" className="settings-problems">
          {problem}
        </p>
      )}
    </section>
  );
}
