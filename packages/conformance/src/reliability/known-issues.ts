/**
 * Reliability findings that are bugs in a provider package, not in the harness (rclone's `ignore:` list, for
 * faults): each quotes the problem line it excuses and says why it happens. CI tolerates them; the CLI still prints
 * them. Remove an entry once its provider is fixed.
 */
export const KNOWN_RELIABILITY_ISSUES: Readonly<Record<string, readonly { match: string; reason: string }[]>> = {
  filecloud: [
    {
      match: 'stalled body during list: hang',
      reason:
        'the FileCloud client has no idle or overall timeout for API calls (ConnectionOptions has none), so an answer ' +
        'that stalls mid-body is awaited forever (packages/filecloud/src/connection.ts)',
    },
  ],
};

export function knownIssue(provider: string, problem: string): string | undefined {
  return KNOWN_RELIABILITY_ISSUES[provider]?.find((issue) => problem.startsWith(issue.match))?.reason;
}
