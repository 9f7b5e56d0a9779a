// An https or tls server whose certificate or key is not PEM fails to listen with Node's
// code for unreadable PEM; client certificates (not supported yet) throw ERR_NOT_IMPLEMENTED.
const https = require('https');
const tls = require('tls');
const cases = [
  ['garbage cert', https, { cert: 'not a certificate', key: 'not a key' }],
  ['no cert', https, {}],
  ['tls garbage key', tls, { cert: 'not a certificate', key: 'not a key' }],
];
(async () => {
  for (const [name, mod, options] of cases) {
    const server = mod.createServer(options, () => {});
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
  try {
    tls.connect({ host: '127.0.0.1', port: 9, key: 'y' });
  } catch (e) {
    console.log(`tls client cert: ${e.code} | ${e.message}`);
  }
})();
