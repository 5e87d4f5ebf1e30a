import { num, str, strings } from './args.js';
import { type ResolverMap, userOut } from './context.js';
import { filesError } from './errors.js';
import type { SandboxAccount } from './tree.js';

/** Accounts: users and distribution lists, by id or email. */

export function accountTypeName(account: SandboxAccount): string {
  return account.kind === 'user' ? 'User' : 'DistributionList';
}

export function accountResolvers(): ResolverMap {
  return {
    Query: {
      getUserById: (_s, a, ctx) => {
        const id = str(a, 'user_id') ?? '';
        const user = userOut(ctx.tree, id);
        if (!user) throw filesError('ACCOUNT_NOT_FOUND', `Account ${id} does not exist`, { userId: id });
        return user;
      },
      getAccountByEmail: (_s, a, ctx) => {
        const email = str(a, 'email') ?? '';
        const account = ctx.tree.accountByEmail(email);
        if (!account) throw filesError('ACCOUNT_NOT_FOUND', `No account for ${email}`, { identifier: email });
        return account;
      },
      getAccountsByEmail: (_s, a, ctx) => strings(a, 'emails').map((e) => ctx.tree.accountByEmail(e) ?? null),
    },
    DistributionList: {
      users: (s, a, ctx) => {
        const dl = s as SandboxAccount;
        if (dl.kind !== 'dl') return [];
        const cursor = str(a, 'cursor');
        const start = cursor ? dl.memberIds.indexOf(cursor) + 1 : 0;
        return dl.memberIds.slice(start, start + (num(a, 'limit') ?? 0)).map((id) => userOut(ctx.tree, id));
      },
    },
    User: { full_name: (s) => (s as { fullName: string }).fullName },
  };
}
