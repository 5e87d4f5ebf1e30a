import { randomUUID } from 'node:crypto';
import { fullNameOf, mimeTypeFor } from './names.js';
import type { CarbonioTree, TreeNode } from './tree.js';
import { LOCAL_ROOT, MAX_VERSIONS, TRASH_ROOT } from './tree.js';

export interface RestReply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string | Uint8Array;
}

const text = (status: number, body: string): RestReply => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body,
});

/** Upload successes are written as HTTP/1.0-style JSON with Connection: close upstream. */
const json = (body: unknown): RestReply => ({
  status: 200,
  headers: { 'content-type': 'application/json', connection: 'close' },
  body: JSON.stringify(body),
});

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** `Filename` is Base64 of the UTF-8 name; invalid, empty or over 1024 characters gives 400. */
export function decodeFilename(header: string | undefined): string | undefined {
  if (!header || !STRICT_BASE64.test(header)) return undefined;
  const name = Buffer.from(header, 'base64').toString('utf8').trim();
  if (name === '' || name.length > 1024) return undefined;
  return name;
}

/** Java's URLEncoder: only `A-Za-z0-9.-*_` stay as they are, and a space becomes `+`. */
export function javaUrlEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

function writableFolder(tree: CarbonioTree, userId: string, id: string): TreeNode | undefined {
  const node = tree.get(userId, id);
  if (!node || node.kind === 'file' || node.id === TRASH_ROOT || !tree.canWrite(userId, node)) return undefined;
  if (tree.rootIdOf(node) !== LOCAL_ROOT) return undefined;
  return node;
}

export interface UploadRequest {
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Uint8Array;
}

function header(req: UploadRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function upload(tree: CarbonioTree, userId: string, req: UploadRequest): RestReply {
  const name = decodeFilename(header(req, 'filename'));
  if (!name) return text(400, 'Bad Request');
  const parent = writableFolder(tree, userId, header(req, 'parentid') ?? LOCAL_ROOT);
  if (!parent) return text(404, 'Not Found');
  // Description is read raw (no Base64) upstream, although rest.yaml says otherwise.
  const node = tree.createFile(userId, parent, name, header(req, 'description') ?? '', req.body);
  return json({ nodeId: node.id });
}

export function uploadVersion(tree: CarbonioTree, userId: string, req: UploadRequest): RestReply {
  const name = decodeFilename(header(req, 'filename'));
  const nodeId = header(req, 'nodeid');
  if (!name || !nodeId) return text(400, 'Bad Request');
  const node = tree.get(userId, nodeId);
  if (node?.kind !== 'file' || !tree.canWrite(userId, node)) return text(404, 'Not Found');
  const overwrite = header(req, 'overwriteversion')?.toLowerCase() === 'true';
  const latest = tree.latest(node);
  const at = tree.now();
  if (overwrite && latest) {
    latest.content = req.body;
    latest.updatedAt = at;
    latest.lastEditorId = userId;
  } else {
    if (node.versions.length >= MAX_VERSIONS) {
      const oldest = node.versions.findIndex((v) => !v.keepForever);
      if (oldest < 0) return text(405, `The node ${nodeId} has reached the maximum number of versions`);
      node.versions.splice(oldest, 1);
    }
    node.versions.push({
      version: (latest?.version ?? 0) + 1,
      content: req.body,
      mimeType: mimeTypeFor(node.extension),
      keepForever: false,
      clonedFromVersion: null,
      createdAt: at,
      updatedAt: at,
      lastEditorId: userId,
    });
  }
  node.updatedAt = at;
  node.lastEditorId = userId;
  const version = tree.latest(node)?.version ?? 1;
  return json(version === 1 ? { nodeId: node.id } : { nodeId: node.id, version });
}

const TARGET_MODULES = new Set(['MAILS', 'CALENDARS', 'CONTACTS', 'CHATS']);

export function uploadTo(tree: CarbonioTree, userId: string, body: Uint8Array): RestReply {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body).toString('utf8'));
  } catch {
    return text(400, 'Bad Request');
  }
  if (typeof parsed !== 'object' || parsed === null) return text(400, 'Bad Request');
  const { nodeId, targetModule, ...rest } = parsed as Record<string, unknown>;
  // CE's request bean knows only these two fields; anything else fails deserialisation.
  if (Object.keys(rest).length > 0) return text(500, 'Internal Server Error');
  if (typeof nodeId !== 'string' || typeof targetModule !== 'string' || !TARGET_MODULES.has(targetModule)) {
    return text(400, 'Bad Request');
  }
  const node = tree.get(userId, nodeId);
  if (node?.kind !== 'file' || !tree.canRead(userId, node)) return text(404, 'Not Found');
  return json({ attachmentId: randomUUID() });
}

export function fileBody(tree: CarbonioTree, node: TreeNode, version?: number): RestReply | undefined {
  const v = version === undefined ? tree.latest(node) : node.versions.find((x) => x.version === version);
  if (!v) return undefined;
  return {
    status: 200,
    headers: {
      'content-type': v.mimeType,
      'content-length': String(v.content.byteLength),
      'content-disposition': `attachment; filename*=UTF-8''${javaUrlEncode(fullNameOf(node))}`,
    },
    body: v.content,
  };
}

/** Route: `download/([a-f\d-]*)/?([\d]+)?/?$`, so ids must be lowercase UUIDs. */
export const DOWNLOAD_ROUTE = /^\/services\/files\/download\/([a-f\d-]*)\/?(\d+)?\/?$/;

export function download(tree: CarbonioTree, userId: string, nodeId: string, version?: number): RestReply {
  const node = tree.nodes.get(nodeId);
  if (node?.kind !== 'file' || !tree.canRead(userId, node)) return text(404, 'Not Found');
  return fileBody(tree, node, version) ?? text(404, 'Not Found');
}
