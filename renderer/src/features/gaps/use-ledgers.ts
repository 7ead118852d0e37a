/** The workspace's imported ledgers with their columns, read once when a picker opens. */
import { useEffect, useState } from 'react';
import type { LedgerSummary } from '../../../../core/api/contract-gaps.ts';
import { callApi } from '../../api/call-api.ts';

export type LedgersState = { status: 'loading' } | { status: 'ready'; ledgers: LedgerSummary[] } | { status: 'failed'; message: string };

export function useLedgers(): LedgersState {
  const [state, setState] = useState<LedgersState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    callApi('listLedgers').then(
      ({ ledgers }) => live && setState({ status: 'ready', ledgers }),
      (error: Error) => live && setState({ status: 'failed', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
