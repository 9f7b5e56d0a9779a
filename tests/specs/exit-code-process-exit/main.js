process.on('exit', (c) => console.log('exit event', c));
console.log('before');
process.exit(3);
console.log('never');
