// Which globals are enumerable properties of globalThis, as in Node (global, timers, queueMicrotask,
// structuredClone, atob, btoa, performance are; classes, console and process are not).
for (const name of ['global', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval',
  'clearImmediate', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'console', 'process',
  'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal', 'EventTarget', 'Event', 'DOMException']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, d ? `enumerable=${d.enumerable} configurable=${d.configurable}` : 'missing');
}
const names = ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
  'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance'];
console.log('enumerable order:', Object.keys(globalThis).filter((k) => names.includes(k)).join());
console.log('queueMicrotask name/length:', queueMicrotask.name, queueMicrotask.length);
console.log('atob/btoa length:', atob.length, btoa.length);
