// tls.rootCertificates: Mozilla's roots as PEM strings (base64 in 72-column lines, as Node
// has them), frozen, the same array on every read, and among them a root everyone trusts
// (ISRG Root X1, Let's Encrypt's). The two runtimes bundle different snapshots of the list,
// so only its shape is compared.
'use strict';
const tls = require('tls');

const roots = tls.rootCertificates;
const pem = /^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{72}\n)*[A-Za-z0-9+/=]{1,72}\n-----END CERTIFICATE-----$/;
console.log('many:', roots.length > 100);
console.log('all PEM:', roots.every((r) => pem.test(r)));
console.log('frozen:', Object.isFrozen(roots), 'same array:', tls.rootCertificates === roots);
console.log('ISRG Root X1:', roots.some((r) => r.includes('MIIFazCCA1OgAwIBAgIRAIIQz7DSQONZRGPgu2OCiwAw')));
