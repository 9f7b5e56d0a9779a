// What capjs's crypto and zlib leave out throws ERR_NOT_IMPLEMENTED naming it (Node has them).
const crypto = require('crypto');
const zlib = require('zlib');

function t(name, fn) {
  try {
    fn();
    console.log(`${name}: no error`);
  } catch (e) {
    console.log(`${name}: ${e.code} | ${e.message}`);
  }
}

for (const name of ['createCipheriv', 'createDecipheriv', 'createSign', 'createVerify', 'sign', 'verify',
  'generateKeyPairSync', 'createPrivateKey', 'createPublicKey', 'createSecretKey', 'createDiffieHellman', 'createECDH',
  'publicEncrypt', 'privateDecrypt', 'hkdfSync', 'generatePrimeSync', 'checkPrimeSync', 'getDiffieHellman']) {
  t(name, () => crypto[name]());
}
for (const name of ['KeyObject', 'X509Certificate', 'Cipheriv', 'ECDH']) t(`new ${name}`, () => new crypto[name]());
t('createCipher', () => crypto.createCipher('aes-128-cbc', 'pw'));
t('setFips(true)', () => crypto.setFips(true));
t('setFips(false)', () => crypto.setFips(false));
t('getCiphers', () => { if (crypto.getCiphers().length !== 0) throw new Error('ciphers listed'); });
t('zlib dictionary', () => zlib.deflateSync('x', { dictionary: Buffer.from('dict') }));
t('zlib empty dictionary', () => zlib.deflateSync('x', { dictionary: Buffer.alloc(0) }));
crypto.subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt'])
  .catch((e) => console.log(`subtle.importKey: ${e.code} | ${e.message}`));
