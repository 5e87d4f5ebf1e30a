import { fileNode } from './access.js';
import { bool, num, numbers, str } from './args.js';
import { type Resolver, type ResolverMap, view } from './context.js';
import { filesError } from './errors.js';
import { type FileVersion, MAX_KEEP_VERSIONS, MAX_VERSIONS } from './tree.js';

/** File versions: listing them, the limits, deleting, keeping forever and cloning. */

function versionQueries(): Record<string, Resolver> {
  return {
    getVersions: (_s, a, ctx) => {
      const node = fileNode(ctx, str(a, 'node_id') ?? '', false);
      const wanted = numbers(a, 'versions');
      return node.versions
        .filter((v) => !wanted || wanted.includes(v.version))
        .map((v) => view(ctx.tree, node, v))
        .reverse();
    },
    getConfigs: () => [
      { name: 'max-number-of-versions', value: String(MAX_VERSIONS) },
      { name: 'max-number-of-keep-versions', value: String(MAX_KEEP_VERSIONS) },
    ],
  };
}

function versionMutations(): Record<string, Resolver> {
  return {
    deleteVersions: (_s, a, ctx) => {
      const node = fileNode(ctx, str(a, 'node_id') ?? '', true);
      const latest = ctx.tree.latest(node);
      const wanted = numbers(a, 'versions');
      const doomed = node.versions.filter(
        (v) => v !== latest && !v.keepForever && (!wanted || wanted.includes(v.version)),
      );
      node.versions = node.versions.filter((v) => !doomed.includes(v));
      return doomed.map((v) => v.version);
    },
    keepVersions: (_s, a, ctx) => {
      const node = fileNode(ctx, str(a, 'node_id') ?? '', true);
      const wanted = numbers(a, 'versions') ?? [];
      const keep = bool(a, 'keep_forever') === true;
      const kept = node.versions.filter((v) => v.keepForever).length;
      const toKeep = node.versions.filter((v) => wanted.includes(v.version) && v.keepForever !== keep);
      if (keep && kept + toKeep.length > MAX_KEEP_VERSIONS) {
        throw filesError('VERSIONS_LIMIT_REACHED', `At most ${MAX_KEEP_VERSIONS} versions can be kept forever`, {
          nodeId: node.id,
        });
      }
      for (const v of node.versions) if (wanted.includes(v.version)) v.keepForever = keep;
      return node.versions.filter((v) => wanted.includes(v.version)).map((v) => v.version);
    },
    cloneVersion: (_s, a, ctx) => {
      const id = str(a, 'node_id') ?? '';
      const node = fileNode(ctx, id, true);
      const wanted = num(a, 'version');
      const source = node.versions.find((v) => v.version === wanted);
      if (!source) {
        throw filesError('FILE_VERSION_NOT_FOUND', `Version ${wanted} of node ${id} does not exist`, {
          nodeId: id,
          version: wanted,
        });
      }
      if (node.versions.length >= MAX_VERSIONS) {
        throw filesError('VERSIONS_LIMIT_REACHED', `Node ${id} already has ${MAX_VERSIONS} versions`, { nodeId: id });
      }
      const at = ctx.tree.now();
      const next: FileVersion = {
        ...source,
        version: (ctx.tree.latest(node)?.version ?? 0) + 1,
        keepForever: false,
        clonedFromVersion: source.version,
        createdAt: at,
        updatedAt: at,
        lastEditorId: ctx.userId,
      };
      node.versions.push(next);
      node.updatedAt = at;
      return view(ctx.tree, node, next);
    },
  };
}

export function versionResolvers(): ResolverMap {
  return { Query: versionQueries(), Mutation: versionMutations() };
}
