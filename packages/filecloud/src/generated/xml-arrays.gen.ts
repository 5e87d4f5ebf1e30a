// Generated code, do not edit: change the spec and run `pnpm generate filecloud`.
// Tool: fileclients codegen/openapi 1
// Spec: specs/filecloud/openapi.yaml sha256:9b9ab6585ba1e7a9e8fee352c5972e9196e82d8e315aa985c3671c3c2590e11d

/** XML element paths (root included, dot-separated) whose schema is an array: the parser must always
 * produce a list there, even for one element, so parsed values match the generated types. */
export const xmlArrayPaths: readonly string[] = [
  'commands.command',
  'entries.entry',
  'shares.share',
  'users.user',
  'versions.version',
];
