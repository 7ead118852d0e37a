/**
 * fast-check's prototype-poisoning check for the property tests: after every run, any global that
 * was added, altered or removed (Object.prototype.x, Array.prototype.map, a new globalThis name …)
 * fails the property, and the globals are put back so the tests after it are not misled.
 */

// Node defines some globals (AbortController, fetch …) as getters that replace themselves on first use; touched
// here, before the package takes its picture of the globals, that first use is not taken for poisoning.
for (const name of Object.getOwnPropertyNames(globalThis)) Reflect.get(globalThis, name);
const { assertNoPoisoning, restoreGlobals } = await import('@fast-check/poisoning');

/** What the test runner itself changes between runs (timers, its own bookkeeping), not the code under test. */
const ignoredRootRegex = /^(__vitest|__coverage__|__VITEST|__tinypool)/;

export function noPoisoning(): void {
  try {
    assertNoPoisoning({ ignoredRootRegex });
  } catch (error) {
    restoreGlobals({ ignoredRootRegex });
    throw error;
  }
}
