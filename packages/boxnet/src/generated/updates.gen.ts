// Generated code, do not edit: change the spec and run `pnpm generate boxnet`.
// Tool: quicktype-core 26.0.0
// Spec: specs/boxnet/samples/updates-seed.json sha256:2b333e16b1b3847cf5bdf10e4471176588558e0f10fce363058edd6b11f4d89c

export interface BoxnetUpdate {
  name: string;
  message: string;
  updated: number;
  user_name: string;
  public_url: string;
  files: File[];
}

export interface File {
  name: string;
  size: string;
  date: string;
  thumbnail: string;
}
