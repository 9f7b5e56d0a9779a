// http.request's localAddress and localPort (Node has them; the host's HTTP client picks its
// own local end) throw ERR_NOT_IMPLEMENTED naming them, before any grant check or connect.
const http = require('http');
for (const opts of [{ localAddress: '127.0.0.1' }, { localPort: 40000 }]) {
  try {
    http.request({ host: '127.0.0.1', port: 9, ...opts });
    console.log('no error');
  } catch (e) {
    console.log(`${Object.keys(opts)[0]}: ${e.code} | ${e.message}`);
  }
}
