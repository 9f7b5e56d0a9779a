// base64/base64url decoding: whitespace, padding inside, invalid and non-ASCII characters
// (each counts as its code unit's low byte), tails after long valid runs, write().
const cases = ['aGVsbG8gd29ybGQ=', 'aGVsbG8gd29ybGQ', 'aGVs bG8g\nd29y\tbGQ=', 'aGVsbG8=d29ybGQ=', 'a', 'ab', 'abc', 'abcd', '====', 'ab==cd',
  'aGVsbG8-d29ybGQ_', 'aGVsbG8+d29ybGQ/', 'aGVsbG8gd29ybGQ\u0141\u0141', '\u0141QUFB', 'QUFBQUFBQUFB\u00ffQUFB', 'QUFBQUFBQUFBQUFB', 'QUFBQUFBQUFBQUF', '*QUFBQUFBQUFBQUFB',
  'QUFBQUFB\u2603QUFBQUFB', 'QUFBQUFBQUFBQUFBQUFBQUFB!!', ''];
for (const c of cases) for (const enc of ['base64', 'base64url']) {
  const b = Buffer.from(c, enc);
  console.log(JSON.stringify(c), enc, b.toString('hex'), Buffer.byteLength(c, enc));
  const t = Buffer.alloc(8); console.log(' write', t.write(c, enc), t.toString('hex'));
}
