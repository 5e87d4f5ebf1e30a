/**
 * Reliability findings that are bugs in a provider package, not in the harness (rclone's `ignore:` list, for
 * faults): each quotes the problem line it excuses and says why it happens. CI tolerates them; the CLI still prints
 * them. Remove an entry once its provider is fixed.
 */
export const KNOWN_RELIABILITY_ISSUES: Readonly<Record<string, readonly { match: string; reason: string }[]>> = {};

export function knownIssue(provider: string, problem: string): string | undefined {
  return KNOWN_RELIABILITY_ISSUES[provider]?.find((issue) => problem.startsWith(issue.match))?.reason;
}
