// Generated code, do not edit: change the spec and run `pnpm generate filecloud`.
// Tool: fileclients codegen/openapi 1
// Spec: specs/filecloud/openapi.yaml sha256:fe3d9821cbea5458b79a2d32acda5f4a09e93e6ff6c388763e0da6ddb176b55b

/** XML element paths (root included, dot-separated) whose schema is an array: the parser must always
 * produce a list there, even for one element, so parsed values match the generated types. */
export const xmlArrayPaths: readonly string[] = [
  'commands.command',
  'entries.entry',
  'shares.share',
  'users.user',
  'versions.version',
];
