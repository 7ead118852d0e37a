/**
 * Typing the body has drawn but not yet handed to the draft (it is read a frame later) is taken
 * at once by a click or a key; a request that comes from no event — the desktop shell asking
 * for a save before the window closes — takes it here.
 */
const readers = new Set<() => void>();

export function onTakePendingTyping(read: () => void): () => void {
  readers.add(read);
  return () => void readers.delete(read);
}

export function takePendingTyping(): void {
  for (const read of readers) read();
}
