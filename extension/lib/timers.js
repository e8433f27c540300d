/**
 * The global timer functions, bound: a service worker throws "Illegal invocation" when
 * setTimeout is called as a method of another object.
 */
export const globalTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle),
};
