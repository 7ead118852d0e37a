/**
 * Desktop packaging (Electron Forge 8; its CLI needs Node ≥ 22.13). Installers: Squirrel
 * and MSI (WiX) for IT-managed Windows PCs, zip, and deb for x64/arm64 Linux such as 麒麟/UOS.
 */
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** Test builds keep `--inspect` working because Playwright's `_electron.launch` passes it. */
const isTestBuild = process.env.GONGWEN_TEST_BUILD === '1';

export const fuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: isTestBuild,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
} as const;

const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    executableName: 'gongwen-studio',
    appBundleId: 'cn.gongwen.studio',
    extraResource: ['templates'],
  },
  rebuildConfig: {},
  makers: [
    { name: '@electron-forge/maker-squirrel', platforms: ['win32'], config: { name: 'gongwen_studio', setupExe: 'GongwenStudioSetup.exe' } },
    {
      name: '@electron-forge/maker-wix',
      platforms: ['win32'],
      config: { language: 2052, manufacturer: '公文工作台', name: '公文工作台', shortName: 'GongwenStudio', upgradeCode: 'B7A5E0C4-1F7D-4C29-9E51-0A3B6C1D2E9F' },
    },
    { name: '@electron-forge/maker-zip', platforms: ['win32', 'linux', 'darwin'], config: {} },
    { name: '@electron-forge/maker-deb', platforms: ['linux'], config: { options: { name: 'gongwen-studio', productName: '公文工作台', categories: ['Office'], section: 'editors' } } },
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/index.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload/index.ts', config: 'vite.preload.config.ts', target: 'preload' },
        { entry: 'host/data/data-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'host/batch/batch-worker.ts', config: 'vite.main.config.ts', target: 'main' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    new FusesPlugin(fuses),
  ],
};

export default config;
