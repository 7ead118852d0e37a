/**
 * The one message the desktop shell sends the page rather than the other way round: "save
 * now", before the window closes, the app quits or Windows ends the session. The page answers
 * with the request's number and whether everything typed is in the workspace.
 */
import { z } from '../validation/zod.ts';

export const flushRequestChannel = 'gongwen:flush-request';
export const flushAnswerChannel = 'gongwen:flush-answer';

export const FlushAnswerSchema = z.tuple([z.number().int().nonnegative(), z.boolean()]);

/** What the preload script gives the page besides `window.api`; absent in the browser build. */
export interface DesktopShell {
  /** `save` runs on each request; it resolves true when everything typed is saved. Returns the way to stop listening. */
  onFlushRequest(save: () => Promise<boolean>): () => void;
}
