/** Readers of GraphQL field arguments: a value of another type reads as absent. */
export type Args = Record<string, unknown>;

export const str = (args: Args, key: string): string | undefined => {
  const value = args[key];
  return typeof value === 'string' ? value : undefined;
};
export const num = (args: Args, key: string): number | undefined => {
  const value = args[key];
  return typeof value === 'number' ? value : undefined;
};
export const bool = (args: Args, key: string): boolean | undefined => {
  const value = args[key];
  return typeof value === 'boolean' ? value : undefined;
};
export const strings = (args: Args, key: string): string[] => {
  const value = args[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};
export const numbers = (args: Args, key: string): number[] | undefined => {
  const value = args[key];
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : undefined;
};
