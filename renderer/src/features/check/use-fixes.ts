/**
 * Applying safe fixes from the 检查 panel: the fixed draft replaces the editor's, and a notice
 * 已修正 N 处 offers 撤销 for as long as the draft is still the fixed one (after more typing,
 * Ctrl+Z steps back through the history as usual).
 */
import { useState } from 'react';
import type { FixResult } from '../../../../core/check/fixes/apply-fix.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';

export interface FixNotice {
  count: number;
  undo: () => void;
}

export interface Fixes {
  apply: (result: FixResult) => void;
  notice: FixNotice | null;
}

export function useFixes(document: GongwenDocument, replace: (next: GongwenDocument) => void, undo: () => void): Fixes {
  const [applied, setApplied] = useState<{ fixed: GongwenDocument; count: number } | null>(null);
  const apply = (result: FixResult) => {
    if (result.count === 0) return;
    replace(result.document);
    setApplied({ fixed: result.document, count: result.count });
  };
  const notice =
    applied && applied.fixed === document
      ? {
          count: applied.count,
          undo: () => {
            setApplied(null);
            undo();
          },
        }
      : null;
  return { apply, notice };
}
