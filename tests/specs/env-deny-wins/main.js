console.log(process.env.CAPJS_TEST_VAR, process.env.CAPJS_SECRET, process.env.HOME, Object.keys(process.env).includes('CAPJS_SECRET'));
