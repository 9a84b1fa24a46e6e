/**
 * Stable ids: the same input gives the same ids on every run and machine. An entity's id is its
 * type and canonical name (`street:新塘街道`); a relation's is its type and endpoints.
 */
export const entityKey = (type: string, name: string) => `${type}\u0000${name}`;
export const entityId = (type: string, name: string) => `${type.toLowerCase()}:${name}`;
export const relationId = (type: string, from: string, to: string) => `${type.toLowerCase()}:${from}->${to}`;
