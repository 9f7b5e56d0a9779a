'use strict';
// util.MIMEType / util.MIMEParams — WHATWG MIME type parsing (whitespace, case folding,
// quoted strings, invalid and duplicate parameters), serialization with quoting, the
// type/subtype setters and their ERR_INVALID_MIME_SYNTAX errors, MIMEParams methods.
const util = require('util');
const { MIMEType, MIMEParams } = util;

let n = 0;
const q = (v) => {
  if (typeof v === 'string') return JSON.stringify(v);
  return Array.isArray(v) ? `[${v.map(q).join(', ')}]` : String(v);
};
function check(label, fn) {
  n++;
  let out;
  try {
    out = q(fn());
  } catch (e) {
    out = e.code ? `${e.name} ${e.code}: ${JSON.stringify(e.message)}` : `${e.name}`;
  }
  console.log(`${n} ${label}: ${out}`);
}
const parse = (s) => {
  const m = new MIMEType(s);
  return [m.type, m.subtype, m.essence, m.toString(), JSON.stringify([...m.params])];
};

// Parsing: the essence.
check('simple', () => parse('text/html'));
check('case folding of type and subtype', () => parse('TEXT/HTML'));
check('leading and trailing HTTP whitespace', () => parse(' \t\r\ntext/plain\n\t '));
check('form feed is not HTTP whitespace', () => parse('\ftext/plain'));
check('no-break space is not whitespace', () => parse('text/plain\u00a0'));
check('wildcards are tokens', () => parse('*/*'));
check('token punctuation', () => parse("a!#$%&'*+-.^_`|~z/b!#$%&'*+-.^_`|~z"));
check('empty string', () => parse(''));
check('only whitespace', () => parse('   '));
check('no slash', () => parse('text'));
check('empty type', () => parse('/html'));
check('empty subtype', () => parse('text/'));
check('empty subtype before params', () => parse('text/;a=b'));
check('space inside type', () => parse('  te xt/html'));
check('space before slash', () => parse('text /html'));
check('space after slash', () => parse('text/ html'));
check('space inside subtype', () => parse('text/ht ml;a=b'));
check('second slash', () => parse('a/b/c'));
check('non-ASCII type', () => parse('\u00e9/b'));
check('NUL in subtype', () => parse('a/b\u0000'));
check('whitespace before semicolon', () => parse('text/html  ;a=b'));
check('trailing semicolon', () => parse('text/html;'));

// Parsing: parameters.
check('parameter', () => parse('text/html;charset=utf-8'));
check('names fold, values keep case', () => parse('text/html;CharSet=UTF-8'));
check('whitespace before a name is skipped', () => parse('text/html; \tcharset=utf-8'));
check('space in a name drops it', () => parse('text/html;a b=c;d=e'));
check('space before = drops it', () => parse('text/html;a =b'));
check('space after = is kept', () => parse('text/html;a= b'));
check('trailing value whitespace trimmed', () => parse('text/html;a=b \t'));
check('empty value dropped', () => parse('text/html;a=;b=c'));
check('empty name dropped', () => parse('text/html;=b;c=d'));
check('name without value dropped', () => parse('text/html;a;b=c'));
check('runs of semicolons', () => parse('text/html;;;a=b;;  ;c=d;'));
check('first duplicate wins', () => parse('a/b;x=1;x=2'));
check('duplicate after case folding', () => parse('a/b;X=1;x=2'));
check('charset duplicate', () => parse('text/html;charset=gbk;charset=utf-8'));
check('quoted value', () => parse('a/b;x="hello world"'));
check('quoted value with semicolon', () => parse('a/b;x="p;q";y=z'));
check('escapes in quotes', () => parse('a/b;x="a\\"b\\\\c\\d"'));
check('text after the closing quote ignored', () => parse('a/b;x="v" junk;y=1'));
check('unterminated quote', () => parse('a/b;x="abc'));
check('backslash at the end', () => parse('a/b;x="abc\\'));
check('empty quoted value kept', () => parse('a/b;x=""'));
check('unquoted value with separators', () => parse('a/b;x=(y)@z/w=v'));
check('tab inside value', () => parse('a/b;x=1\t2'));
check('latin-1 value', () => parse('a/b;x=\u00e9\u00ff'));
check('value outside latin-1 dropped', () => parse('a/b;x=\u0100;y=1'));
check('control char in value dropped', () => parse('a/b;x="\u0001";y=\u007f;z=ok'));
check('non-ASCII name dropped', () => parse('a/b;\u00e9=c;ok=1'));
check('no-break space before name', () => parse('a/b;\u00a0x=1'));

// Conversion of the argument.
check('number', () => parse(123));
check('null', () => parse(null));
check('undefined', () => parse(undefined));
check('object with toString', () => parse({ toString: () => 'X/Y;Z=W' }));
check('another MIMEType', () => parse(new MIMEType('A/B;C=D')));
check('symbol', () => parse(Symbol('s')));
check('call without new', () => MIMEType('a/b'));

// Setters.
const m = () => new MIMEType('text/plain;charset=utf-8');
check('type setter folds case', () => {
  const x = m();
  x.type = 'APPLICATION';
  return [x.type, x.essence, String(x)];
});
check('subtype setter folds case', () => { const x = m(); x.subtype = 'JSON'; return [x.subtype, String(x)]; });
check('type setter rejects empty', () => { const x = m(); x.type = ''; });
check('subtype setter rejects empty', () => { const x = m(); x.subtype = ''; });
check('type setter rejects slash', () => { const x = m(); x.type = 'text/html'; });
check('type setter does not trim', () => { const x = m(); x.type = ' text'; });
check('subtype setter rejects space', () => { const x = m(); x.subtype = 'a b'; });
check('failed set keeps old value', () => { const x = m(); try { x.type = '@'; } catch {} return String(x); });
check('setter converts to string', () => { const x = m(); x.type = null; x.subtype = 42; return String(x); });
check('essence has no setter', () => { const x = m(); x.essence = 'a/b'; return x.essence; });
check('params has no setter', () => { const x = m(); x.params = null; return x.params instanceof MIMEParams; });
check('essence ignores params', () => new MIMEType('a/b;c=d').essence);

// MIMEParams.
check('params identity', () => { const x = m(); return x.params === x.params; });
check('get/has', () => {
  const p = new MIMEType('a/b;x=1').params;
  return [p.get('x'), p.get('y'), p.has('x'), p.has('y'), p.get('X')];
});
check('set adds and replaces in place', () => {
  const x = new MIMEType('a/b;z=1;y=2;x=3');
  x.params.set('y', 'two');
  x.params.set('w', '4');
  return String(x);
});
check('set keeps the name case', () => {
  const x = new MIMEType('a/b;k=1');
  x.params.set('K', '2');
  return [String(x), x.params.get('k'), x.params.get('K')];
});
check('delete', () => {
  const x = new MIMEType('a/b;z=1;y=2');
  const r = x.params.delete('z');
  x.params.delete('missing');
  x.params.delete('Y');
  return [r, String(x)];
});
check('delete then set moves to end', () => {
  const x = new MIMEType('a/b;z=1;y=2');
  x.params.delete('z');
  x.params.set('z', '9');
  return String(x);
});
check('set returns undefined', () => new MIMEParams().set('a', 'b'));
check('set converts name and value', () => {
  const p = new MIMEParams();
  p.set(1, 2);
  return [p.toString(), p.get(1), p.get('1'), p.has(1)];
});
check('set rejects empty name', () => new MIMEParams().set('', 'v'));
check('set rejects bad name', () => new MIMEParams().set('a b', 'v'));
check('set rejects bad value', () => new MIMEParams().set('a', 'x\ny'));
check('set rejects non-latin-1 value', () => new MIMEParams().set('a', 'ok\u0100'));
check('set accepts empty value', () => {
  const p = new MIMEParams();
  p.set('a', '');
  return [p.toString(), p.get('a')];
});
check('quoting on serialization', () => {
  const p = new MIMEParams();
  p.set('plain', 'token');
  p.set('space', 'a b');
  p.set('quote', 'say "hi"');
  p.set('slash', 'a\\b');
  p.set('semi', 'a;b');
  p.set('latin', '\u00e9');
  p.set('eq', 'a=b');
  return p.toString();
});
check('round trip of quoting', () => {
  const x = new MIMEType('a/b');
  x.params.set('v', 'q"\\ ;');
  const again = new MIMEType(String(x));
  return [String(x), again.params.get('v')];
});
check('iterators', () => {
  const p = new MIMEType('a/b;x=1;y="2 3"').params;
  return [JSON.stringify([...p.keys()]), JSON.stringify([...p.values()]), JSON.stringify([...p.entries()]),
    JSON.stringify([...p]), p[Symbol.iterator] === p.entries];
});
check('iterator sees later additions', () => {
  const p = new MIMEType('a/b;x=1').params;
  const it = p.keys();
  p.set('y', '2');
  return [...it];
});
check('iterator protocol', () => {
  const it = new MIMEType('a/b;x=1').params.entries();
  const first = it.next();
  return [JSON.stringify(first), JSON.stringify(it.next()), it[Symbol.iterator]() === it];
});
check('toJSON', () => JSON.stringify({ m: new MIMEType('A/B;X="1 2"'), p: new MIMEType('a/b;c=d').params }));
check('template literal and concatenation', () => [`${new MIMEType('a/b;c=d')}`, new MIMEType('a/b') + '']);
check('standalone MIMEParams', () => {
  const p = new MIMEParams('ignored');
  return [p.toString(), p.toJSON(), [...p].length];
});

// Shape.
check('prototype names', () => Object.getOwnPropertyNames(MIMEType.prototype).join());
check('params prototype names', () => Object.getOwnPropertyNames(MIMEParams.prototype).join());
check('lengths', () => [MIMEType.length, MIMEParams.length, MIMEParams.prototype.set.length,
  MIMEParams.prototype.get.length]);
check('accessors', () => ['type', 'subtype', 'essence', 'params'].map((k) => {
  const d = Object.getOwnPropertyDescriptor(MIMEType.prototype, k);
  return `${k}:${typeof d.get}/${typeof d.set}/${d.enumerable}`;
}));
check('no own keys', () => Object.keys(new MIMEType('a/b;c=d')).length);
check('inspect', () => [util.inspect(new MIMEType('a/b')), util.inspect(new MIMEParams())]);
check('methods need a real receiver', () => MIMEType.prototype.toString.call({}));
check('params methods need a real receiver', () => MIMEParams.prototype.get.call({}, 'a'));
check('error is a TypeError', () => {
  try { new MIMEType('x'); } catch (e) { return [e instanceof TypeError, e.code, Object.keys(e).join()]; }
});
