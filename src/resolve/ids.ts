/**
 * Stable ids: the same input gives the same ids on every run and machine. An entity's id is its
 * type and canonical name (`street:新塘街道`); a relation's is its type and endpoints.
 */
export const entityKey = (type: string, name: string) => `${type}\u0000${name}`;
export const entityId = (type: string, name: string) => `${type.toLowerCase()}:${name}`;
export const relationId = (type: string, from: string, to: string) => `${type.toLowerCase()}:${from}->${to}`;

/**
 * The order of ids and document names in the output: by UTF-16 code units, which is the same on
 * every machine (localeCompare follows the machine's locale and ICU version) and cheap.
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
