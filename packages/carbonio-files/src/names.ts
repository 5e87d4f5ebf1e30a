import type { CarbonioNode } from './client.js';

// Carbonio stores a file's name and extension apart (`report` + `pdf`); paths and users see them joined.

/** A file's full name: the server stores name and extension apart. */
export function fullName(node: Pick<CarbonioNode, 'name'> & { extension?: string | null }): string {
  return node.extension ? `${node.name}.${node.extension}` : node.name;
}

/** `report.pdf` -> `report` + `pdf`; a leading or trailing dot is part of the name, not an extension. */
export function splitName(name: string): { base: string; extension: string | null } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return { base: name, extension: null };
  return { base: name.slice(0, dot), extension: name.slice(dot + 1) };
}
