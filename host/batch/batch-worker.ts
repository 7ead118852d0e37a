/**
 * Worker-thread entry of a batch run: composes, lays out and packs the units it is sent, one
 * at a time, in the order sent, so the thread that serves the UI only writes files and keeps
 * the workspace. Each task gets exactly one reply.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { composeUnit, type UnitSetup } from '../../core/batch/compose-unit.ts';
import { zlibDeflater } from '../files/zlib-deflater.ts';
import type { UnitReply, UnitTask } from './unit-messages.ts';

const setup = workerData as UnitSetup;

parentPort?.on('message', ({ id, group, documentNumber }: UnitTask) => {
  let reply: UnitReply;
  try {
    reply = { id, ok: true, unit: composeUnit(setup, group, documentNumber, zlibDeflater) };
  } catch (error) {
    reply = { id, ok: false, message: `生成“${group.unit}”的通知书时出错：${error instanceof Error ? error.message : String(error)}` };
  }
  parentPort?.postMessage(reply);
});
