// Generated code, do not edit: change the spec and run `pnpm generate filecloud`.
// Tool: fileclients codegen/openapi 1
// Spec: specs/filecloud/openapi.yaml sha256:88844e7647a2782003a0ddb30ef5c1ff0b83ec973642ad033a1ca1622a7a2dc8

/** XML element paths (root included, dot-separated) whose schema is an array: the parser must always
 * produce a list there, even for one element, so parsed values match the generated types. */
export const xmlArrayPaths: readonly string[] = [
  'commands.command',
  'entries.entry',
  'shares.share',
  'users.user',
  'versions.version',
];
