/**
 * Run by document-numbers.test.ts in a separate process: opens its own connection to the
 * workspace, says "ready", waits for a line on stdin, then allocates 文号 for the drafts it
 * was given, pausing a moment between them as people do, so two such processes race for
 * the same sequence. Prints the serials it got as JSON.
 */
import { once } from 'node:events';
import { allocateDocumentNumber } from './document-numbers.ts';
import { openWorkspace } from './open-workspace.ts';

const [folder = '', idsJson = '[]', by = ''] = process.argv.slice(2);
const ws = openWorkspace(folder, { busyTimeoutMs: 30_000 });
process.stdout.write('ready\n');
await once(process.stdin, 'data');
const serials: number[] = [];
for (const draftId of JSON.parse(idsJson) as string[]) {
  serials.push(allocateDocumentNumber(ws, { draftId, prefix: '某纪发', year: 2024, by }).serial);
  await new Promise((resolve) => setTimeout(resolve, 2));
}
ws.close();
process.stdout.write(`${JSON.stringify(serials)}\n`);
process.stdin.destroy();
