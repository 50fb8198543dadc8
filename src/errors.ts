/**
 * An error the user can act on: `message` says what is wrong, `fix` says how to fix it.
 * main.ts turns it into one `::error` annotation (title + message + fix) and a failed step.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly fix?: string,
    readonly title?: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Message and fix as one text, the message ending in a full stop (or its own punctuation) before the fix. */
export function joinMessage(message: string, fix?: string): string {
  const m = message.trim();
  if (!fix?.trim()) return m;
  return `${/[.!?:;]$/.test(m) ? m : `${m}.`} ${fix.trim()}`;
}
