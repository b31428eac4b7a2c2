// A pg pool for Prisma Migrate on PostgreSQL. Migrate's catalog queries return columns of type `name`
// (oid 19), which @prisma/adapter-pg 6.x rejects as an unsupported column type (prisma/prisma#27403).
// `name` is text to every client, so this pool reports those columns as `text` (oid 25). The app's own
// client never reads catalog columns and uses the plain adapter.
import pg from "pg";

const NAME_OID = 19;
const TEXT_OID = 25;

function nameAsText<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as { fields?: { dataTypeID: number }[] } | undefined)?.fields ?? []) {
      if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class NameAsTextClient extends pg.Client {
  // pg's query() has many overloads (callback, promise, submittable); wrap only what returns results.
  query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => last(error, error ? result : nameAsText(result));
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return (out instanceof Promise ? out.then(nameAsText) : out) as never;
  }
}

export function migratePool(connectionString: string) {
  return new pg.Pool({ connectionString, Client: NameAsTextClient, max: 2 });
}
