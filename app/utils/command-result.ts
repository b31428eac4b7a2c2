// The one result shape of a domain command: success with its data, or a refusal with a reason code
// (plus the figures its message needs). Domain code never writes Korean; the route turns the code
// into the message shown beside the form. Only bugs and missing records throw.

export type CommandResult<T, Reason extends string, Extra extends object = object> =
  { ok: true; data: T } | ({ ok: false; reason: Reason } & Extra);

/** A command's refusals, typed from its result. */
export type Refusal<R> = Extract<R, { ok: false }>;

/** A refusal found inside a transaction: thrown to roll it back, turned into the result by `refusable`. */
export class CommandRefused<Reason extends string> extends Error {
  name = "CommandRefused";
  constructor(readonly reason: Reason) {
    super(reason);
  }
}

/** Runs a command body that may throw CommandRefused; the refusal comes back as `{ ok: false, reason }`. */
export async function refusable<T, Reason extends string>(
  run: () => Promise<T>,
): Promise<T | { ok: false; reason: Reason }> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CommandRefused) return { ok: false, reason: error.reason as Reason };
    throw error;
  }
}
