// capjs-flags: --allow-env=CAPJS_COMPAT_A,CAPJS_COMPAT_B
// process.env: string coercion on write, delete, `in`, and enumeration of what exists.
process.env.CAPJS_COMPAT_A = 42;
process.env.CAPJS_COMPAT_B = true;
console.log(typeof process.env.CAPJS_COMPAT_A, process.env.CAPJS_COMPAT_A, process.env.CAPJS_COMPAT_B);
process.env.CAPJS_COMPAT_C = undefined;
console.log(process.env.CAPJS_COMPAT_C, typeof process.env.CAPJS_COMPAT_C);
console.log('CAPJS_COMPAT_A' in process.env, delete process.env.CAPJS_COMPAT_A, 'CAPJS_COMPAT_A' in process.env);
console.log(Object.keys(process.env).filter((k) => k.startsWith('CAPJS_COMPAT_')).sort().join(','));
try {
  process.env.CAPJS_COMPAT_D = Symbol('s');
} catch (e) {
  console.log('symbol:', e.name);
}
console.log(JSON.stringify(Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('CAPJS_COMPAT_')))));
