import type { IpcMainEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { flushAnswerChannel } from '../../core/api/shell-flush.ts';
import { registerFlushAnswers } from './flush-ipc.ts';
import { trustedSender } from './ipc-api.ts';

const appEntry = 'file:///opt/gongwen/resources/app.asar/.vite/renderer/main_window/index.html';

function setUp() {
  let listener: ((event: IpcMainEvent, ...args: unknown[]) => void) | null = null;
  const answer = vi.fn();
  registerFlushAnswers({ on: (channel: string, handler: typeof listener) => void (channel === flushAnswerChannel && (listener = handler)) } as never, { answer }, trustedSender(appEntry));
  const send = (url: string, ...args: unknown[]) => {
    const mainFrame = { url, parent: null };
    listener?.({ senderFrame: mainFrame, sender: { mainFrame } } as unknown as IpcMainEvent, ...args);
  };
  return { answer, send };
}

describe('answers to a save request', () => {
  it('passes our page’s answer on', () => {
    const { answer, send } = setUp();
    send(appEntry, 3, true);
    expect(answer).toHaveBeenCalledWith(3, true);
  });

  it.each([
    ['a foreign page', 'https://evil.example/', [3, true]],
    ['a saved flag that is not a boolean', appEntry, [3, 'yes']],
    ['a missing request number', appEntry, [true]],
    ['extra arguments', appEntry, [3, true, 'more']],
  ])('drops %s', (_what, url, args) => {
    const { answer, send } = setUp();
    send(url, ...args);
    expect(answer).not.toHaveBeenCalled();
  });
});
