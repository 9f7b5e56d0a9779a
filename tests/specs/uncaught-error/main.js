function f() {
  null.x;
}
console.log('start');
f();
