// Probe (not a suite): the CPU of Pro 7's call pipeline itself, stage by stage, over a fetch that answers a recorded
// Files listing at once (no socket, no sandbox in the loop), so that a change of a few µs per call shows through
// the noise of a shared machine. Stages: raw (the canned Response read with text() and JSON.parse), core's
// HttpClient, core's caller (readText, decode), the Pro 7 client. Prints µs of CPU per call and each stage's extra.
//   tsx --conditions=@fileclients/source bench/probe-pipeline.ts
import { createPro7Client } from '../packages/afterlogic-pro7/src/index.js';
import { createCaller, createHttpClient, Session } from '../packages/core/src/index.js';
import { startAfterlogicPro7Sandbox } from '../packages/sandbox/src/index.js';
import { median } from './stats.js';

const FILES = 20;
const seedFiles: Record<string, string> = {};
for (let i = 0; i < FILES; i++) seedFiles[`/docs/file-${i}.txt`] = `content ${i}`;
const sandbox = await startAfterlogicPro7Sandbox({ seedFiles });
const live = createPro7Client({ baseUrl: sandbox.url });
const { authToken } = await live.login({ email: sandbox.credentials.username, password: sandbox.credentials.password });
const url = `${sandbox.url}/?/Ajax/Files`;
const body = new URLSearchParams({ Type: 'personal', Path: '/docs', AuthToken: authToken, Action: 'Files' }).toString();
const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
const recorded = await fetch(url, { method: 'POST', headers, body });
const canned = await recorded.text();
const cannedHeaders = [...recorded.headers];
await sandbox.stop();

const answer = async (_input?: unknown, _init?: unknown) =>
  new Response(canned, { status: 200, headers: cannedHeaders });
const check = (text: string) => {
  const json = JSON.parse(text) as { Result?: { Items?: unknown[] } };
  if (json.Result?.Items?.length !== FILES) throw new Error('wrong listing');
  return json;
};
const context = { provider: 'afterlogic-pro7', operation: 'Files', idempotent: true } as const;
const http = createHttpClient({ provider: 'afterlogic-pro7', fetch: answer });
const session = new Session({ cookies: false, login: () => undefined });
session.markLoggedIn();
const caller = createCaller({
  protocol: { provider: 'afterlogic-pro7', redirect: 'error', isExpired: () => false },
  session,
  fetch: answer,
});
const client = createPro7Client({ baseUrl: sandbox.url, fetch: answer, authToken });
const stages: Record<string, () => Promise<unknown>> = {
  raw: async () => check(await (await answer(url, { method: 'POST', headers, body })).text()),
  http: async () =>
    check(await (await http.request(context, url, { method: 'POST', headers, body, redirect: 'error' })).text()),
  caller: () =>
    caller.call({ name: 'Files', safe: true, url, headers, body: () => body, decode: (a) => check(a.text) }),
  client: async () => {
    if ((await client.list('/docs')).items.length !== FILES) throw new Error('wrong listing');
  },
};

const CALLS = 1000;
const names = Object.keys(stages);
const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
for (let round = 0; round < 30; round++) {
  for (const name of round % 2 ? [...names].reverse() : names) {
    const stage = stages[name];
    if (stage === undefined) continue;
    const start = process.cpuUsage();
    for (let i = 0; i < CALLS; i++) await stage();
    const used = process.cpuUsage(start);
    if (round >= 4) cpu[name]?.push((used.user + used.system) / CALLS);
  }
}
const base = median(cpu.raw ?? []);
console.log(
  names.map((n) => `${n} ${median(cpu[n] ?? []).toFixed(1)} (+${(median(cpu[n] ?? []) - base).toFixed(1)})`).join('  '),
);
