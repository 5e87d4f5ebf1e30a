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
        'fixed in the client (idleTimeoutMs, default 30 s: a stalled answer is a TimeoutError), but the conformance ' +
        'adapter does not pass OpenOptions.idleTimeoutMs to createFileCloudClient yet, so the default outlasts ' +
        'hangMs (packages/conformance/src/providers/filecloud.ts); remove this entry once it does',
    },
  ],
};

export function knownIssue(provider: string, problem: string): string | undefined {
  return KNOWN_RELIABILITY_ISSUES[provider]?.find((issue) => problem.startsWith(issue.match))?.reason;
}
