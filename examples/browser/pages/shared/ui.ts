/**
 * The page every browser example shares: a folder listing, a drop zone and a progress bar, over any FileStore.
 * Copy it with one of the pages beside it; the clients only need a FileStore and `onProgress({ bytes, total })`.
 */
import { type FileStore, isFileClientError } from '@fileclients/core';

export interface PageConnection {
  readonly store: FileStore;
  /** The folder the page lists and uploads into. */
  readonly folder: string;
}

/** What config.json holds: the variables the sandbox (or your real server) gives, as the Node examples read them. */
export type PageConfig = Readonly<Record<string, string>>;

const $ = <T extends HTMLElement>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (element === null) throw new Error(`the page has no ${selector}`);
  return element;
};

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function say(text: string, kind: 'info' | 'ok' | 'error' = 'info'): void {
  const status = $('#status');
  status.textContent = text;
  status.dataset.kind = kind;
}

/** An error as a user should read it: the client's own message names the provider, the operation and the cause. */
function explain(error: unknown): string {
  if (isFileClientError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}

async function showListing(connection: PageConnection): Promise<void> {
  const list = $('#listing');
  list.replaceChildren();
  const entries = [];
  for await (const entry of connection.store.list(connection.folder)) entries.push(entry);
  entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1));
  for (const entry of entries) {
    const row = document.createElement('li');
    row.textContent = entry.kind === 'folder' ? `${entry.name}/` : entry.name;
    if (entry.kind === 'file' && entry.size !== undefined) {
      const size = document.createElement('span');
      size.className = 'size';
      size.textContent = formatBytes(entry.size);
      row.append(size);
    }
    list.append(row);
  }
  $('#folder').textContent = `${connection.folder} (${entries.length} ${entries.length === 1 ? 'item' : 'items'})`;
}

async function upload(connection: PageConnection, file: File): Promise<void> {
  const bar = $<HTMLProgressElement>('#progress');
  bar.max = file.size || 1;
  bar.value = 0;
  const path = `${connection.folder === '/' ? '' : connection.folder}/${file.name}`;
  const started = performance.now();
  say(`uploading ${file.name} (${formatBytes(file.size)})…`);
  await connection.store.upload(
    path,
    {
      source: file,
      size: file.size,
      contentType: file.type || 'application/octet-stream',
      onProgress: ({ bytes }) => {
        bar.value = bytes;
        $('#bytes').textContent = `${formatBytes(bytes)} / ${formatBytes(file.size)}`;
      },
    },
    { overwrite: true },
  );
  const seconds = (performance.now() - started) / 1000;
  say(`uploaded ${file.name}: ${formatBytes(file.size)} in ${seconds.toFixed(1)} s`, 'ok');
  await showListing(connection);
}

/** Connects, lists the folder, and uploads every file dropped on the zone (or picked with the button). */
export async function startPage(connect: (config: PageConfig) => Promise<PageConnection>): Promise<void> {
  let connection: PageConnection;
  try {
    say('logging in…');
    const config = (await (await fetch('./config.json')).json()) as PageConfig;
    connection = await connect(config);
    await showListing(connection);
    say('ready: drop a file here', 'ok');
  } catch (error) {
    say(explain(error), 'error');
    return;
  }
  const zone = $('#drop');
  const send = (files: FileList | null | undefined): void => {
    const file = files?.[0];
    if (file === undefined) return;
    upload(connection, file).catch((error: unknown) => say(explain(error), 'error'));
  };
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    send(event.dataTransfer?.files);
  });
  const picker = $<HTMLInputElement>('#picker');
  picker.addEventListener('change', () => send(picker.files));
}
