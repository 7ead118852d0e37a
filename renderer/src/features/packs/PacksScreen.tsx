/** 模板包: install a pack from a file or the shared source, see and roll back the installed ones, export templates as a pack to share. */
import { useCallback, useEffect, useState } from 'react';
import { ownPackId } from '../../../../core/pack/own-pack.ts';
import type { PackSummary } from '../../../../core/pack/pack-summary.ts';
import { callApi } from '../../api/call-api.ts';
import { ExportPackDialog } from './ExportPackDialog.tsx';
import { nextVersion, type ExportForm } from './export-form.ts';
import { InstalledPacks } from './InstalledPacks.tsx';
import { InstallPanel } from './InstallPanel.tsx';
import { SharedSourcePanel } from './SharedSourcePanel.tsx';
import './packs.css';

interface Props {
  canRevealFiles: boolean;
  onShowTemplates: () => void;
  onOpenSettings: () => void;
  /** Installing or rolling back changed the unit directory or 版头 settings on the host. */
  onSettingsChanged: () => void;
}

export function PacksScreen({ canRevealFiles, onShowTemplates, onOpenSettings, onSettingsChanged }: Props) {
  const [packs, setPacks] = useState<PackSummary[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [exporting, setExporting] = useState<Partial<ExportForm> | null>(null);

  const load = useCallback(() => {
    callApi('listPacks').then(
      (list) => {
        setPacks(list.packs);
        setProblems(list.problems);
      },
      (error: unknown) => setProblems([error instanceof Error ? error.message : String(error)]),
    );
  }, []);
  useEffect(load, [load]);

  const exportAgain = (pack: PackSummary) => {
    const templateIds = pack.templates.map((template) => template.id);
    // The templates authored here go out under a pack id and name the office chooses, not the workspace's own.
    if (pack.id === ownPackId) setExporting({ templateIds });
    else
      setExporting({ id: pack.id, name: pack.name, version: nextVersion(pack.version), publisher: pack.publisher, description: pack.description ?? '', templateIds });
  };

  return (
    <div className="packs-screen">
      <div className="packs-head">
        <h1>模板包</h1>
        <button type="button" onClick={() => setExporting({})}>
          导出模板包…
        </button>
        <button type="button" onClick={onOpenSettings}>
          签名密钥与受信任的发布单位…
        </button>
      </div>
      <p className="pack-muted">
        模板包（.gwpack）用于在单位之间传递模板、常用语、单位名录和版头设置。外来的模板包安装前都会逐项检查；没有签名或签名者不在受信任之列的，需要您确认后才安装。
      </p>
      {problems.length > 0 && (
        <div role="alert" className="export-error">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <InstallPanel onInstalled={load} onSettingsChanged={onSettingsChanged} onShowTemplates={onShowTemplates} />
      <SharedSourcePanel
        onInstalled={() => {
          load();
          onSettingsChanged();
        }}
        onOpenSettings={onOpenSettings}
      />
      <InstalledPacks packs={packs} onChanged={load} onSettingsChanged={onSettingsChanged} onExportAgain={exportAgain} />
      {exporting && <ExportPackDialog initial={exporting} canRevealFiles={canRevealFiles} onClose={() => setExporting(null)} />}
    </div>
  );
}
