import fs from "node:fs";
import net from "node:net";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database-url";

const DEV_SESSION_SECRET = "development-only-session-secret-not-for-production";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
    SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
    PUBLIC_BASE_URL: z
      .string()
      .url("PUBLIC_BASE_URL must be an absolute URL such as https://news.example.kr")
      .default("http://localhost:3000")
      .transform((url) => url.replace(/\/+$/, "")),
    // Stripe (test mode). Without a key, checkout uses the built-in test payment page (never in production).
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_\w+$/, "STRIPE_SECRET_KEY must look like sk_test_…")
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_\w+$/, "STRIPE_WEBHOOK_SECRET must look like whsec_…")
      .optional(),
    // Where the Stripe SDK sends API calls; only tests point it elsewhere (a local stand-in).
    STRIPE_API_BASE: z.string().url().optional(),
    // Customer emails. Without SMTP_URL they are kept in the outbox table, readable at /admin/notifications.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must look like smtp://user:pass@host:587 or smtps://…")
      .optional(),
    MAIL_FROM: z.string().min(3).default("광주광역자활센터 <no-reply@gjjahwal.example>"),
    // Kakao JavaScript key (developers.kakao.com): with it articles offer 카카오톡 공유; without, the button is hidden.
    KAKAO_JS_KEY: z
      .string()
      .regex(/^\w{16,64}$/, "KAKAO_JS_KEY must be the app's JavaScript key")
      .optional(),
    // Where uploaded images (and their resized copies) are kept (app/media/storage.server.ts): "local" is
    // the folder UPLOADS_DIR; "s3" an S3-compatible bucket shared by every app instance (S3_* below).
    STORAGE: z
      .enum(["local", "s3"], {
        errorMap: () => ({ message: 'STORAGE must be "local" or "s3" / STORAGE는 "local" 또는 "s3"이어야 합니다' }),
      })
      .default("local"),
    UPLOADS_DIR: z.string().min(1).default("./data/uploads"),
    S3_BUCKET: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        "S3_BUCKET must be a bucket name (3–63 lowercase letters, digits, dots, hyphens) / S3_BUCKET은 버킷 이름(소문자·숫자·점·하이픈 3–63자)이어야 합니다",
      )
      .optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ENDPOINT: z
      .string()
      .url(
        "S3_ENDPOINT must be an absolute URL such as https://s3.example.com / S3_ENDPOINT는 https://s3.example.com 같은 전체 주소여야 합니다",
      )
      .optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false", "1", "0"], {
        errorMap: () => ({
          message: "S3_FORCE_PATH_STYLE must be true or false / S3_FORCE_PATH_STYLE은 true 또는 false여야 합니다",
        }),
      })
      .default("false")
      .transform((value) => value === "true" || value === "1"),
    // Express `trust proxy`, checked here so a bad value is a configuration error rather than a crash.
    TRUST_PROXY: z.string().optional().transform(parseTrustProxy),
    // HTTP server limits (server.js): slow clients can't hold connections, big bodies are refused unread.
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
    MAX_FORM_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
    // How long a page may take from the request's arrival until its HTML is ready (entry.server.tsx): past it,
    // the server is overloaded and answers 503 "잠시 후 다시 시도해 주세요" with Retry-After instead.
    RENDER_TIMEOUT_MS: z.coerce.number().int().min(1).default(6_000),
    // How long a write waits (asynchronously) for another process's lock before "잠시 후 다시 시도해 주세요".
    DB_LOCK_WAIT_MS: z.coerce.number().int().min(0).default(2_000),
    // PostgreSQL: connections of the pool that holds the shared rate-limit counters (rate-limit-store.server.ts).
    RATE_LIMIT_POOL_SIZE: z.coerce.number().int().min(1).max(20).default(2),
    MAX_UPLOAD_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(12 * 1024 * 1024),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && !value.SESSION_SECRET) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["SESSION_SECRET"],
        message: "SESSION_SECRET is required when NODE_ENV=production (e.g. `openssl rand -hex 32`)",
      });
    }
    if (value.STRIPE_SECRET_KEY && !value.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["STRIPE_WEBHOOK_SECRET"],
        message: "STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY (`stripe listen` prints one)",
      });
    }
    checkS3(value, ctx);
  })
  .transform((value) => ({ ...value, SESSION_SECRET: value.SESSION_SECRET ?? DEV_SESSION_SECRET }));

export type Env = z.infer<typeof envSchema>;

/** With STORAGE=s3 a bucket is required, and access keys come in pairs (or not at all: the SDK's own chain). */
function checkS3(
  value: { STORAGE: string; S3_BUCKET?: string; S3_ACCESS_KEY_ID?: string; S3_SECRET_ACCESS_KEY?: string },
  ctx: z.RefinementCtx,
) {
  if (value.STORAGE !== "s3") return;
  if (!value.S3_BUCKET) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["S3_BUCKET"],
      message: "S3_BUCKET is required when STORAGE=s3 / STORAGE=s3이면 S3_BUCKET(버킷 이름)을 정해야 합니다",
    });
  }
  if (Boolean(value.S3_ACCESS_KEY_ID) !== Boolean(value.S3_SECRET_ACCESS_KEY)) {
    const missing = value.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID";
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: [missing],
      message:
        `${missing} is required with the other S3 key (set both or neither) / ` +
        `S3 접근 키는 S3_ACCESS_KEY_ID와 S3_SECRET_ACCESS_KEY를 함께 정해야 합니다 (둘 다 비우면 SDK 기본 자격 증명)`,
    });
  }
}

const TRUST_PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrRange(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = net.isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** A hop count, or named ranges and addresses as Express takes them; "true" (trust anyone) is refused. */
function parseTrustProxy(value: string | undefined, ctx: z.RefinementCtx): number | string[] | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const entries = value.split(",").map((entry) => entry.trim());
  const bad = entries.filter((entry) => !TRUST_PROXY_NAMES.has(entry) && !isAddressOrRange(entry));
  if (bad.length) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message:
        `TRUST_PROXY has ${bad.map((entry) => JSON.stringify(entry)).join(", ")}: use the number of proxies in front ` +
        `(e.g. 1), "loopback", "uniquelocal" or the proxies' addresses (e.g. 10.0.0.0/8). "true" is not accepted: ` +
        `it would let any client choose its own address and so its own rate limits.`,
    });
    return z.NEVER;
  }
  return entries;
}

export class EnvError extends Error {
  name = "EnvError";
}

/** Validates configuration; throws one readable error listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Treat empty strings (as copied from .env.example) as unset.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

function loadDotEnv() {
  if (process.env.NODE_ENV === "test" || process.env.VITEST) return;
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
}

loadDotEnv();

/** Validated once, when the server starts. */
export const env: Env = parseEnv(process.env);
