import { NotADocumentError } from './decode';

/** Why a document could not be read, in one line: the reader's own words, else the error's. */
export function describeFailure(e: unknown): string {
  if (e instanceof NotADocumentError) return e.message;
  if (e instanceof Error) return `${e.name}: ${e.message}`.split('\n')[0]!;
  return String(e);
}
