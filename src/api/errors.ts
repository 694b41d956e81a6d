/** Every failure the API layer can report, in one shape. */
export type FieldErrors = Record<string, string>;

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when no response arrived at all. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly requestId: string | null = null,
    /** When a 429 said the next request may go (epoch ms). */
    readonly retryAt: number | null = null,
  ) {
    super(message);
  }

  get isNetworkError() {
    return this.status === 0;
  }

  /** 422 and 400 details that name fields, as strings. */
  get fieldErrors(): FieldErrors {
    if (this.status !== 422 && this.status !== 400) return {};
    const entries = Object.entries(this.details).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    return Object.fromEntries(entries);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface ErrorEnvelope {
  error?: { code?: string; message?: string; details?: unknown };
  meta?: { request_id?: string };
}

const fallbackMessages: Record<number, string> = {
  400: 'The request was not understood.',
  401: 'Your session has ended. Sign in again.',
  403: 'This token is not allowed to do that.',
  404: 'That resource does not exist.',
  409: 'The resource is not in a state that allows this.',
  422: 'Some values are not valid.',
  429: 'Too many requests. The console will try again shortly.',
  503: 'The service is temporarily unavailable.',
};

/** Builds an ApiError from whatever body a failed response carried. */
export function errorFromResponse(
  response: Response,
  body: unknown,
  retryAt: number | null = null,
): ApiError {
  const envelope = (body ?? {}) as ErrorEnvelope;
  const status = response.status;
  const details = envelope.error?.details;
  return new ApiError(
    status,
    envelope.error?.code ?? `http_${status}`,
    envelope.error?.message ??
      fallbackMessages[status] ??
      `The API answered ${status}.`,
    details && typeof details === 'object'
      ? (details as Record<string, unknown>)
      : {},
    envelope.meta?.request_id ?? response.headers.get('X-Request-Id'),
    retryAt,
  );
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError(
    0,
    'network_error',
    'The API could not be reached. Check your connection.',
  );
  error.cause = cause;
  return error;
}
