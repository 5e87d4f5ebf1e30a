// Generated code, do not edit: change the spec and run `pnpm generate boxnet`.
// Tool: quicktype-core 26.0.0
// Spec: specs/boxnet/samples/upload-seed.json sha256:c34558174f0d551c4727e88cde061f1702ff458f635a824ed290a2c78a6a67e3

export interface BoxnetUploadResponse {
  status: string;
  files: File[];
}

export interface File {
  file_name: string;
  id: number | null;
  folder_id: number | null;
  shared: boolean | null;
  public_name: null | string;
  error: null | string;
}
