setInterval(() => {}, 100);
