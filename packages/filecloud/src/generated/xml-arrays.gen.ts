// Generated code, do not edit: change the spec and run `pnpm generate filecloud`.
// Tool: fileclients codegen/openapi 1
// Spec: specs/filecloud/openapi.yaml sha256:fb57858c53bac0786f0844964edb2058d6de21d4ce13ad6e5fb859b35d36130a

/** XML element paths (root included, dot-separated) whose schema is an array: the parser must always
 * produce a list there, even for one element, so parsed values match the generated types. */
export const xmlArrayPaths: readonly string[] = [
  'commands.command',
  'entries.entry',
  'shares.share',
  'users.user',
  'versions.version',
];
