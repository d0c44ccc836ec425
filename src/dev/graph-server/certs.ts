/**
 * A local development CA and a server certificate for 127.0.0.1 / localhost / ::1, created on first start
 * in the data directory and reused afterwards. Nothing is installed system-wide: clients trust `ca.pem`
 * explicitly (NODE_EXTRA_CA_CERTS, an https agent's `ca`, or `devCaFetchOptions`).
 */
import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "selfsigned";

export interface DevCertificates {
  caPem: string;
  caPath: string;
  serverCertPem: string;
  serverKeyPem: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const FILES = { ca: "ca.pem", caKey: "ca-key.pem", cert: "server.pem", key: "server-key.pem" } as const;

function validFor(pem: string, now: Date, marginMs: number): boolean {
  try {
    const cert = new X509Certificate(pem);
    return new Date(cert.validTo).getTime() - marginMs > now.getTime() && new Date(cert.validFrom) <= now;
  } catch {
    return false;
  }
}

function signedBy(certPem: string, caPem: string): boolean {
  try {
    return new X509Certificate(certPem).verify(new X509Certificate(caPem).publicKey);
  } catch {
    return false;
  }
}

function writePrivate(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
}

/** Create (or reuse) the CA and server certificate in `dataDir`. */
export async function ensureDevCertificates(dataDir: string, now: Date = new Date()): Promise<DevCertificates> {
  mkdirSync(dataDir, { recursive: true });
  const p = {
    ca: join(dataDir, FILES.ca),
    caKey: join(dataDir, FILES.caKey),
    cert: join(dataDir, FILES.cert),
    key: join(dataDir, FILES.key),
  };
  const notAfter = new Date(now.getTime() + 365 * DAY_MS);
  const notBefore = new Date(now.getTime() - DAY_MS);

  let caPem = existsSync(p.ca) ? readFileSync(p.ca, "utf8") : "";
  let caKeyPem = existsSync(p.caKey) ? readFileSync(p.caKey, "utf8") : "";
  if (!caPem || !caKeyPem || !validFor(caPem, now, 7 * DAY_MS)) {
    const ca = await generate([{ name: "commonName", value: "SafeShare Local Development CA (do not trust in production)" }], {
      keyType: "ec",
      curve: "P-256",
      algorithm: "sha256",
      notBeforeDate: notBefore,
      notAfterDate: notAfter,
      extensions: [
        { name: "basicConstraints", cA: true, critical: true },
        { name: "keyUsage", keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
      ],
    });
    caPem = ca.cert;
    caKeyPem = ca.private;
    writePrivate(p.caKey, caKeyPem);
    writeFileSync(p.ca, caPem);
  }

  let certPem = existsSync(p.cert) ? readFileSync(p.cert, "utf8") : "";
  let keyPem = existsSync(p.key) ? readFileSync(p.key, "utf8") : "";
  if (!certPem || !keyPem || !validFor(certPem, now, 7 * DAY_MS) || !signedBy(certPem, caPem)) {
    const server = await generate([{ name: "commonName", value: "127.0.0.1" }], {
      keyType: "ec",
      curve: "P-256",
      algorithm: "sha256",
      notBeforeDate: notBefore,
      notAfterDate: notAfter,
      ca: { key: caKeyPem, cert: caPem },
      extensions: [
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
        { name: "extKeyUsage", serverAuth: true },
        {
          name: "subjectAltName",
          altNames: [
            { type: 7, ip: "127.0.0.1" },
            { type: 2, value: "localhost" },
            { type: 7, ip: "::1" },
          ],
        },
      ],
    });
    certPem = server.cert;
    keyPem = server.private;
    writePrivate(p.key, keyPem);
    writeFileSync(p.cert, certPem);
  }
  return { caPem, caPath: p.ca, serverCertPem: certPem, serverKeyPem: keyPem };
}
