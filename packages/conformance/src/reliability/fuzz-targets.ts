import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePublicLink } from '@fileclients/afterlogic-pro7';
import {
  type BoxnetOperation,
  boxnetPortOperationTable,
  createBoxnetClient,
  decodeFriends,
  decodeResponse,
  decodeTags,
  decodeTree,
  decodeUpdates,
  decodeUploadResponse,
  unpackPayload,
} from '@fileclients/boxnet';
import { fileNameFromDisposition, parseAuthResponse, parseSoapFault, tokenExpiry } from '@fileclients/carbonio-files';
import type { FetchLike } from '@fileclients/core';
import { createXmlParser } from '@fileclients/core/xml';
import { decodeXml } from '@fileclients/filecloud';
import { startBoxnetSandbox } from '@fileclients/sandbox';
import type { ProviderAdapter } from '../providers/types.js';
import type { DecoderTarget } from './fuzz.js';
import { type Recorded, storeScript } from './replay.js';

/** A session the fuzzer records once against the sandbox, then replays with one answer mutated per case. */
export interface ReplaySession {
  readonly script: (fetch: FetchLike) => Promise<void>;
  readonly secrets: readonly string[];
  close(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

function specSamples(provider: string, extension: string): string[] {
  const dir = `${repoRoot}specs/${provider}/samples/`;
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .sort()
      .map((name) => readFileSync(dir + name, 'utf8'));
  } catch {
    return [];
  }
}

export function bodyText(recorded: Recorded): string {
  return new TextDecoder().decode(recorded.body);
}

function isText(recorded: Recorded): boolean {
  const type = recorded.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  return /xml|json|text|html/.test(type);
}

/** The store session of a provider whose adapter can build a store over an injected fetch. */
export async function storeSession(adapter: ProviderAdapter): Promise<ReplaySession> {
  const target = await adapter.open();
  const make = target.storeWith;
  if (make === undefined) {
    await target.close();
    throw new Error(`${adapter.id}: the adapter cannot build a store over an injected fetch`);
  }
  return {
    script: (fetch) => storeScript(make(fetch), target.base),
    get secrets() {
      return target.secrets;
    },
    close: () => target.close(),
  };
}

/** Box.net has no store yet: its session is a client one (login, tree, upload, download, payload calls). */
export async function boxnetSession(): Promise<ReplaySession> {
  const sandbox = await startBoxnetSandbox();
  const { apiKey, login, password } = sandbox.credentials;
  return {
    async script(fetch) {
      const client = createBoxnetClient({ apiKey, baseUrl: sandbox.url, uploadUrl: sandbox.url, fetch });
      await client.login(login, password);
      await client.getAccountTree(0);
      await client.getAccountTree(0, { nozip: true, onelevel: true });
      const data = new TextEncoder().encode('fuzz me');
      const uploaded = await client.uploadFile(
        { folderId: 0 },
        { name: 'fuzz.txt', body: { source: data, size: data.byteLength } },
      );
      await new Response(await client.download(Number(uploaded.id))).arrayBuffer();
      await client.exportTags();
      await client.getFriends();
      await client.getUpdates({ begin: 0, end: Math.floor(Date.now() / 1000) });
      await client.logout();
    },
    secrets: [password, apiKey],
    close: () => sandbox.stop(),
  };
}

const CORE_XML = [
  '<?xml version="1.0" encoding="utf-8"?><entries><meta><total>2</total><result>1</result></meta><entry><name>a &amp; b.txt</name><size>12</size></entry><entry><name>c</name><type>dir</type></entry></entries>',
  '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><x:r xmlns:x="urn:x"><status xsi:type="xsd:string" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">ok</status><id>9007199254740993</id></x:r></soap:Body></soap:Envelope>',
  '<a b="1" c=\'2\'><![CDATA[<not a tag>]]>&#x1F680;&#128640;<e/></a>',
];

/** The decoders each provider exports, fed with its spec samples and what the sandbox session recorded. */
export function directDecoders(provider: string, recorded: readonly Recorded[]): DecoderTarget[] {
  const texts = recorded.filter(isText).map(bodyText);
  switch (provider) {
    case 'core': {
      const parser = createXmlParser({ arrayNames: ['entry'] });
      return [
        {
          name: 'core/xml createXmlParser().parse',
          fixtures: [...CORE_XML, ...specSamples('filecloud', '.xml').slice(0, 10)],
          decode: (body) => parser.parse(body, { provider: 'core', operation: 'fuzz' }),
        },
      ];
    }
    case 'filecloud':
      return [
        {
          name: 'filecloud decodeXml',
          fixtures: [...specSamples('filecloud', '.xml'), ...texts.filter((t) => t.trimStart().startsWith('<'))],
          decode: (body) => decodeXml(body),
        },
      ];
    case 'carbonio-files': {
      const json = specJson('carbonio-files/auth');
      return [
        {
          name: 'carbonio-files parseAuthResponse',
          fixtures: json,
          decode: (body) => parseAuthResponse(parseJsonOrText(body)),
        },
        {
          name: 'carbonio-files parseSoapFault',
          fixtures: json,
          decode: (body) => parseSoapFault(parseJsonOrText(body)),
        },
        {
          name: 'carbonio-files fileNameFromDisposition',
          fixtures: ['attachment; filename="a b.txt"', "attachment; filename*=UTF-8''%F0%9F%9A%80.txt; filename=x"],
          decode: (body) => fileNameFromDisposition(body),
        },
        {
          name: 'carbonio-files tokenExpiry',
          fixtures: ['0_8c3f2b_6d6c61736b_0123456789abcdef', '0_aa_00ff'],
          decode: (body) => tokenExpiry(body),
        },
      ];
    }
    case 'afterlogic-pro7':
      return [
        {
          name: 'afterlogic-pro7 parsePublicLink',
          fixtures: ['https://mail.example.com/?/Min/Share/abc123', 'https://mail.example.com/?files-pub=f0f0'],
          decode: (body) => parsePublicLink(body),
        },
      ];
    case 'boxnet':
      return boxnetDecoders(texts);
    default:
      return [];
  }
}

function boxnetDecoders(texts: readonly string[]): DecoderTarget[] {
  const soap = texts.filter((t) => t.includes('Envelope'));
  const operationOf = (xml: string): BoxnetOperation => {
    const name = /<(?:[\w-]+:)?(\w+)Response[\s>]/.exec(xml)?.[1] ?? 'get_account_tree';
    return isOperation(name) ? name : 'get_account_tree';
  };
  const payloads = texts.flatMap((t) =>
    [...t.matchAll(/<(tree|tag_xml|xml|friends|updates)\b[^>]*>([A-Za-z0-9+/=\s]{8,})<\//g)].map((m) => m[2] ?? ''),
  );
  const uploads = texts.filter((t) => /<response>/.test(t));
  const payloadDecoder = (name: string, fn: (base64: string) => unknown): DecoderTarget => ({
    name: `boxnet ${name}`,
    fixtures: payloads,
    decode: fn,
  });
  return [
    {
      name: 'boxnet decodeResponse',
      fixtures: soap,
      // The operation comes from the unmutated fixture family; a mismatch is one more way to be wrong.
      decode: (body) => decodeResponse(operationOf(body), body).parts(),
    },
    { name: 'boxnet decodeUploadResponse', fixtures: uploads, decode: (body) => decodeUploadResponse(body) },
    payloadDecoder('unpackPayload', (b) => unpackPayload(b, 'get_account_tree')),
    payloadDecoder('decodeTree', (b) => decodeTree(b)),
    payloadDecoder('decodeTags', (b) => decodeTags(b)),
    payloadDecoder('decodeFriends', (b) => decodeFriends(b)),
    payloadDecoder('decodeUpdates', (b) => decodeUpdates(b)),
  ];
}

function isOperation(name: string): name is BoxnetOperation {
  return Object.hasOwn(boxnetPortOperationTable, name);
}

function specJson(folder: string): string[] {
  const dir = `${repoRoot}specs/${folder}/`;
  try {
    return readdirSync(dir)
      .filter((name) => name.startsWith('response') || name.startsWith('fault'))
      .sort()
      .map((name) => readFileSync(dir + name, 'utf8'));
  } catch {
    return [];
  }
}

/** The carbonio parsers take parsed JSON: text that is not JSON is passed as the string itself. */
function parseJsonOrText(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
