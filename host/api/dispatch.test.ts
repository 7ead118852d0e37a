import { describe, expect, it, vi } from 'vitest';
import { apiNames, type ApiHandlers } from '../../core/api/contract.ts';
import { AppError } from '../../core/api/errors.ts';
import { defaultPreferences } from '../../core/api/preferences.ts';
import { sampleNotice } from '../../tests/support/sample-document.ts';
import { createDispatch } from './dispatch.ts';

const unsupported = async () => {
  throw new AppError('UNSUPPORTED', '');
};

function fakeHandlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  return {
    ...(Object.fromEntries(apiNames.map((name) => [name, unsupported])) as unknown as ApiHandlers),
    getAppInfo: async () => ({ version: '1', mode: 'web', canRevealFiles: false, canPrintToPdf: false, canPrint: false }),
    getPreferences: async () => defaultPreferences,
    setPreferences: async (p) => p,
    listDrafts: async () => [],
    createDraft: async () => {
      throw new AppError('UNSUPPORTED', '');
    },
    getDraft: async () => {
      throw new AppError('UNSUPPORTED', '');
    },
    saveDraft: async () => {
      throw new AppError('UNSUPPORTED', '');
    },
    listTemplates: async () => ({ templates: [], problems: [] }),
    newFromTemplate: async () => ({ document: sampleNotice(), issues: [] }),
    refreshFromLedger: async () => ({ dataset: 'd', mapping: [], changes: [] }),
    importDraft: async () => ({ document: sampleNotice(), messages: [] }),
    exportPdf: async () => ({ exportId: 'p', fileName: 'a.pdf', path: '/x/a.pdf', folder: '/x', bytes: 1 }),
    exportDocx: async () => ({ exportId: 'e', fileName: 'a.docx', path: '/x/a.docx', folder: '/x', bytes: 1 }),
    revealExport: async () => ({ shown: false }),
    searchDrafts: async () => ({ hits: [], more: false }),
    openGwdoc: async () => {
      throw new AppError('UNSUPPORTED', '');
    },
    saveGwdoc: async () => ({ exportId: 'g', fileName: 'a.gwdoc', path: '/x/a.gwdoc', folder: '/x', bytes: 1 }),
    ...overrides,
  };
}

describe('dispatch', () => {
  it('answers a valid call with its result', async () => {
    const dispatch = createDispatch(fakeHandlers());
    expect(await dispatch('getAppInfo', [])).toEqual({ ok: true, result: { version: '1', mode: 'web', canRevealFiles: false, canPrintToPdf: false, canPrint: false } });
  });

  it('refuses unknown calls, including inherited names', async () => {
    const dispatch = createDispatch(fakeHandlers());
    for (const name of ['deleteEverything', '__proto__', 'constructor']) {
      expect(await dispatch(name, [])).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    }
  });

  it('never runs a handler with arguments that fail the schema', async () => {
    const exportDocx = vi.fn();
    const dispatch = createDispatch(fakeHandlers({ exportDocx }));
    const response = await dispatch('exportDocx', [{ document: { ...sampleNotice(), title: 42 } }]);
    expect(response).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(response.ok ? '' : response.error.message).toContain('title：应为文本');
    expect(exportDocx).not.toHaveBeenCalled();
    expect(await dispatch('exportDocx', 'not an array')).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
  });

  it('passes AppError codes through and hides other failures behind INTERNAL', async () => {
    const log = vi.fn();
    const busy = createDispatch(
      fakeHandlers({
        revealExport: async () => {
          throw new AppError('FILE_BUSY', '文件被占用');
        },
      }),
      log,
    );
    expect(await busy('revealExport', [{ exportId: 'x' }])).toEqual({ ok: false, error: { code: 'FILE_BUSY', message: '文件被占用' } });
    const broken = createDispatch(
      fakeHandlers({
        revealExport: async () => {
          throw new Error('boom');
        },
      }),
      log,
    );
    expect(await broken('revealExport', [{ exportId: 'x' }])).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(log).toHaveBeenCalledTimes(1);
  });
});
