console.log(JSON.stringify(Object.keys(process.env)), process.env.CAPJS_TEST_VAR, process.env.CAPJS_SECRET, process.env.HOME, 'HOME' in process.env);
