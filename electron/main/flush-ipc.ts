/**
 * The page's answers to "save now": taken only from our own page, and only in the shape the
 * contract gives (request number, saved or not); anything else is dropped, so a stray message
 * can neither end the wait early nor claim a save.
 */
import type { IpcMain } from 'electron';
import { flushAnswerChannel, FlushAnswerSchema } from '../../core/api/shell-flush.ts';
import type { FlushCoordinator } from './flush-before-exit.ts';
import type { SenderCheck } from './ipc-api.ts';

export function registerFlushAnswers(ipcMain: Pick<IpcMain, 'on'>, coordinator: Pick<FlushCoordinator, 'answer'>, isTrusted: SenderCheck): void {
  ipcMain.on(flushAnswerChannel, (event, ...args: unknown[]) => {
    if (!isTrusted(event)) return;
    const parsed = FlushAnswerSchema.safeParse(args);
    if (parsed.success) coordinator.answer(...parsed.data);
  });
}
