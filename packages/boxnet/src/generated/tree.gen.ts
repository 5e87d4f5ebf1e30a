// Generated code, do not edit: change the spec and run `pnpm generate boxnet`.
// Tool: quicktype-core 26.0.0
// Spec: specs/boxnet/samples/tree-documented.json sha256:29d219aae3bed93c32035a5eac491d90625267fd46867eb3c8ce8d13602414eb
// Spec: specs/boxnet/samples/tree-seed.json sha256:f9f01fd58f4c9b2ff5d702c12b0792bef48599211de3f65101d3285086aa9eaf

export interface BoxnetTreeFolder {
  id: number;
  name: string;
  shared: boolean;
  shared_link: null | string;
  description: null | string;
  tags: number[];
  files: File[];
  folders: BoxnetTreeFolder[];
}

export interface File {
  id: number;
  file_name: string;
  keyword: null | string;
  shared: boolean;
  shared_link: null | string;
  size: number;
  created: number;
  updated: number;
  sha1: null | string;
  description: null | string;
  tags: number[];
}
