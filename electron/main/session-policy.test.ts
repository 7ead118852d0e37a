import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../core/app/content-security-policy.ts';
import { lockDownSession, withContentSecurityPolicy, type PolicySession } from './session-policy.ts';

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
type DeviceHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>;
type HeadersHandler = Parameters<Session['webRequest']['onHeadersReceived']>[0];
type Permission = Parameters<RequestHandler>[1];

/** Every permission Electron 45 names; typed against its declarations, so a misspelling fails the type check. */
const permissions: Permission[] = [
  'ar', 'automatic-fullscreen', 'background-fetch', 'background-sync', 'captured-surface-control', 'clipboard-read',
  'clipboard-sanitized-write', 'deprecated-sync-clipboard-read', 'display-capture', 'fileSystem', 'fullscreen',
  'geolocation', 'geolocation-approximate', 'hand-tracking', 'hid', 'idle-detection', 'keyboardLock', 'local-fonts',
  'local-network', 'local-network-access', 'loopback-network', 'media', 'mediaKeySystem', 'midi', 'midiSysex', 'nfc',
  'notifications', 'openExternal', 'payment-handler', 'periodic-background-sync', 'persistent-storage', 'pointerLock',
  'screen-wake-lock', 'sensors', 'serial', 'smart-card', 'speaker-selection', 'storage-access', 'system-wake-lock',
  'top-level-storage-access', 'usb', 'vr', 'web-app-installation', 'web-printing', 'window-management', 'unknown',
];

function lockedDown() {
  const installed: { request?: RequestHandler; check?: CheckHandler; device?: DeviceHandler; headers?: HeadersHandler } = {};
  const session: PolicySession = {
    setPermissionRequestHandler: (handler) => void (installed.request = handler ?? undefined),
    setPermissionCheckHandler: (handler) => void (installed.check = handler ?? undefined),
    setDevicePermissionHandler: (handler) => void (installed.device = handler ?? undefined),
    webRequest: { onHeadersReceived: ((handler: HeadersHandler) => void (installed.headers = handler)) as PolicySession['webRequest']['onHeadersReceived'] },
  };
  lockDownSession(session);
  return installed;
}

describe('lockDownSession', () => {
  it.each(permissions)('refuses a request for %s', (permission) => {
    const { request } = lockedDown();
    const answers: boolean[] = [];
    request!({} as never, permission, (granted) => answers.push(granted), { requestingUrl: 'file:///app/index.html', isMainFrame: true } as never);
    expect(answers).toEqual([false]);
  });

  it.each(permissions)('answers a check for %s with no, from our own page as from any other', (permission) => {
    const { check } = lockedDown();
    for (const origin of ['file://', 'http://127.0.0.1:5173', 'https://evil.example']) {
      expect(check!(null, permission, origin, { requestingUrl: `${origin}/`, isMainFrame: true } as never)).toBe(false);
    }
  });

  it('refuses every USB, HID and serial device', () => {
    const { device } = lockedDown();
    for (const deviceType of ['usb', 'hid', 'serial'] as const) {
      expect(device!({ deviceType, origin: 'file://', device: {} } as never)).toBe(false);
    }
  });

  it('puts the renderer CSP on every response, replacing one the response brought', () => {
    const { headers } = lockedDown();
    let answered: unknown;
    headers!({ responseHeaders: { 'content-security-policy': ["script-src 'unsafe-inline'"], 'Content-Type': ['text/html'] } } as never, (response) => (answered = response));
    expect(answered).toEqual({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] } });
  });

  it('adds the CSP when a response has no headers at all (file: pages)', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
  });
});
