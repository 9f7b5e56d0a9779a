// An https server whose certificate or key is not PEM fails to listen with Node's code for
// unreadable PEM; client certificates (not supported yet) throw ERR_NOT_IMPLEMENTED.
const https = require('https');
const cases = [
  ['garbage cert', { cert: 'not a certificate', key: 'not a key' }],
  ['no cert', {}],
];
(async () => {
  for (const [name, options] of cases) {
    const server = https.createServer(options, () => {});
    await new Promise((resolve) => {
      server.on('error', (e) => {
        console.log(`${name}: ${e.code} listening=${server.listening}`);
        resolve();
      });
      server.on('listening', () => {
        console.log(`${name}: listening`);
        server.close(resolve);
      });
      server.listen(0, '127.0.0.1');
    });
  }
  try {
    https.request({ host: '127.0.0.1', port: 9, cert: 'x', key: 'y' });
  } catch (e) {
    console.log(`client cert: ${e.code} | ${e.message}`);
  }
})();
