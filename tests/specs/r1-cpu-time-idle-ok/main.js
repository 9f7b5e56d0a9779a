// Waiting is not CPU time: a 1.5 s timer under a 1 s CPU budget completes.
setTimeout(() => console.log('done waiting'), 1500);
