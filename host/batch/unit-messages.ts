/** What a batch run and its worker threads say to each other. */
import type { PlannedGroup } from '../../core/batch/batch-plan.ts';
import type { ComposedUnit } from '../../core/batch/compose-unit.ts';

export interface UnitTask {
  id: number;
  group: PlannedGroup;
  documentNumber: string;
}

export type UnitReply = { id: number; ok: true; unit: ComposedUnit } | { id: number; ok: false; message: string };
