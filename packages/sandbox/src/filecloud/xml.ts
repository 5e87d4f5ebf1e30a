/** A tiny XML writer for FileCloud answers: no attributes, every value element text, arrays repeat in place. */
export type XmlValue = string | number | XmlObject | XmlValue[] | undefined;
export interface XmlObject {
  readonly [key: string]: XmlValue;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function render(name: string, value: XmlValue, indent: string, out: string[]): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) render(name, item, indent, out);
    return;
  }
  if (typeof value === 'object') {
    out.push(`${indent}<${name}>`);
    for (const [k, v] of Object.entries(value)) render(k, v, `${indent}  `, out);
    out.push(`${indent}</${name}>`);
    return;
  }
  const text = String(value);
  out.push(text === '' ? `${indent}<${name}/>` : `${indent}<${name}>${escapeXml(text)}</${name}>`);
}

export function toXml(root: string, content: XmlObject): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  render(root, content, '', out);
  return `${out.join('\n')}\n`;
}

export function commandsXml(type: string, result: 0 | 1 | 3, message = ''): string {
  return toXml('commands', { command: [{ type, result: String(result), message }] });
}
