import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { apiNames, channelFor, type ApiHandlers } from '../../core/api/contract.ts';
import type { Dispatch } from '../../host/api/dispatch.ts';
import { registerIpcApi, trustedSender } from './ipc-api.ts';

const appEntry = 'file:///opt/gongwen/resources/app.asar/.vite/renderer/main_window/index.html';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setUp() {
  const handlers = new Map<string, Handler>();
  const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, result: 'done' }));
  registerIpcApi({ handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never, dispatch, trustedSender(appEntry));
  return { handlers, dispatch };
}

function fakeEvent(options: { url?: string; subFrame?: boolean; noFrame?: boolean } = {}): IpcMainInvokeEvent {
  const mainFrame = { url: options.url ?? appEntry, parent: null };
  const senderFrame = options.noFrame ? null : options.subFrame ? { url: options.url ?? appEntry, parent: mainFrame } : mainFrame;
  return { senderFrame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
}

describe('registerIpcApi', () => {
  it('registers exactly one handler per contract call', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual(apiNames.map(channelFor).sort());
  });

  it('passes calls from our own top frame to the dispatcher', async () => {
    const { handlers, dispatch } = setUp();
    const response = await handlers.get(channelFor('getAppInfo'))!(fakeEvent());
    expect(response).toEqual({ ok: true, result: 'done' });
    expect(dispatch).toHaveBeenCalledWith('getAppInfo', []);
  });

  it.each([
    ['a foreign origin', { url: 'https://evil.example/index.html' }],
    ['another local file', { url: 'file:///home/user/Downloads/evil.html' }],
    ['a path escaping the renderer folder', { url: 'file:///opt/gongwen/resources/app.asar/.vite/renderer/main_window/../../../../evil.html' }],
    ['a sub-frame', { subFrame: true }],
    ['a destroyed frame', { noFrame: true }],
    ['a data URL', { url: 'data:text/html,<script>1</script>' }],
  ])('rejects calls from %s without running anything', async (_label, options) => {
    const { handlers, dispatch } = setUp();
    const response = await handlers.get(channelFor('exportDocx'))!(fakeEvent(options), { document: {} });
    expect(response).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('leaves argument checking to the dispatcher, which refuses bad arguments', async () => {
    const { createDispatch } = await import('../../host/api/dispatch.ts');
    const run = vi.fn();
    const handlers = new Map<string, Handler>();
    registerIpcApi(
      { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never,
      createDispatch(Object.fromEntries(apiNames.map((name) => [name, run])) as unknown as ApiHandlers),
      trustedSender(appEntry),
    );
    const response = await handlers.get(channelFor('revealExport'))!(fakeEvent(), { exportId: 7 });
    expect(response).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(run).not.toHaveBeenCalled();
  });
});
