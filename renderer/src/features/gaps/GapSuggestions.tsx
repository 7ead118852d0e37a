/**
 * 台账建议 in a number gap's popover: the likely values from the imported ledgers, each with where it
 * comes from and why, so the writer sees the provenance before accepting one.
 */
import { useEffect, useState } from 'react';
import type { ValueSuggestionView } from '../../../../core/api/contract-gaps.ts';
import type { Provenance } from '../../../../core/model/inline.ts';
import type { Binding } from '../../../../core/template/binding-schema.ts';
import { callApi } from '../../api/call-api.ts';
import { provenanceText } from '../data/provenance-text.ts';

export interface GapSurroundings {
  before: string;
  after: string;
  unit: string | null;
}

type State = { status: 'loading' } | { status: 'ready'; suggestions: ValueSuggestionView[]; ledgers: string[] } | { status: 'failed'; message: string };

export function GapSuggestions({ around, onAccept }: { around: GapSurroundings; onAccept: (value: string, source: Provenance, binding: Binding) => void }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const { before, after, unit } = around;
  useEffect(() => {
    let live = true;
    callApi('suggestGapValues', { before, after, unit }).then(
      (result) => live && setState({ status: 'ready', ...result }),
      (error: Error) => live && setState({ status: 'failed', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [before, after, unit]);

  return (
    <section className="gap-suggestions" aria-label="台账建议">
      <h4>台账建议</h4>
      {state.status === 'loading' && <p className="gap-suggestions-note">正在从台账中查找……</p>}
      {state.status === 'failed' && <p className="gap-suggestions-note">{state.message}</p>}
      {state.status === 'ready' && state.ledgers.length === 0 && <p className="gap-suggestions-note">还没有导入台账：在“数据”中导入后，这里会给出可用的数值。</p>}
      {state.status === 'ready' && state.ledgers.length > 0 && state.suggestions.length === 0 && (
        <p className="gap-suggestions-note">在 {state.ledgers.join('、')} 中没有找到与上下文相符的数值。</p>
      )}
      {state.status === 'ready' && state.suggestions.length > 0 && (
        <ol>
          {state.suggestions.map((suggestion, i) => (
            <li key={i}>
              <button type="button" onClick={() => onAccept(suggestion.printed, suggestion.source, suggestion.binding)} aria-label={`采用 ${suggestion.printed}${unit ?? ''}：${provenanceText(suggestion.source)}`}>
                <strong>
                  {suggestion.printed}
                  {unit}
                </strong>
                <span className="gap-suggestion-source">{provenanceText(suggestion.source)}</span>
                <span className="gap-suggestion-why">{suggestion.reasons.join('；')}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
