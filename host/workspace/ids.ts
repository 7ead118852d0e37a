/** Ids for drafts, versions and records: random UUIDs, so a draft carried in a .gwdoc never collides with local ones. */
import { randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();
