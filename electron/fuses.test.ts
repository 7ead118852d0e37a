import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuses } from '../forge.config.ts';

describe('packaged fuses', () => {
  it('turn off Node entry points and turn on asar integrity', () => {
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  it('leave the inspector off outside test builds', () => {
    expect(process.env.GONGWEN_TEST_BUILD).toBeUndefined();
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  });
});
