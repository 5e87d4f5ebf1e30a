import { randomBytes } from 'node:crypto';

/** File names, MIME types and node types as Carbonio Files derives them, and the random ids of public links. */

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  html: 'text/html',
  json: 'application/json',
  pdf: 'application/pdf',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  webm: 'video/webm',
  eml: 'message/rfc822',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** Upstream derives the MIME type from the file name and ignores the request's Content-Type. */
export function mimeTypeFor(extension: string | null): string {
  return (extension && MIME_BY_EXTENSION[extension.toLowerCase()]) || 'application/octet-stream';
}

export function nodeTypeFor(node: { readonly kind: string }, mimeType: string): string {
  if (node.kind === 'root') return 'ROOT';
  if (node.kind === 'folder') return 'FOLDER';
  if (mimeType.includes('spreadsheet')) return 'SPREADSHEET';
  if (mimeType.includes('presentation')) return 'PRESENTATION';
  if (mimeType.startsWith('image/')) return 'IMAGE';
  if (mimeType.startsWith('video/')) return 'VIDEO';
  if (mimeType.startsWith('audio/')) return 'AUDIO';
  if (mimeType.startsWith('text/') || mimeType.includes('wordprocessing') || mimeType.endsWith('.text')) return 'TEXT';
  if (mimeType.startsWith('message/')) return 'MESSAGE';
  if (mimeType === 'application/octet-stream') return 'OTHER';
  if (mimeType.startsWith('application/')) return 'APPLICATION';
  return 'OTHER';
}

/** `report.final.txt` -> name `report.final`, extension `txt`; no dot (or a leading one only) -> no extension. */
export function splitFileName(fullName: string): { name: string; extension: string | null } {
  const dot = fullName.lastIndexOf('.');
  if (dot <= 0 || dot === fullName.length - 1) return { name: fullName, extension: null };
  return { name: fullName.slice(0, dot), extension: fullName.slice(dot + 1) };
}

export function fullNameOf(node: { readonly name: string; readonly extension: string | null }): string {
  return node.extension ? `${node.name}.${node.extension}` : node.name;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomAlphanumeric(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHANUMERIC[byte % ALPHANUMERIC.length];
  return out;
}
