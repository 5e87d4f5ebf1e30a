// Generated code, do not edit: change the spec and run `pnpm generate carbonio-files`.
// Tool: quicktype-core 26.0.0
// Spec: specs/carbonio-files/auth/fault-auth-failed.json sha256:ba2c8ae56c52ea0971d768d26cc5eb21c7168864a266e98bb4b8ab4fe6595fba
// Spec: specs/carbonio-files/auth/fault-maintenance.json sha256:b55bd26e6b92573c4e997f9b9e19d6797050899613d270bcd7d9be760c3324e3
// Spec: specs/carbonio-files/auth/fault-no-detail.json sha256:eeae5361440c3741b7a73f73b4dc2ab613ee0412bd25549ee4ecd971049753d8

export interface SoapFaultEnvelope {
  Header?: Header;
  Body: Body;
  _jsns: string;
}

export interface Body {
  Fault: Fault;
}

export interface Fault {
  Code: Code;
  Reason: Reason;
  Detail?: Detail;
}

export interface Code {
  Value: string;
}

export interface Detail {
  Error: Error;
}

export interface Error {
  Code: string;
  Trace: string;
  _jsns: string;
}

export interface Reason {
  Text: string;
}

export interface Header {
  context: Context;
}

export interface Context {
  _jsns: string;
}
