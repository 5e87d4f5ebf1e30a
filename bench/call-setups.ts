import { createPro7Client } from '../packages/afterlogic-pro7/src/index.js';
import { buildEnvelope, createBoxnetClient } from '../packages/boxnet/src/index.js';
import {
  CarbonioGraphql,
  createCarbonioFilesClient,
  queryTextOf,
  toWireJson,
} from '../packages/carbonio-files/src/index.js';
import { createFileCloudClient } from '../packages/filecloud/src/index.js';
import {
  startAfterlogicPro7Sandbox,
  startBoxnetSandbox,
  startCarbonioFilesSandbox,
  startFileCloudSandbox,
} from '../packages/sandbox/src/index.js';

/**
 * One provider's bench call against its own sandbox: through the client, and as a raw fetch of the identical request
 * (same URL, headers, cookies and body bytes) that only checks the answer came. The raw side uses the global fetch,
 * i.e. undici's global Agent: keep-alive, no per-origin connection limit, and the same dispatcher the clients use by
 * default, so a ratio measures the client and not a difference of transport.
 */
export interface CallBench {
  readonly viaClient: () => Promise<void>;
  readonly viaRaw: () => Promise<void>;
  readonly stop: () => Promise<void>;
}

export async function carbonioFiles(): Promise<CallBench> {
  const sandbox = await startCarbonioFilesSandbox({ seedFiles: { 'bench.txt': 'bench' } });
  const client = createCarbonioFilesClient({
    baseUrl: sandbox.url,
    username: sandbox.credentials.username,
    password: sandbox.credentials.password,
    retry: false,
  });
  const { token } = await client.login();
  let nodeId = '';
  for await (const node of client.children('LOCAL_ROOT')) nodeId = node.id;
  const url = `${sandbox.url}/services/files/graphql`;
  const body = toWireJson({ query: queryTextOf(CarbonioGraphql.GetNodeDocument), variables: { node_id: nodeId } });
  const headers = { 'content-type': 'application/json', accept: 'application/json', cookie: `ZM_AUTH_TOKEN=${token}` };
  return {
    async viaClient() {
      const node = await client.getNode({ node_id: nodeId });
      if (node?.id !== nodeId) throw new Error('client returned the wrong node');
    },
    async viaRaw() {
      const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual' });
      const json = JSON.parse(await response.text()) as { data?: { getNode?: { id?: string } } };
      if (json.data?.getNode?.id !== nodeId) throw new Error('raw fetch returned the wrong node');
    },
    stop: () => sandbox.stop(),
  };
}

const PRO7_FILES = 20;

export async function afterlogicPro7(): Promise<CallBench> {
  const seedFiles: Record<string, string> = {};
  for (let i = 0; i < PRO7_FILES; i++) seedFiles[`/docs/file-${i}.txt`] = `content ${i}`;
  const sandbox = await startAfterlogicPro7Sandbox({ seedFiles });
  const client = createPro7Client({ baseUrl: sandbox.url });
  const { authToken } = await client.login({
    email: sandbox.credentials.username,
    password: sandbox.credentials.password,
  });
  // The client's exact request: its path, its header, its field order.
  const url = `${sandbox.url}/?/Ajax/Files`;
  const body = new URLSearchParams({
    Type: 'personal',
    Path: '/docs',
    AuthToken: authToken,
    Action: 'Files',
  }).toString();
  const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
  return {
    async viaClient() {
      const { items } = await client.list('/docs');
      if (items.length !== PRO7_FILES) throw new Error('client listed the wrong folder');
    },
    async viaRaw() {
      const response = await fetch(url, { method: 'POST', headers, body, redirect: 'error' });
      const json = JSON.parse(await response.text()) as { Result?: { Items?: unknown[] } };
      if (json.Result?.Items?.length !== PRO7_FILES) throw new Error('raw fetch listed the wrong folder');
    },
    stop: () => sandbox.stop(),
  };
}

const FILECLOUD_ENTRIES = 10;

export async function filecloud(): Promise<CallBench> {
  const sandbox = await startFileCloudSandbox();
  const client = createFileCloudClient({
    baseUrl: sandbox.url,
    username: sandbox.credentials.username,
    password: sandbox.credentials.password,
  });
  await client.createFolder('/alice', 'bench');
  for (let i = 0; i < FILECLOUD_ENTRIES; i++) await client.upload(`/alice/bench/file-${i}.txt`, `bench ${i}`);
  const url = `${sandbox.url}/core/getfilelist`;
  const body = new URLSearchParams({ path: '/alice/bench', start: '0', limit: String(FILECLOUD_ENTRIES) }).toString();
  const jar = client.connection.session.jar;
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-requested-with': 'XMLHttpRequest',
    'x-xsrf-token': jar.get('X-XSRF-TOKEN', url) ?? '',
    cookie: jar.headerFor(url) ?? '',
  };
  return {
    async viaClient() {
      const page = await client.list('/alice/bench', { start: 0, limit: FILECLOUD_ENTRIES });
      if (page.entries.length !== FILECLOUD_ENTRIES) throw new Error('client returned the wrong page');
    },
    async viaRaw() {
      const response = await fetch(url, { method: 'POST', headers, body });
      const text = await response.text();
      if (!text.includes('<result>1</result>')) throw new Error('raw fetch was refused');
    },
    stop: () => sandbox.stop(),
  };
}

export async function boxnet(): Promise<CallBench> {
  const sandbox = await startBoxnetSandbox();
  const client = createBoxnetClient({
    apiKey: sandbox.credentials.apiKey,
    baseUrl: sandbox.url,
    uploadUrl: sandbox.url,
  });
  await client.login(sandbox.credentials.login, sandbox.credentials.password);
  const file = await client.uploadFile({ folderId: 0 }, { name: 'bench.txt', body: { source: 'bench' } });
  const fileId = file.id ?? 0;
  const envelope = buildEnvelope('get_file_info', {
    api_key: sandbox.credentials.apiKey,
    auth_token: client.authToken ?? '',
    file_id: fileId,
  });
  const url = `${sandbox.url}/api/1.0/soap`;
  const headers = { 'content-type': 'text/xml; charset=utf-8', soapaction: '"urn:boxnet#Box_SoapApi#get_file_info"' };
  return {
    async viaClient() {
      const r = await client.call('get_file_info', { file_id: fileId });
      if (r.info.file_id !== fileId) throw new Error('client read the wrong file');
    },
    async viaRaw() {
      const text = await (await fetch(url, { method: 'POST', headers, body: envelope })).text();
      if (!text.includes('s_get_file_info')) throw new Error('raw fetch got no file info');
    },
    stop: () => sandbox.stop(),
  };
}

export const setups = {
  'carbonio-files': carbonioFiles,
  'afterlogic-pro7': afterlogicPro7,
  filecloud,
  boxnet,
} as const;
