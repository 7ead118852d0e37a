/** A pack refused: the message names the entry and what is wrong with it; nothing has been installed. */
import { AppError } from '../api/errors.ts';

export class PackError extends AppError {
  constructor(message: string) {
    super('BAD_DOCUMENT', message);
    this.name = 'PackError';
  }
}
