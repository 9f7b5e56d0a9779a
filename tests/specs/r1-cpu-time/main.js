console.log('spinning');
while (true) {}
