import { ProtocolError } from '@fileclients/core';
import { parseXmlElements } from '@fileclients/core/xml';
import { base64Bytes, decodeInteger } from './decode.js';
import type { BoxnetFriend } from './generated/friends.gen.js';
import type { BoxnetTag } from './generated/tags.gen.js';
import type { BoxnetTreeFolder, File as TreeFile } from './generated/tree.gen.js';
import type { BoxnetUpdate } from './generated/updates.gen.js';
import type { BoxnetUploadResponse } from './generated/upload.gen.js';
import { child, parseXml, type XmlNode } from './xml.js';

export type { TreeFile as BoxnetTreeFile };

/** Default ceiling for a decompressed tree, tag list, friends or updates document. */
export const DEFAULT_MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

export interface PayloadOptions {
  /** Refuse an archive whose first entry inflates beyond this many bytes (zip-bomb guard). */
  readonly maxUnzippedBytes?: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function fail(operation: string, message: string, cause?: unknown): ProtocolError {
  return new ProtocolError(message, { provider: 'boxnet', operation, ...(cause === undefined ? {} : { cause }) });
}

/**
 * The payload (base64 text, or the bytes `call()` returns for a base64Binary part) -> (first entry of the archive,
 * when the bytes are a PKZIP archive) -> text. The zip test looks at the bytes, not at the nozip flag: the seed's own
 * sample is plain XML although nozip was not sent. An empty payload is an error that says so. Async because the
 * archive is inflated with the web-standard `DecompressionStream` (Node 20 and browsers alike); every failure is a
 * rejected `ProtocolError`.
 */
export async function unpackPayload(
  payload: string | Uint8Array,
  operation: string,
  options: PayloadOptions = {},
): Promise<string> {
  const bytes = typeof payload === 'string' ? base64Bytes({ operation }, payload, 'the payload') : payload;
  if (bytes.byteLength === 0) throw fail(operation, 'the payload is empty (an empty payload holds no document)');
  const zipped = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  const limit = options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES;
  const text = zipped ? await firstEntry(bytes, operation, limit) : bytes;
  return new TextDecoder('utf-8').decode(text);
}

/** The first entry of a PKZIP archive, as old clients read it (BoxSync took entry 0). */
async function firstEntry(bytes: Uint8Array, operation: string, limit: number): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 30) throw fail(operation, 'the archive is truncated');
  const flags = view.getUint16(6, true);
  const method = view.getUint16(8, true);
  const compressedSize = view.getUint32(18, true);
  const declaredSize = view.getUint32(22, true);
  const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
  // Bit 3: sizes follow the data (streamed archives); a deflate stream ends by itself, so read to the end.
  const sized = (flags & 0x08) === 0 && compressedSize > 0;
  const data = bytes.subarray(start, sized ? start + compressedSize : bytes.byteLength);
  if (method === 0) {
    if (!sized) throw fail(operation, 'the archive stores its first entry without a size');
    if (declaredSize > limit) throw fail(operation, `the archive inflates beyond the limit of ${limit} bytes`);
    return data;
  }
  if (method !== 8) throw fail(operation, `the archive uses compression method ${method}, not deflate`);
  return inflateLimited(data, operation, limit);
}

/**
 * Raw deflate -> bytes, refusing output beyond `limit` (the zip-bomb guard: an archive that lies about its size still
 * cannot inflate past the limit). The output is read chunk by chunk and the stream is cancelled as soon as the total
 * passes the limit, so no more than `limit` bytes are ever kept. The input is fed in pieces, not in one write: Node's
 * zlib inflates a whole write before it looks at backpressure, and one piece inflates to at most ~1032 times its size,
 * so a piece of limit/1032 bytes (1 KiB to 64 KiB) keeps even zlib's own buffer near the limit. Each piece is a
 * copy (`slice`), which also keeps a view of a SharedArrayBuffer out of the stream, as the standard requires.
 */
async function inflateLimited(data: Uint8Array, operation: string, limit: number): Promise<Uint8Array> {
  const beyond = () => fail(operation, `the archive inflates beyond the limit of ${limit} bytes`);
  const piece = Math.min(64 * 1024, Math.max(1024, Math.floor(limit / 1032)));
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch (cause) {
    throw fail(operation, 'this runtime cannot inflate the archive (no DecompressionStream for deflate-raw)', cause);
  }
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const fed = (async () => {
    for (let at = 0; at < data.byteLength; at += piece) await writer.write(data.slice(at, at + piece));
    await writer.close();
  })();
  // A damaged stream rejects both sides; the read below reports it, so the writer's rejection is not left unhandled.
  fed.catch(() => {});
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        throw beyond();
      }
      chunks.push(value);
    }
    await fed;
  } catch (cause) {
    if (cause instanceof ProtocolError) throw cause;
    throw fail(operation, 'the archive is damaged', cause);
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function attrInt(operation: string, node: XmlNode, name: string): number {
  return decodeInteger({ operation }, node.attrs[name] ?? '', `${node.name}@${name}`);
}
function optText(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}
function flag(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
function tagIds(operation: string, node: XmlNode): number[] {
  const tags = child(node, 'tags');
  return tags ? tags.children.filter((t) => t.name === 'tag').map((t) => attrInt(operation, t, 'id')) : [];
}

function treeFile(operation: string, node: XmlNode): TreeFile {
  const a = node.attrs;
  return {
    id: attrInt(operation, node, 'id'),
    file_name: a.file_name ?? '',
    keyword: a.keyword ?? null,
    shared: flag(a.shared),
    shared_link: optText(a.shared_link),
    size: a.size === undefined || a.size === '' ? 0 : attrInt(operation, node, 'size'),
    created: a.created === undefined || a.created === '' ? 0 : attrInt(operation, node, 'created'),
    updated: a.updated === undefined || a.updated === '' ? 0 : attrInt(operation, node, 'updated'),
    sha1: optText(a.sha1),
    description: a.description ?? null,
    tags: tagIds(operation, node),
  };
}

function treeFolder(operation: string, node: XmlNode): BoxnetTreeFolder {
  const files = child(node, 'files');
  const folders = child(node, 'folders');
  return {
    id: attrInt(operation, node, 'id'),
    name: node.attrs.name ?? '',
    shared: flag(node.attrs.shared),
    shared_link: optText(node.attrs.shared_link),
    description: node.attrs.description ?? null,
    tags: tagIds(operation, node),
    files: files ? files.children.filter((f) => f.name === 'file').map((f) => treeFile(operation, f)) : [],
    folders: folders ? folders.children.filter((f) => f.name === 'folder').map((f) => treeFolder(operation, f)) : [],
  };
}

/** get_account_tree's `tree`: the typed folder tree (timestamps are UNIX seconds, in PST per the docs). */
export async function decodeTree(
  payload: string | Uint8Array,
  options: PayloadOptions = {},
): Promise<BoxnetTreeFolder> {
  const operation = 'get_account_tree';
  const maxBytes = options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES;
  const root = parseXmlElements(await unpackPayload(payload, operation, options), {
    provider: 'boxnet',
    operation,
    maxBytes,
  });
  if (root.name !== 'folder') throw fail(operation, `the tree's root is <${root.name}>, not <folder>`);
  return treeFolder(operation, root);
}

/** export_tags' `tag_xml`. */
export async function decodeTags(payload: string | Uint8Array, options: PayloadOptions = {}): Promise<BoxnetTag[]> {
  const operation = 'export_tags';
  const root = parseXml(await unpackPayload(payload, operation, options), {
    operation,
    maxBytes: options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES,
  });
  return root.children
    .filter((t) => t.name === 'tag')
    .map((t) => ({ id: attrInt(operation, t, 'id'), name: t.text.trim() }));
}

function text(node: XmlNode, name: string): string {
  return child(node, name)?.text.trim() ?? '';
}
function int(operation: string, node: XmlNode, name: string): number {
  return decodeInteger({ operation }, text(node, name), `${node.name}.${name}`);
}
function list(node: XmlNode, container: string, item: string): XmlNode[] {
  return child(node, container)?.children.filter((c) => c.name === item) ?? [];
}

/** get_friends' `friends`. URLs in the document are wrapped across lines; whitespace inside them is dropped. */
export async function decodeFriends(
  payload: string | Uint8Array,
  options: PayloadOptions = {},
): Promise<BoxnetFriend[]> {
  const operation = 'get_friends';
  const root = parseXml(await unpackPayload(payload, operation, options), {
    operation,
    maxBytes: options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES,
  });
  return root.children
    .filter((f) => f.name === 'friend')
    .map((f) => ({
      name: text(f, 'name'),
      email: text(f, 'email'),
      accepted: flag(text(f, 'accepted')),
      avatar_url: text(f, 'avatar_url').replace(/\s+/g, ''),
      boxes: list(f, 'boxes', 'box').map((b) => ({
        id: int(operation, b, 'id'),
        url: text(b, 'url'),
        status: text(b, 'status'),
      })),
      subscriptions: list(f, 'subscriptions', 'subscription').map((s) => ({
        box_id: int(operation, s, 'box_id'),
        user_name: text(s, 'user_name'),
        url: text(s, 'url'),
        status: text(s, 'status'),
      })),
    }));
}

/** get_updates' `updates`. */
export async function decodeUpdates(
  payload: string | Uint8Array,
  options: PayloadOptions = {},
): Promise<BoxnetUpdate[]> {
  const operation = 'get_updates';
  const root = parseXml(await unpackPayload(payload, operation, options), {
    operation,
    maxBytes: options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES,
  });
  return root.children
    .filter((u) => u.name === 'update')
    .map((u) => ({
      name: text(u, 'name'),
      message: text(u, 'message'),
      updated: int(operation, u, 'updated'),
      user_name: text(u, 'user_name'),
      public_url: text(u, 'public_url'),
      files: list(u, 'files', 'file').map((f) => ({
        name: text(f, 'name'),
        size: text(f, 'size'),
        date: text(f, 'date'),
        thumbnail: text(f, 'thumbnail').replace(/\s+/g, ''),
      })),
    }));
}

/** The XML the upload endpoint answers: `<response><status/><files><file .../></files></response>`. */
export function decodeUploadResponse(xml: string): BoxnetUploadResponse {
  const operation = 'upload';
  const root = parseXml(xml, { operation });
  if (root.name !== 'response') throw fail(operation, `expected <response>, got <${root.name}>`);
  return {
    status: text(root, 'status'),
    files: list(root, 'files', 'file').map((f) => {
      const a = f.attrs;
      const failed = a.error !== undefined && a.error !== '';
      return {
        file_name: a.file_name ?? '',
        id: failed || a.id === undefined ? null : attrInt(operation, f, 'id'),
        folder_id: failed || a.folder_id === undefined ? null : attrInt(operation, f, 'folder_id'),
        shared: failed || a.shared === undefined ? null : flag(a.shared),
        public_name: failed ? null : (a.public_name ?? ''),
        error: failed ? (a.error ?? null) : null,
      };
    }),
  };
}
