// assert.throws / doesNotThrow / rejects / doesNotReject: validators and messages.
const assert = require('assert');

const show = (e) => {
  console.log('---', e.name, e.code);
  console.log(JSON.stringify(e.message));
  console.log('>>', e.generatedMessage, e.operator, e.actual === undefined ? 'undef' : typeof e.actual,
    e.expected === undefined ? 'undef' : typeof e.expected);
};
const t = (fn) => {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    show(e);
  }
};
t(() => assert.deepStrictEqual({a: 1}, {a: 2}, 'my msg'));
t(() => assert.notStrictEqual(1, 1, 'my msg'));
t(() => assert.deepEqual(1, 2, 'my msg'));
t(() => assert.throws(() => {}));
t(() => assert.throws(() => {}, 'msg here'));
t(() => assert.throws(() => {}, TypeError));
t(() => assert.throws(() => {}, TypeError, 'msg2'));
t(() => assert.throws(() => {}, /abc/));
t(() => assert.throws(() => { throw new Error('x') }, TypeError));
t(() => assert.throws(() => { throw new Error('xyz') }, /abc/));
t(() => assert.throws(() => { throw new Error('xyz') }, { message: 'abc' }));
t(() => assert.throws(() => { throw new Error('xyz') }, { message: /abc/, name: 'Error' }));
t(() => assert.throws(() => { throw new TypeError('xyz') }, { message: 'xyz', name: 'Error', code: 1 }));
t(() => assert.throws(() => { throw new Error('xyz') }, { message: 'xyz', foo: 1 }));
t(() => assert.throws(() => { throw new Error('xyz') }, (e) => e.message === 'abc'));
t(() => assert.throws(() => { throw new Error('xyz') }, (e) => e.message === 'xyz'));
t(() => assert.throws(() => { throw new Error('xyz') }, Error));
t(() => assert.throws(() => { throw 'str' }, /st/));
t(() => assert.throws(() => { throw new Error('xyz') }, 'xyz'));
t(() => assert.throws('notfn'));
t(() => assert.throws(() => { throw new Error('xyz') }, {}));
t(() => assert.throws(() => { throw null }, { message: 'a' }));
t(() => assert.throws(() => { throw new Error('e') }, () => false));
t(() => assert.throws(() => { throw new Error('e') }, Error, 'Error'));
t(() => assert.doesNotThrow(() => { throw new Error('boom') }));
t(() => assert.doesNotThrow(() => { throw new Error('boom') }, 'custom'));
t(() => assert.doesNotThrow(() => { throw new Error('boom') }, TypeError));
t(() => assert.doesNotThrow(() => { throw new TypeError('boom') }, TypeError));
t(() => assert.doesNotThrow(() => { throw new TypeError('boom') }, /boom/));
t(() => assert.doesNotThrow(() => { throw new TypeError('boom') }, TypeError, 'msg'));
t(() => assert.doesNotThrow(() => 1));
t(() => assert.throws(() => { const e = new Error('m'); e.code = 'X'; throw e; }, { code: 'Y', message: 'm' }));
t(() => assert.throws(() => { throw new Error('m') }, { message: 'm', name: 'Error' }));
t(() => assert.throws(() => { throw new TypeError('m') }, TypeError, 'extra', 'args'));
t(() => assert.throws(() => { throw new Error('m') }, 'm', 'x'));
t(() => assert.throws(() => { throw 'thrown string' }, 'thrown string'));
t(() => assert.throws(() => { throw new Error('m') }, 5));
t(() => assert.throws(() => { throw new RangeError('r') }, { name: 'RangeError', message: /^r$/ }));
t(() => assert.throws(() => { throw new RangeError('r') }, { name: 'TypeError' }, 'own message'));
t(() => assert.throws(() => { throw new RangeError('r') }, new RangeError('r')));
t(() => assert.throws(() => { throw new RangeError('r') }, new RangeError('s')));
t(() => assert.throws(() => {}, { name: 'TypeError' }));
t(() => assert.doesNotThrow(() => { throw new Error('x') }, 5));
const err = new Error('kept');
t(() => assert.throws(() => { throw err }, (e) => e === err));
t(() => assert.throws(() => { throw new Error('m') }, function namedCheck() { return 1; }));

(async () => {
  for (const f of [
    () => assert.rejects(Promise.resolve(1)),
    () => assert.rejects(Promise.resolve(1), TypeError),
    () => assert.rejects(Promise.resolve(1), TypeError, 'why'),
    () => assert.rejects(Promise.reject(new Error('x')), TypeError),
    () => assert.rejects(Promise.reject(new Error('x')), Error),
    () => assert.rejects(async () => { throw new Error('y') }, { message: 'z' }),
    () => assert.rejects(async () => { throw new Error('y') }, /y/),
    () => assert.rejects(() => 1),
    () => assert.rejects(1),
    () => assert.rejects({ then() {}, catch() {} }.then ? Promise.reject(new Error('thenable')) : null, /thenable/),
    () => assert.doesNotReject(Promise.reject(new Error('q'))),
    () => assert.doesNotReject(Promise.resolve(2)),
    () => assert.doesNotReject(() => Promise.reject(new Error('q')), 'mm'),
    () => assert.doesNotReject(async () => { throw new TypeError('q') }, RangeError),
    () => assert.rejects(Promise.reject(new Error('x')), 'Missing'),
  ]) {
    try {
      const p = f();
      console.log(p instanceof Promise);
      await p;
      console.log('resolved');
    } catch (e) {
      show(e);
    }
  }
})();
