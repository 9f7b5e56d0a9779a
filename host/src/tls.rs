//! TLS for https and node:tls (capjs:runtime/tls), with rustls: server configs from the
//! script's PEM certificate and key, client configs that trust Mozilla's bundled roots or
//! the script's `ca`, Node's error codes for what goes wrong, and the roots as PEM.
use crate::bindings::capjs::runtime::types::{ClientTls, Error, ServerTls};
use rustls::{
    client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier},
    crypto::{ring, CryptoProvider},
    pki_types::{pem::PemObject, CertificateDer, PrivateKeyDer, ServerName, UnixTime},
    CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use std::sync::{Arc, OnceLock};

fn os(code: &str, msg: impl Into<String>) -> Error {
    Error::Os((code.into(), msg.into()))
}

fn provider() -> Arc<CryptoProvider> {
    static P: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    P.get_or_init(|| Arc::new(ring::default_provider())).clone()
}

/// What OpenSSL says of PEM it cannot read, which is what Node reports.
fn no_pem(what: &str) -> Error {
    os("ERR_OSSL_PEM_NO_START_LINE", format!("error:0480006C:PEM routines::no start line ({what})"))
}

fn certs(pem: &[u8], what: &str) -> Result<Vec<CertificateDer<'static>>, Error> {
    let certs: Vec<_> = CertificateDer::pem_slice_iter(pem).collect::<Result<_, _>>().map_err(|_| no_pem(what))?;
    if certs.is_empty() {
        return Err(no_pem(what));
    }
    Ok(certs)
}

/// A server's side of TLS, offering `alpn` (http/1.1 for https; none for a tls.Server, whose
/// protocol the host does not know). Bad PEM or a key that does not fit the certificate is
/// an error at listen, as Node's is at createServer.
pub fn acceptor(tls: &ServerTls, alpn: &[&[u8]]) -> Result<tokio_rustls::TlsAcceptor, Error> {
    let chain = certs(&tls.cert, "cert")?;
    let key = PrivateKeyDer::from_pem_slice(&tls.key).map_err(|_| no_pem("key"))?;
    let mut config = rustls::ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .and_then(|b| b.with_no_client_auth().with_single_cert(chain, key))
        .map_err(|e| os("ERR_OSSL_X509_KEY_VALUES_MISMATCH", e.to_string()))?;
    config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

/// A client's side of TLS for one destination: its config and the name the server's
/// certificate must match.
pub struct Connector {
    config: Arc<rustls::ClientConfig>,
    name: ServerName<'static>,
}

impl Connector {
    pub fn new(tls: &ClientTls, host: &str) -> Result<Self, Error> {
        Ok(Connector { config: client_config(tls)?, name: server_name(tls, host)? })
    }

    /// The handshake over `stream`; a failure (an untrusted certificate, say) is Node's error.
    pub async fn connect(
        &self,
        stream: tokio::net::TcpStream,
    ) -> Result<tokio_rustls::client::TlsStream<tokio::net::TcpStream>, Error> {
        tokio_rustls::TlsConnector::from(self.config.clone())
            .connect(self.name.clone(), stream)
            .await
            .map_err(|e| handshake_error(&e))
    }
}

/// A client's TLS config: the bundled roots unless `ca` replaces them, and no checks at all
/// with rejectUnauthorized false (signatures on the handshake itself are still checked).
fn client_config(tls: &ClientTls) -> Result<Arc<rustls::ClientConfig>, Error> {
    static DEFAULT: OnceLock<Arc<rustls::ClientConfig>> = OnceLock::new();
    let builder = || {
        rustls::ClientConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .map_err(|e| os("ERR_TLS_INVALID_PROTOCOL_VERSION", e.to_string()))
    };
    if !tls.reject_unauthorized {
        let config = builder()?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AcceptAny(provider())))
            .with_no_client_auth();
        return Ok(Arc::new(config));
    }
    let Some(ca) = &tls.ca else {
        if let Some(c) = DEFAULT.get() {
            return Ok(c.clone());
        }
        let roots = RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
        let config = Arc::new(builder()?.with_root_certificates(roots).with_no_client_auth());
        return Ok(DEFAULT.get_or_init(|| config).clone());
    };
    let mut roots = RootCertStore::empty();
    for cert in certs(ca, "ca")? {
        roots.add(cert).map_err(|e| os("ERR_OSSL_X509_INVALID_CERTIFICATE", e.to_string()))?;
    }
    Ok(Arc::new(builder()?.with_root_certificates(roots).with_no_client_auth()))
}

/// The name a client checks the certificate against.
fn server_name(tls: &ClientTls, host: &str) -> Result<ServerName<'static>, Error> {
    let name = tls.servername.as_deref().unwrap_or(host).trim_start_matches('[').trim_end_matches(']');
    ServerName::try_from(name.to_string())
        .map_err(|_| os("ERR_INVALID_ARG_VALUE", format!("invalid servername {name}")))
}

/// Node's code and message for a failed client handshake.
fn handshake_error(e: &std::io::Error) -> Error {
    let tls = e.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>());
    let (code, msg) = match tls {
        Some(rustls::Error::InvalidCertificate(c)) => match c {
            CertificateError::UnknownIssuer => {
                ("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate")
            }
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                ("ERR_TLS_CERT_ALTNAME_INVALID", "Hostname/IP does not match certificate's altnames")
            }
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                ("CERT_HAS_EXPIRED", "certificate has expired")
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                ("CERT_NOT_YET_VALID", "certificate is not yet valid")
            }
            CertificateError::Revoked => ("CERT_REVOKED", "certificate revoked"),
            _ => ("ERR_TLS_CERT_INVALID", "certificate is not valid"),
        },
        Some(other) => {
            return os(
                "ECONNRESET",
                format!("Client network socket disconnected before secure TLS connection was established ({other})"),
            )
        }
        None => {
            return os("ECONNRESET", "Client network socket disconnected before secure TLS connection was established")
        }
    };
    os(code, msg)
}

/// rejectUnauthorized: false. The certificate is taken as it is, but the handshake's
/// signatures are verified, so the peer must still hold the key it presents.
#[derive(Debug)]
struct AcceptAny(Arc<CryptoProvider>);

impl ServerCertVerifier for AcceptAny {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

impl crate::bindings::capjs::runtime::tls::Host for crate::state::State {
    /// tls.rootCertificates: each certificate as Node gives it, base64 in 72-column lines.
    fn root_certificates(&mut self) -> wasmtime::Result<Vec<String>> {
        use base64::Engine;
        Ok(webpki_root_certs::TLS_SERVER_ROOT_CERTS
            .iter()
            .map(|der| {
                let b64 = base64::engine::general_purpose::STANDARD.encode(der.as_ref());
                let lines: Vec<&str> =
                    b64.as_bytes().chunks(72).map(|l| std::str::from_utf8(l).unwrap_or("")).collect();
                format!("-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----", lines.join("\n"))
            })
            .collect())
    }
}
