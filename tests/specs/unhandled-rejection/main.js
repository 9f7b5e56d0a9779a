Promise.reject(new Error('nobody caught me'));
setTimeout(() => console.log('never'), 20);
