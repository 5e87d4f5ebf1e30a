// Generated code, do not edit: change the spec and run `pnpm generate carbonio-files`.
// Tool: quicktype-core 26.0.0
// Spec: specs/carbonio-files/auth/request-password.json sha256:a8fcdb150534410939692298903348baaf4acb55728f8a056c8357955864d19d
// Spec: specs/carbonio-files/auth/request-token.json sha256:94da951eb55e9764b869f2a2ec216eece456592505ffa834d9a77e3d58c8d25c

export interface AuthRequestEnvelope {
  Header: Header;
  Body: Body;
}

export interface Body {
  AuthRequest: AuthRequest;
}

export interface AuthRequest {
  _jsns: string;
  persistAuthTokenCookie?: string;
  account: Account;
  password?: Password;
  authToken?: AuthToken;
}

export interface Account {
  by: string;
  _content: string;
}

export interface AuthToken {
  verifyAccount: string;
  _content: string;
}

export interface Password {
  _content: string;
}

export interface Header {
  context: Context;
}

export interface Context {
  _jsns: string;
}
