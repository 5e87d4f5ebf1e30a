/** What a spec change means for someone who calls the API through our generated client. */
export type Level = 'breaking' | 'dangerous' | 'safe';

/** The semver bump a set of changes implies (before the 0.x rule, see changeset.ts). */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** The spec languages we diff; one per codegen job kind that reads an upstream contract. */
export type SpecKind = 'graphql' | 'openapi' | 'wsdl';

/**
 * One classified change. `kind` is a kebab-case identifier (`field-removed`, `parameter-added`, …), stable across
 * runs; `path` names the spec file and the place inside it (`schema.graphql#Query.getNode`,
 * `openapi.yaml#/paths/~1core~1getfilelist/post`, `boxnet.wsdl#operation/get_file_info/input`).
 */
export interface SpecChange {
  readonly kind: string;
  readonly level: Level;
  readonly path: string;
  readonly message: string;
}

/** The `--json` shape of `pnpm specs:diff` (documented in docs/when-upstream-changes.md). */
export interface DiffReport {
  readonly provider: string;
  readonly changes: readonly SpecChange[];
  readonly summary: { readonly breaking: number; readonly dangerous: number; readonly safe: number };
  readonly bump: Bump;
}
