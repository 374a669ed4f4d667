// `npm run certs`: localhost development certificates with Debian's openssl — a local CA
// (trust certs/ca.crt in your browser/OS for Office add-ins) and a server certificate for
// localhost, 127.0.0.1 and ::1. Then start with SAMENSPEL_TLS_CERT/SAMENSPEL_TLS_KEY.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function makeDevCerts(dir: string, force = false): { cert: string; key: string; ca: string } {
  const out = { cert: join(dir, 'localhost.crt'), key: join(dir, 'localhost.key'), ca: join(dir, 'ca.crt') };
  if (!force && existsSync(out.cert) && existsSync(out.key)) return out;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const ssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const caKey = join(dir, 'ca.key');
  ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '825', '-keyout', caKey, '-out', out.ca, '-subj', '/CN=Samenspel lokale ontwikkel-CA');
  const csr = join(dir, 'localhost.csr');
  const ext = join(dir, 'localhost.ext');
  writeFileSync(ext, 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-keyout', out.key, '-out', csr, '-subj', '/CN=localhost');
  ssl('x509', '-req', '-in', csr, '-CA', out.ca, '-CAkey', caKey, '-CAcreateserial', '-out', out.cert, '-days', '825', '-sha256', '-extfile', ext);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.env.SAMENSPEL_CERTS_DIR || 'certs');
  try {
    const c = makeDevCerts(dir, process.argv.includes('--force'));
    console.log(`Certificaten in ${dir}. Vertrouw ${c.ca} in uw browser/systeem en start met:`);
    console.log(`  SAMENSPEL_TLS_CERT=${c.cert} SAMENSPEL_TLS_KEY=${c.key} SAMENSPEL_PUBLIC_URL=https://localhost:8787 npm start`);
  } catch (e) {
    console.error(`Kon geen certificaten maken (is openssl geïnstalleerd? apt-get install -y openssl): ${String(e)}`);
    process.exit(1);
  }
}
