/** What a batch run and its worker threads say to each other. */
import type { PlannedGroup } from '../../core/batch/batch-plan.ts';
import type { ComposedUnit, UnitSetup } from '../../core/batch/compose-unit.ts';

/** `setup` starts a run on the thread (null: the run is over, let its data go); `unit` asks for one unit of it. */
export type UnitRequest = { kind: 'setup'; setup: UnitSetup | null } | { kind: 'unit'; id: number; group: PlannedGroup; documentNumber: string; position: number };

export type UnitReply = { id: number; ok: true; unit: ComposedUnit } | { id: number; ok: false; message: string };
