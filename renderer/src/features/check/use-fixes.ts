/**
 * Applying safe fixes from the 检查 panel: the fixed draft replaces the editor's, and a notice
 * 已修正 N 处 offers 撤销 for as long as the draft is still the fixed one (after more typing,
 * Ctrl+Z steps back through the history as usual).
 */
import { useState } from 'react';
import type { FixResult } from '../../../../core/check/fixes/apply-fix.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';

export interface FixNotice {
  /** What was done, e.g. 已修正 N 处, 已转为待填项 N 处. */
  text: string;
  undo: () => void;
}

export interface Fixes {
  /** `done` names the action for the notice: 已修正 for a safe fix. */
  apply: (result: FixResult, done?: string) => void;
  notice: FixNotice | null;
}

export function useFixes(document: GongwenDocument, replace: (next: GongwenDocument) => void, undo: () => void): Fixes {
  const [applied, setApplied] = useState<{ fixed: GongwenDocument; text: string } | null>(null);
  const apply = (result: FixResult, done = '已修正') => {
    if (result.count === 0) return;
    replace(result.document);
    setApplied({ fixed: result.document, text: `${done} ${result.count} 处` });
  };
  const notice =
    applied && applied.fixed === document
      ? {
          text: applied.text,
          undo: () => {
            setApplied(null);
            undo();
          },
        }
      : null;
  return { apply, notice };
}
