/** The encodings a writer can pick for a text ledger when the automatic guess is wrong; `auto` lets the importer decide. */
export const encodingChoices = ['auto', 'UTF-8', 'GB18030', 'UTF-16LE', 'UTF-16BE', 'Big5'] as const;

export type EncodingChoice = (typeof encodingChoices)[number];
