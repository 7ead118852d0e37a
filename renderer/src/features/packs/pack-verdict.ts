/**
 * What the install panel may do with a checked pack: a refused pack, the version already
 * installed or an older one cannot be installed; warnings (unsigned, untrusted key) must be
 * accepted first. The host refuses the same cases; saying so before the click spares a round trip.
 */
import type { PackReport } from '../../../../core/api/contract-packs.ts';
import { compareVersions } from '../../../../core/pack/pack-manifest.ts';
import type { PackSignatureCheck } from '../../../../core/pack/pack-summary.ts';

export type VersionRelation = { kind: 'new' } | { kind: 'upgrade' | 'same' | 'downgrade'; installed: string };

export function versionRelation(version: string, installed: string | null): VersionRelation {
  if (installed === null) return { kind: 'new' };
  const order = compareVersions(version, installed);
  return { kind: order > 0 ? 'upgrade' : order === 0 ? 'same' : 'downgrade', installed };
}

export function relationText(version: string, relation: VersionRelation): string {
  switch (relation.kind) {
    case 'new':
      return `首次安装 ${version}`;
    case 'upgrade':
      return `升级：本机已安装 ${relation.installed}，将升级到 ${version}`;
    case 'same':
      return `本机已安装同一版本 ${version}`;
    case 'downgrade':
      return `降级：本机已安装更新的 ${relation.installed}`;
  }
}

export type Verdict = { kind: 'refused' } | { kind: 'blocked'; reason: string } | { kind: 'installable'; needsAcceptance: boolean };

export function verdictOf(report: PackReport): Verdict {
  if (!report.sound || !report.pack) return { kind: 'refused' };
  const relation = versionRelation(report.pack.version, report.installedVersion);
  if (relation.kind === 'same') return { kind: 'blocked', reason: '这个版本已经安装，无需再装。' };
  if (relation.kind === 'downgrade')
    return { kind: 'blocked', reason: `不会用旧版本 ${report.pack.version} 覆盖已安装的 ${relation.installed}；如需旧版本，请在已安装的模板包中“回退”。` };
  return { kind: 'installable', needsAcceptance: report.warnings.length > 0 };
}

export function signatureText(signature: PackSignatureCheck): string {
  switch (signature.status) {
    case 'trusted':
      return `已签名，来自受信任的发布单位“${signature.trustedAs ?? ''}”（密钥 ${signature.keyId ?? ''}）`;
    case 'untrusted':
      return `已签名，但签名密钥 ${signature.keyId ?? ''} 不在受信任的发布单位之列`;
    case 'unsigned':
      return '未签名';
  }
}

export const signatureLabel: Record<PackSignatureCheck['status'], string> = { trusted: '已签名 · 受信任', untrusted: '已签名 · 未受信任', unsigned: '未签名' };
