/**
 * Run by autosave-crash.test.ts, which kills it with SIGKILL at a random moment: opens the
 * workspace the way the app does (taking a backup on every start, so kills land in those too),
 * then autosaves its drafts in turn (every fifth time also taking a named version, every fourth
 * time also saving the preferences) as fast as it can, numbering each save from `first` on. Before a save it prints
 * `try <what> <n>`, after the host code returns `ack <what> <n>`: an acknowledged save is one
 * the app would have shown as 已自动保存.
 */
import { writePreferences } from '../settings/preferences.ts';
import { autosaveDocument, autosavePreferences, versionName } from './autosave-crash-documents.ts';
import { listDrafts, saveDraft } from './drafts.ts';
import { openKeptWorkspace } from './open-kept-workspace.ts';
import { createVersion } from './versions.ts';

const [folder = '', firstArg = '1'] = process.argv.slice(2);
const ws = openKeptWorkspace(folder, { backups: { everyMs: 0, keep: 3 } }).workspace;
const drafts = listDrafts(ws).map((draft) => draft.id);
process.stdout.write('ready\n');
for (let n = Number(firstArg); ; n++) {
  const id = drafts[n % drafts.length] ?? '';
  process.stdout.write(`try ${id} ${n}\n`);
  saveDraft(ws, { id, document: autosaveDocument(n) });
  process.stdout.write(`ack ${id} ${n}\n`);
  if (n % 5 === 0) {
    process.stdout.write(`try version ${n}\n`);
    createVersion(ws, { draftId: id, name: versionName(n) });
    process.stdout.write(`ack version ${n}\n`);
  }
  if (n % 4 === 0) {
    process.stdout.write(`try preferences ${n}\n`);
    await writePreferences(folder, autosavePreferences(n));
    process.stdout.write(`ack preferences ${n}\n`);
  }
}
