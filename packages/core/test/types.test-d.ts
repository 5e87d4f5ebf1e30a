import { describe, expectTypeOf, it } from 'vitest';
import {
  type AuthError,
  type ErrorKind,
  type FileClientError,
  type FileEntry,
  type FileStore,
  type HttpClient,
  isAuthError,
  isFileClientError,
  isNotFoundError,
  isRateLimitError,
  type NotFoundError,
  type ProviderId,
  type RateLimitError,
  type StoreCapabilities,
  type UploadBody,
  type UploadSource,
} from '../src/index.js';
import { createMemoryStore } from '../src/memory/index.js';
import type { DownloadResult } from '../src/node/index.js';
import type { XmlParser } from '../src/xml/index.js';

describe('error guards narrow', () => {
  it('from unknown to the class', () => {
    const error: unknown = undefined;
    if (isFileClientError(error)) {
      expectTypeOf(error).toEqualTypeOf<FileClientError>();
      expectTypeOf(error.provider).toEqualTypeOf<ProviderId>();
      expectTypeOf(error.status).toEqualTypeOf<number | undefined>();
      expectTypeOf(error.code).toEqualTypeOf<string | number | undefined>();
      expectTypeOf(error.kind).toEqualTypeOf<ErrorKind>();
    }
    if (isAuthError(error)) expectTypeOf(error).toEqualTypeOf<AuthError>();
    if (isNotFoundError(error)) expectTypeOf(error).toEqualTypeOf<NotFoundError>();
    if (isRateLimitError(error)) expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>();
    expectTypeOf(isRateLimitError).guards.toEqualTypeOf<RateLimitError>();
  });

  it('ProviderId accepts known ids and any string', () => {
    expectTypeOf<'boxnet'>().toMatchTypeOf<ProviderId>();
    expectTypeOf<'someone-else'>().toMatchTypeOf<ProviderId>();
  });
});

describe('store types', () => {
  it('createMemoryStore is a FileStore', () => {
    const store = createMemoryStore();
    expectTypeOf(store).toEqualTypeOf<FileStore>();
    expectTypeOf(store.list('/')).toEqualTypeOf<AsyncIterable<FileEntry>>();
    expectTypeOf(store.stat).returns.toEqualTypeOf<Promise<FileEntry>>();
    expectTypeOf(store.download).returns.toEqualTypeOf<Promise<ReadableStream<Uint8Array>>>();
    expectTypeOf(store.capabilities).toEqualTypeOf<StoreCapabilities>();
    expectTypeOf<FileEntry['kind']>().toEqualTypeOf<'file' | 'folder'>();
  });

  it('upload bodies accept every source and factories', () => {
    expectTypeOf<Blob>().toMatchTypeOf<UploadSource>();
    expectTypeOf<ReadableStream<Uint8Array>>().toMatchTypeOf<UploadSource>();
    expectTypeOf<AsyncIterable<Uint8Array>>().toMatchTypeOf<UploadSource>();
    expectTypeOf<{ source: () => Promise<Blob>; size: number }>().toMatchTypeOf<UploadBody>();
    // @ts-expect-error a number is not an upload source
    const bad: UploadBody = { source: 42 };
    void bad;
  });

  it('entry points expose their types', () => {
    expectTypeOf<HttpClient['request']>().returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf<DownloadResult>().toEqualTypeOf<{ readonly path: string; readonly bytes: number }>();
    expectTypeOf<XmlParser['parse']>().returns.toEqualTypeOf<unknown>();
  });
});
