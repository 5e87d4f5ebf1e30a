// Generated code, do not edit: change the spec and run `pnpm generate boxnet`.
// Tool: quicktype-core 26.0.0
// Spec: specs/boxnet/samples/friends-seed.json sha256:6c257e2bb33b0e5cb2804b23215ad1a1640c6dea81f101144481d5e04c4f8806

export interface BoxnetFriend {
  name: string;
  email: string;
  accepted: boolean;
  avatar_url: string;
  boxes: Box[];
  subscriptions: Subscription[];
}

export interface Box {
  id: number;
  url: string;
  status: string;
}

export interface Subscription {
  box_id: number;
  user_name: string;
  url: string;
  status: string;
}
