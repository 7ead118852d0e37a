/**
 * The session rules of the one window: no web permission is ever granted (the app needs no
 * camera, location, notifications, USB/HID/serial devices or clipboard reads; copying uses the user's own
 * Ctrl+C when the clipboard API is refused), and every response carries the renderer's CSP,
 * replacing whatever policy a response brought with it.
 */
import type { Session } from 'electron';
import { contentSecurityPolicy } from '../../core/app/content-security-policy.ts';

/** The parts of Electron's `Session` these rules touch, so tests can hand in a fake. */
export type PolicySession = {
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
  setDevicePermissionHandler: Session['setDevicePermissionHandler'];
  webRequest: { onHeadersReceived: Session['webRequest']['onHeadersReceived'] };
};

type Headers = Record<string, string[] | string>;

export function withContentSecurityPolicy(headers: Headers | undefined): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept.map(([name, value]) => [name, Array.isArray(value) ? value : [value]])), 'Content-Security-Policy': [contentSecurityPolicy] };
}

export function lockDownSession(session: PolicySession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }));
}
