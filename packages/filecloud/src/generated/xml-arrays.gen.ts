// Generated code, do not edit: change the spec and run `pnpm generate filecloud`.
// Tool: fileclients codegen/openapi 1
// Spec: specs/filecloud/openapi.yaml sha256:6dbbda72cf8d19e2ab2f7f4d621da133d47656ed7ae29a4282ffbaac4ca0b6d7

/** XML element paths (root included, dot-separated) whose schema is an array: the parser must always
 * produce a list there, even for one element, so parsed values match the generated types. */
export const xmlArrayPaths: readonly string[] = [
  'commands.command',
  'entries.entry',
  'shares.share',
  'users.user',
  'versions.version',
];
