import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** A URL without its query and credentials, for messages and source.json (a `?token=` must never be recorded). */
export function displayUrl(value: string): string {
  try {
    const url = new URL(value);
    url.username = '';
    url.password = '';
    const keep = url.search === '?wsdl' ? '?wsdl' : '';
    url.search = '';
    return `${url.toString()}${keep}`;
  } catch {
    return value;
  }
}

/** Reads a spec from a file or an http(s) URL. Errors name the provider, what was read, and why it failed. */
export async function readInput(provider: string, from: string, cwd: string): Promise<string> {
  if (!isUrl(from)) {
    try {
      return readFileSync(resolve(cwd, from), 'utf8');
    } catch (error) {
      throw new Error(
        `${provider} specs:pull: cannot read ${from}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  let response: Response;
  try {
    response = await fetch(from, { signal: AbortSignal.timeout(60_000), redirect: 'follow' });
  } catch (error) {
    throw new Error(
      `${provider} specs:pull: cannot fetch ${displayUrl(from)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!response.ok) throw new Error(`${provider} specs:pull: GET ${displayUrl(from)} answered HTTP ${response.status}`);
  return response.text();
}
