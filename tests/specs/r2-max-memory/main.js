// SECURITY R2: under a 64 MiB cap a huge string is a catchable error, and an
// ever-growing array ends the sandbox with an out-of-memory error, not a host crash.
try {
  'x'.repeat(2 ** 29);
} catch (e) {
  console.log('huge string:', e instanceof Error, /out of memory|Invalid string length/.test(e.message));
}
const keep = [];
for (;;) keep.push('y'.repeat(1e5) + keep.length);
