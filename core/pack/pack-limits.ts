/**
 * Every limit a pack from outside is held to, in one place. A pack is a few templates and
 * lists — tens or hundreds of KB — so these leave generous room while keeping a hostile
 * archive from costing more than a moment and a few MB (research/reliability.md §3).
 */
export const packLimits = {
  /** The .gwpack file itself. */
  fileBytes: 20 * 1024 * 1024,
  /** Entries in the central directory, counted before any is read. */
  entries: 500,
  /** Bytes actually inflated from one entry, counted while streaming. */
  entryBytes: 5 * 1024 * 1024,
  /** Bytes actually inflated from all entries together. */
  totalBytes: 50 * 1024 * 1024,
  /** Inflated/compressed above this is a bomb, once an entry has inflated more than `ratioFloorBytes`. */
  compressionRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  /** An entry name, in characters. */
  nameLength: 200,
} as const;
