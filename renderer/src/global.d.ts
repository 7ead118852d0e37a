import type { AppApi } from '../../core/api/contract.ts';

declare global {
  interface Window {
    api: AppApi;
  }
}
