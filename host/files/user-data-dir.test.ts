import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir } from './user-data-dir.ts';

describe('defaultUserDataDir', () => {
  it('matches where Electron keeps user data on each platform', () => {
    expect(defaultUserDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(path.join('C:\\Users\\a\\AppData\\Roaming', 'GongwenStudio'));
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe('/home/a/.config/GongwenStudio');
  });
});
