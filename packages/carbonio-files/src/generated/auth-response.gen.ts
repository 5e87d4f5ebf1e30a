// Generated code, do not edit: change the spec and run `pnpm generate carbonio-files`.
// Tool: quicktype-core 26.0.0
// Spec: specs/carbonio-files/auth/response-full.json sha256:66bd6d08c621709f5bc0e8559c1fb8323a08ad1b34a061c889f1bf599909bc2a
// Spec: specs/carbonio-files/auth/response-minimal.json sha256:e68079aaf1552900879536c5283e1c560450986fb9ea740d1affde82590fe705

export interface AuthResponseEnvelope {
  Header: Header;
  Body: Body;
  _jsns: string;
}

export interface Body {
  AuthResponse: AuthResponse;
}

export interface AuthResponse {
  authToken: CSRFToken[];
  lifetime: number;
  trustLifetime?: number;
  session?: Session;
  refer?: string;
  csrfToken?: CSRFToken;
  prefs?: Prefs;
  attrs?: Attrs;
  skin?: CSRFToken[];
  _jsns: string;
}

export interface Attrs {
  _attrs: AttrsAttrs;
}

export interface AttrsAttrs {
  displayName: string;
}

export interface CSRFToken {
  _content: string;
}

export interface Prefs {
  _attrs: PrefsAttrs;
}

export interface PrefsAttrs {
  zimbraPrefMailPollingInterval: string;
}

export interface Session {
  id: string;
  type: string;
  _content: string;
}

export interface Header {
  context: Context;
}

export interface Context {
  change?: Change;
  _jsns: string;
}

export interface Change {
  token: number;
}
