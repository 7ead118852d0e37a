/**
 * Registers every contract call with `ipcMain.handle`. Before any handler runs, the
 * sender must be our own top-level frame showing our own page; arguments are parsed by
 * the shared dispatcher. Only types come from `electron` here, so tests use fake events.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { apiNames, channelFor } from '../../core/api/contract.ts';
import { fail } from '../../core/api/errors.ts';
import type { Dispatch } from '../../host/api/dispatch.ts';
import { isAppUrl } from './url-policy.ts';

/** Also checks `ipcMain.on` events, which carry the same sender fields. */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>) => boolean;

export function trustedSender(appEntryUrl: string): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    if (frame !== event.sender.mainFrame) return false;
    return isAppUrl(frame.url, appEntryUrl);
  };
}

export function registerIpcApi(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, isTrusted: SenderCheck): void {
  for (const name of apiNames) {
    ipcMain.handle(channelFor(name), async (event, ...args: unknown[]) => {
      if (!isTrusted(event)) return fail('FORBIDDEN', '拒绝来自非本应用页面的调用。');
      return dispatch(name, args);
    });
  }
}
