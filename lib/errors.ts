/**
 * A request the app refuses on purpose: bad input, a missing permission, a
 * rule that forbids it. The one class for refusals: whoever catches it (the
 * admin action wrapper, the API route wrapper, a script) shows its message
 * (and each field's problem) as it is, with `status` for HTTP answers.
 * Anything else that is thrown is a failure: logged, and answered generically.
 */
export class Refused extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Readonly<Record<string, string>> = {},
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429 = 400,
  ) {
    super(message);
    this.name = "Refused";
  }

  /** A refusal of named fields: "email already has an account; password is too easy to guess". */
  static fields(fieldErrors: Record<string, string>): Refused {
    return new Refused(Object.entries(fieldErrors).map(([field, message]) => `${field} ${message}`).join("; "), fieldErrors);
  }
}

/** Whether the database was out of reach (connection refused, dropped or timed out) rather than the request being wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const text = describeError(error);
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|terminating connection|server closed the connection|Can't reach database|DatabaseNotReachable|SocketTimeout|ConnectionClosed|57P01|57P03|08006|08003|08001/i.test(text);
}

type AdapterCause = { kind?: string; originalCode?: string; originalMessage?: string; message?: string };

/**
 * An error in one line for people (at most 300 characters). Prisma's messages
 * start with the invocation and source excerpt, so for them the driver's own
 * cause, or the message's last line, is what says what happened.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 300);
  const code = (error as { code?: unknown }).code;
  const adapter = (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } }).meta?.driverAdapterError?.cause;
  const lines = error.message.split("\n").map((line) => line.trim()).filter(Boolean);
  const what = adapter
    ? `${adapter.kind ?? ""} ${adapter.originalCode ?? ""} ${adapter.originalMessage ?? adapter.message ?? ""}`.replace(/\s+/g, " ").trim()
    : ((code && lines.length > 1 ? lines.at(-1) : lines[0]) ?? "");
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${error.name}${typeof code === "string" ? ` ${code}` : ""}: ${what}${cause}`.slice(0, 300);
}
