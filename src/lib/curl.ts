/**
 * The curl equivalent of a console request, for people who will script it.
 * It names the API and the token by environment variable, so the real token
 * never appears on screen or in the clipboard.
 */
export const defaultApiUrl = 'https://api.fugoku.com/v1';

/**
 * Where `npm run mock:server` serves the mock cloud over HTTP: the demo's
 * own mock lives inside the browser, where curl cannot reach it.
 */
export const mockServerUrl = 'http://127.0.0.1:4010/v1';

export type QueryValue =
  string | number | boolean | null | undefined | ReadonlyArray<string | number>;

export interface CurlRequest {
  method: string;
  /** Below the API base URL, starting with a slash: `/instances`. */
  path: string;
  body?: unknown;
  query?: Record<string, QueryValue>;
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

// A token's secret as the API hands it out (fgk_ and 32 letters or
// digits), and a private key's PEM block, to its end or the text's.
const tokenShape = /fgk_[A-Za-z0-9_]{20,}/g;
const privateKeyShape =
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g;

/**
 * A secret pasted into the wrong input (a private key for a public one, a
 * token for a name) is refused by the form, and is not printed here ready
 * to copy either: a screen can be shared, a clipboard read.
 */
function withoutSecrets(text: string) {
  return text
    .replace(privateKeyShape, '<private key removed>')
    .replace(tokenShape, '<API token removed>');
}

/**
 * Drops empty values from objects at every depth (arrays keep their items)
 * and takes secrets out of strings.
 */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (typeof value === 'string') return withoutSecrets(value);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined && item !== null && item !== '')
    .map(([key, item]) => [key, withoutEmpty(item)]);
  return Object.fromEntries(entries);
}

const percent = (char: string) =>
  `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/*
 * The URL sits inside double quotes, where a shell still expands $, ` and \
 * (and an interactive bash expands !). Percent-encoding those characters
 * keeps the URL's meaning and keeps the shell out of it.
 */
const encodeStrict = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, percent);

const shellSafePath = (path: string) => path.replace(/[\s"$`\\!']/g, percent);

function queryString(query: Record<string, QueryValue> = {}) {
  const pairs = Object.entries(query)
    .filter(([, value]) => !isEmpty(value))
    .map(([key, value]) => {
      // The API takes lists (status=running,stopped) comma-separated.
      const text = withoutSecrets(
        Array.isArray(value) ? value.join(',') : String(value),
      );
      return `${encodeStrict(key)}=${encodeStrict(text)}`;
    });
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** Nothing is special inside single quotes but the quote itself. */
const singleQuoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * A multi-line command using $FUGOKU_API_URL (the API base, by default
 * `defaultApiUrl`) and $FUGOKU_API_TOKEN. Empty values are left out of the
 * query and the body, as the console leaves them out of its own request.
 */
export function curlCommand({ method, path, body, query }: CurlRequest) {
  const verb = method.toUpperCase();
  const url = shellSafePath(path) + queryString(query);
  const lines = [
    `curl${verb === 'GET' ? '' : ` -X ${verb}`} "$FUGOKU_API_URL${url}"`,
    `  -H "Authorization: Bearer $FUGOKU_API_TOKEN"`,
  ];
  const payload = withoutEmpty(body);
  if (payload !== undefined && payload !== null) {
    lines.push(`  -H "Content-Type: application/json"`);
    lines.push(`  -d ${singleQuoted(JSON.stringify(payload, null, 2))}`);
  }
  return lines.join(' \\\n');
}
