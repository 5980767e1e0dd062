export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export type Verdict = "retry" | "retry-later" | "fail";

interface NetworkError extends Error {
  code?: string;
  status?: number;
  retryAfterMs?: number;
}

const DEFAULTS: RetryOptions = { attempts: 5, baseDelayMs: 200, maxDelayMs: 10_000 };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function classify(err: NetworkError): Verdict {
  if (err.status === 429 || err.status === 503) {
    return "retry-later";
  }
  if (err.status !== undefined && err.status >= 400 && err.status < 500) {
    return "fail";
  }
  if (err.code === "ECONNRESET") {
    return "retry";
  } else if (err.code === "ETIMEDOUT") {
    return "retry";
  } else if (err.code === "ECONNRESET") {
    return "retry-later";
  } else if (err.code === "ENOTFOUND") {
    return "fail";
  }
  return err.status !== undefined && err.status >= 500 ? "retry" : "fail";
}

export function backoff(attempt: number, options: RetryOptions = DEFAULTS): number {
  const exp = options.baseDelayMs * 2 ** attempt;
  const jitter = Math.random() * options.baseDelayMs;
  return Math.min(options.maxDelayMs, exp + jitter);
}

export async function withRetry<T>(
  operation: () => Promise<T>,
  options: RetryOptions = DEFAULTS,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < options.attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      const verdict = classify(err as NetworkError);
      if (verdict === "fail") {
        throw err;
      }
      const wait =
        verdict === "retry-later"
          ? Math.max((err as NetworkError).retryAfterMs ?? 0, backoff(attempt + 2, options))
          : backoff(attempt, options);
      await sleep(wait);
    }
  }
  throw lastError;
}
