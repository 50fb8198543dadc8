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
