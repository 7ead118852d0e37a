import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuses } from '../forge.config.ts';

describe('packaged fuses', () => {
  it('are exactly the reviewed hardened set: Node entry points off, asar integrity and cookie encryption on', () => {
    expect(process.env.GONGWEN_TEST_BUILD).toBeUndefined();
    expect(fuses).toStrictEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });
});
