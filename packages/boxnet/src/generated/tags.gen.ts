// Generated code, do not edit: change the spec and run `pnpm generate boxnet`.
// Tool: quicktype-core 26.0.0
// Spec: specs/boxnet/samples/tags-seed.json sha256:98991d2d66bc9dc9f509f5ca54c2b2aa62bc873e8ae7228c7ed257ebbc60f7f6

export interface BoxnetTag {
  id: number;
  name: string;
}
