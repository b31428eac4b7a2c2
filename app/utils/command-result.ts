// The one result shape of a domain command: success with its data, or a refusal with a reason code
// (plus the figures its message needs). Domain code never writes Korean; the route turns the code
// into the message shown beside the form. Only bugs and missing records throw.

export type CommandResult<T, Reason extends string, Extra extends object = object> =
  { ok: true; data: T } | ({ ok: false; reason: Reason } & Extra);

/** A command's refusals, typed from its result. */
export type Refusal<R> = Extract<R, { ok: false }>;
