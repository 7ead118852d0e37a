/**
 * JSON.parse keeps `__proto__` and `constructor` as plain own keys, but any later code that
 * copies or merges the object could turn them into prototype pollution, so pack files that
 * contain them are refused outright rather than trusted to the schema.
 */
const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

/** Key paths such as `sections[0].__proto__` of every forbidden key in a parsed JSON value. */
export function findForbiddenKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => findForbiddenKeys(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) => {
    const here = path ? `${path}.${key}` : key;
    return forbidden.has(key) ? [here] : findForbiddenKeys((value as Record<string, unknown>)[key], here);
  });
}
