/**
 * Worker-thread entry of a batch run: composes, lays out and packs the units it is sent, one
 * at a time, in the order sent, and makes them ready for the print file, so the thread that
 * serves the UI only writes files, joins compressed pieces and keeps the workspace. A thread outlives its run and serves the next one with that run's setup.
 * Each unit gets exactly one reply.
 */
import { parentPort } from 'node:worker_threads';
import { composeUnit, type UnitSetup } from '../../core/batch/compose-unit.ts';
import { zlibDeflater } from '../files/zlib-deflater.ts';
import type { UnitReply, UnitRequest } from './unit-messages.ts';

let setup: UnitSetup | null = null;

parentPort?.on('message', (request: UnitRequest) => {
  if (request.kind === 'setup') {
    setup = request.setup;
    return;
  }
  const { id, group, documentNumber, position } = request;
  let reply: UnitReply;
  try {
    if (!setup) throw new Error('工作线程尚未收到本批的模板和台账');
    reply = { id, ok: true, unit: composeUnit(setup, group, documentNumber, position, zlibDeflater) };
  } catch (error) {
    reply = { id, ok: false, message: `生成“${group.unit}”的通知书时出错：${error instanceof Error ? error.message : String(error)}` };
  }
  parentPort?.postMessage(reply);
});
