// SECURITY R3: deep recursion is a catchable RangeError, not a host crash.
function f() { return f() + 1; }
try { f(); } catch (e) { console.log('recursion:', e instanceof RangeError, e.message); }
try { JSON.parse('['.repeat(1e6)); } catch (e) { console.log('json nesting:', e instanceof Error); }
console.log('still running');
