'use strict';
// node:buffer inspect output, INSPECT_MAX_BYTES, Blob/File, transcode, isUtf8/isAscii, atob/btoa.
const buffer = require('buffer');
const util = require('util');
const { Buffer, Blob, File, transcode, isUtf8, isAscii, atob, btoa } = buffer;

let n = 0;
const fmt = (v) => {
  if (Buffer.isBuffer(v)) return `Buffer(${v.length}) ${v.toString('hex')}`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(fmt).join(', ')}]`;
  return String(v);
};
function show(label, fn) {
  n++;
  let out;
  try {
    out = fmt(fn());
  } catch (err) {
    out = `throws ${err.name} ${err.code}: ${err.message}`;
  }
  console.log(`${n} ${label}: ${out}`);
}

// inspect
show('inspect', () => util.inspect(Buffer.from('hi')));
show('inspect empty', () => util.inspect(Buffer.alloc(0)));
show('inspect 50 bytes', () => util.inspect(Buffer.alloc(50, 1)));
show('inspect 51 bytes', () => util.inspect(Buffer.alloc(51, 2)));
show('inspect 60 bytes', () => util.inspect(Buffer.alloc(60, 3)));
show('inspect big', () => util.inspect(Buffer.alloc(1 << 20)));
show('inspect with properties', () => {
  const e = Buffer.from('hi');
  e.foo = 1;
  e[Symbol('s')] = 'x';
  return [util.inspect(e), util.inspect(e, { showHidden: true })];
});
show('inspect empty with property', () => {
  const e = Buffer.alloc(0);
  e.bar = 'x';
  return util.inspect(e);
});
show('inspect nested', () => util.inspect({ a: Buffer.from('xyz'), b: [Buffer.from('q')] }));
show('inspect depth -1', () => util.inspect(Buffer.from('hi'), { depth: -1 }));
show('inspect method', () => [Buffer.from('hi').inspect(), Buffer.from('q').inspect(0, {})]);
show('inspect subclass', () => {
  class Sub extends Buffer {}
  const s = Buffer.from('ab');
  Object.setPrototypeOf(s, Sub.prototype);
  return util.inspect(s);
});
show('inspect custom symbol', () => Buffer.prototype[util.inspect.custom] === Buffer.prototype.inspect);
show('inspect Uint8Array unchanged', () => util.inspect(new Uint8Array([1, 2])));
show('format %o %j', () => util.format('%o %j', Buffer.from('a'), Buffer.from('z')));
show('INSPECT_MAX_BYTES default', () => buffer.INSPECT_MAX_BYTES);
show('INSPECT_MAX_BYTES 2', () => {
  buffer.INSPECT_MAX_BYTES = 2;
  return util.inspect(Buffer.from('abcd'));
});
show('INSPECT_MAX_BYTES 3 and 1 more', () => {
  buffer.INSPECT_MAX_BYTES = 3;
  return util.inspect(Buffer.from('abcd'));
});
show('INSPECT_MAX_BYTES 0', () => {
  buffer.INSPECT_MAX_BYTES = 0;
  return util.inspect(Buffer.from('abcd'));
});
show('INSPECT_MAX_BYTES fractional', () => {
  buffer.INSPECT_MAX_BYTES = 1.5;
  return util.inspect(Buffer.from('abcd'));
});
show('INSPECT_MAX_BYTES negative', () => {
  buffer.INSPECT_MAX_BYTES = -1;
});
show('INSPECT_MAX_BYTES string', () => {
  buffer.INSPECT_MAX_BYTES = 'x';
});
show('INSPECT_MAX_BYTES Infinity', () => {
  buffer.INSPECT_MAX_BYTES = Infinity;
  const s = util.inspect(Buffer.alloc(60));
  buffer.INSPECT_MAX_BYTES = 50;
  return s.length;
});
show('INSPECT_MAX_BYTES descriptor', () => {
  const d = Object.getOwnPropertyDescriptor(buffer, 'INSPECT_MAX_BYTES');
  return [typeof d.get, typeof d.set, d.enumerable, d.configurable];
});
console.log(Buffer.from('console'), [Buffer.from([1])]);

// Blob and File
const done = (async () => {
  const b = new Blob(['ab', Buffer.from('cd'), new Uint16Array([0x6665]), new ArrayBuffer(1), new Blob(['zz']), 5, {}], { type: 'Text/Plain' });
  show('blob size/type', () => [b.size, b.type, util.inspect(b), String(b), Object.prototype.toString.call(b)]);
  console.log(JSON.stringify(await b.text()));
  const sl = b.slice(1, 3);
  console.log('slice', await sl.text(), b.slice(-3).size, b.slice(2, 1).size, b.slice(1, 3, 'x/Y').type, JSON.stringify(b.slice(1, 3, '\u00e9').type));
  console.log('arrayBuffer', new Uint8Array(await b.arrayBuffer()).join(','), (await b.slice(2, 4).arrayBuffer()).byteLength);
  console.log('lone surrogate', JSON.stringify(await new Blob(['\ud800']).text()), new Blob(['\ud800']).size);
  console.log('endings native', new Blob(['a\r\nb\nc'], { endings: 'native' }).size, new Blob(['a\r\nb'], { endings: 'transparent' }).size);
  show('blob from string', () => new Blob('abc'));
  show('blob from number', () => new Blob(5));
  show('blob from null', () => new Blob(null));
  show('blob bad options', () => new Blob([], 5));
  show('blob type non-ascii', () => new Blob([], { type: '\u00e9' }).type);
  show('blob bad endings', () => new Blob([], { endings: 'x' }));
  show('blob defaults', () => [new Blob().size, new Blob(undefined, null).size, new Blob([]).type]);
  show('blob shape', () => [Blob.name, Blob.length, typeof b.stream, typeof b.arrayBuffer, b instanceof Blob]);
  const src = Buffer.from('ab');
  const copied = new Blob([src]);
  src[0] = 0x7a;
  console.log('blob sources are copied', await copied.text());
  const f = new File(['abc'], 'a.txt', { type: 'text/plain', lastModified: 5 });
  show('file', () => [f.name, f.size, f.type, f.lastModified, util.inspect(f), f instanceof Blob, File.length]);
  console.log('file text', await f.text());
  const chunks = async (blob) => {
    const out = [];
    for await (const chunk of blob.stream()) out.push(Buffer.from(chunk).toString());
    return JSON.stringify(out);
  };
  console.log('stream', await chunks(new Blob(['hello ', '', 'world'])), await chunks(new Blob([new Blob(['x', 'y']), 'z'])),
    await chunks(new Blob(['abc', 'def', 'ghi']).slice(2, 7)), await chunks(new Blob(['abc', 'def']).slice(3)), await chunks(new Blob()));
  console.log('bytes', await new Blob(['abc']).bytes(), await new Blob(['ab', 'cd']).slice(1, 3).text());
  show('file missing name', () => new File(['a']));
  show('file name coerced', () => [new File(['a'], 'x').name, new File(['a'], 5).name, typeof new File([], 'x').lastModified]);
})();

// transcode
const encs = ['ascii', 'latin1', 'utf8', 'ucs2'];
const inputs = [[0x41, 0xff], [0xe2, 0x82, 0xac, 0x41], [0x3d, 0xd8, 0x00, 0xde, 0x00, 0xd8], [0x41, 0x00, 0xac, 0x20], [0x41]];
for (const i of inputs) {
  for (const from of encs) {
    for (const to of encs) show(`transcode ${i} ${from}->${to}`, () => transcode(Buffer.from(i), from, to));
  }
}
show('transcode emoji to latin1', () => transcode(Buffer.from('\ud83d\ude00a'), 'utf8', 'latin1'));
show('transcode unsupported', () => transcode(Buffer.from('a'), 'utf8', 'hex'));
show('transcode unknown', () => transcode(Buffer.from('a'), 'nope', 'utf8'));
show('transcode not a buffer', () => transcode('ab', 'utf8', 'ucs2'));
show('transcode aliases', () => [transcode(Buffer.from('ab'), 'utf-8', 'utf16le'), transcode(Buffer.from('ab'), 'binary', 'UCS-2')]);
show('transcode empty', () => transcode(Buffer.alloc(0), 'utf8', 'ucs2'));
show('transcode error fields', () => {
  try {
    transcode(Buffer.from([0xff]), 'utf8', 'ucs2');
  } catch (e) {
    return [e.code, e.errno, e.message];
  }
});

// isUtf8 / isAscii
show('isUtf8', () => [isUtf8(Buffer.from('\u00e9')), isUtf8(Buffer.from([0xff])), isUtf8(new ArrayBuffer(2)), isUtf8(Buffer.from([0xed, 0xa0, 0x80])),
  isUtf8(Buffer.from([0xc0, 0x80])), isUtf8(Buffer.alloc(0)), isUtf8(new Uint16Array([0x41]))]);
show('isAscii', () => [isAscii(Buffer.from('a')), isAscii(Buffer.from('\u00e9')), isAscii(new Uint16Array([0x8000])), isAscii(new ArrayBuffer(3)), isAscii(Buffer.alloc(0))]);
show('isUtf8 string', () => isUtf8('x'));
show('isAscii null', () => isAscii(null));

// atob / btoa
show('atob', () => [atob('YWI='), atob(' YW\nI = '), atob('YWI'), atob(''), atob('/w=='), atob(null)]);
show('atob undefined', () => atob(undefined));
show('atob invalid char', () => atob('!'));
show('atob bad length', () => atob('YWJjZ'));
show('atob misplaced =', () => atob('YW=I'));
show('atob too many =', () => atob('YQ==='));
show('atob = with remainder', () => atob('YWI=='));
show('atob no args', () => atob());
show('btoa', () => [btoa('ab'), btoa(''), btoa('\u00ff\u0000'), btoa(12)]);
show('btoa wide char', () => btoa('\u0100'));
show('btoa no args', () => btoa());
show('atob/btoa round trip', () => {
  let s = '';
  for (let i = 0; i < 256; i++) s += String.fromCharCode(i);
  return atob(btoa(s)) === s;
});
done.then(() => console.log('done'));
