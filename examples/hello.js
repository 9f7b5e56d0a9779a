// capjs's first example: Node's event loop inside the wasm sandbox.
const { EventEmitter } = require('events');
const path = require('path');

const ticker = new EventEmitter();
let n = 0;
ticker.on('tick', (i) => console.log(`tick ${i} from ${path.basename(__filename)}`));

const timer = setInterval(() => {
  ticker.emit('tick', ++n);
  if (n === 3) clearInterval(timer);
}, 10);

process.nextTick(() => console.log('nextTick runs before timers'));
Promise.resolve().then(() => console.log('then microtasks'));
console.log('hello from capjs', process.version, { sandboxed: true, platform: process.platform });
process.on('exit', (code) => console.log(`exiting with ${code}; no start-the-loop call was needed`));
