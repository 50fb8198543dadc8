import { createHash, createPrivateKey, createPublicKey, scrypt, type KeyObject } from 'node:crypto';
import nacl from 'tweetnacl';
import { UserError } from '../errors.js';
import type { LoadedKey } from './types.js';

/**
 * Loading the `signing-key` input: PEM PKCS#8 / SEC1 P-256 keys, and cosign's encrypted format
 * (`ENCRYPTED SIGSTORE PRIVATE KEY` / `ENCRYPTED COSIGN PRIVATE KEY`: scrypt + NaCl secretbox around a PKCS#8 DER key).
 * Error messages never contain key material, the password, or library messages that might quote either.
 */

const FIX_KEY =
  'Set signing-key to a P-256 private key: a PEM "PRIVATE KEY" / "EC PRIVATE KEY", or a cosign key from ' +
  '`cosign generate-key-pair` ("ENCRYPTED SIGSTORE PRIVATE KEY") with its password in signing-key-password.';
const TITLE = 'Signing key';

/** scrypt parameter sets go-securesystemslib accepts (legacy, standard, OWASP). Anything else is refused. */
const ALLOWED_SCRYPT = new Set(['32768/8/1', '65536/8/1', '131072/8/1']);

const PEM_RE = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;

export interface EncryptedKeyFile {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

/** Secrets pasted into a single-line variable often arrive with literal `\n`; normalise line endings. */
function normalisePem(text: string): string {
  let s = text.trim();
  if (!s.includes('\n') && s.includes('\\n')) s = s.replace(/\\n/g, '\n');
  return s.replace(/\r\n?/g, '\n');
}

function scryptAsync(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Node refuses when 128*N*r exceeds maxmem (default 32 MiB, exactly N=32768): allow twice the need.
    scrypt(password, salt, 32, { N, r, p, maxmem: 256 * N * r }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

function b64(field: string, value: unknown, length?: number): Buffer {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
    throw new UserError(`The encrypted signing key has no valid base64 ${field}.`, FIX_KEY, TITLE);
  }
  const buf = Buffer.from(value, 'base64');
  if (length !== undefined && buf.length !== length) {
    throw new UserError(
      `The encrypted signing key's ${field} is ${buf.length} bytes; ${length} expected.`,
      FIX_KEY,
      TITLE,
    );
  }
  return buf;
}

/**
 * Decrypt the JSON body of a cosign / go-securesystemslib encrypted key. Returns the plaintext (a PKCS#8 DER key for
 * cosign keys). A wrong password is a UserError.
 */
export async function decryptEncryptedKey(file: EncryptedKeyFile, password: string): Promise<Buffer> {
  if (!file || typeof file !== 'object' || !file.kdf || !file.cipher) {
    throw new UserError(
      'The encrypted signing key is not in cosign\'s format (no "kdf"/"cipher").',
      FIX_KEY,
      TITLE,
    );
  }
  if (file.kdf.name !== 'scrypt') {
    throw new UserError(
      `The encrypted signing key uses an unsupported KDF; only scrypt is supported.`,
      FIX_KEY,
      TITLE,
    );
  }
  if (file.cipher.name !== 'nacl/secretbox') {
    throw new UserError(
      `The encrypted signing key uses an unsupported cipher; only nacl/secretbox is supported.`,
      FIX_KEY,
      TITLE,
    );
  }
  const { N, r, p } = file.kdf.params ?? ({} as EncryptedKeyFile['kdf']['params']);
  // Bounded: a crafted key must not make us allocate gigabytes.
  if (!ALLOWED_SCRYPT.has(`${N}/${r}/${p}`)) {
    throw new UserError(
      `The encrypted signing key has unsupported scrypt parameters (N=${Number(N)}, r=${Number(r)}, p=${Number(p)}); ` +
        'supported: N=32768, 65536 or 131072 with r=8, p=1.',
      FIX_KEY,
      TITLE,
    );
  }
  const salt = b64('salt', file.kdf.salt);
  const nonce = b64('nonce', file.cipher.nonce, nacl.secretbox.nonceLength);
  const ciphertext = b64('ciphertext', file.ciphertext);
  const key = await scryptAsync(password, salt, N, r, p);
  const plain = nacl.secretbox.open(new Uint8Array(ciphertext), new Uint8Array(nonce), new Uint8Array(key));
  key.fill(0);
  if (!plain) {
    throw new UserError(
      'The signing key could not be decrypted: signing-key-password is wrong (or missing).',
      'Set signing-key-password to the password the key was created with (cosign reads it from COSIGN_PASSWORD).',
      TITLE,
    );
  }
  return Buffer.from(plain);
}

function checkP256(key: KeyObject): void {
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    const kind =
      key.asymmetricKeyType === 'ec'
        ? `an EC key on curve ${key.asymmetricKeyDetails?.namedCurve ?? 'unknown'}`
        : `a ${key.asymmetricKeyType ?? 'unknown'} key`;
    throw new UserError(`signing-key is ${kind}; ECDSA P-256 is required.`, FIX_KEY, TITLE);
  }
}

/** Public half, in the forms the bundle and verifiers need. */
export function describePublicKey(privateOrPublic: KeyObject): { publicKeyPem: string; hint: string } {
  const pub = privateOrPublic.type === 'private' ? createPublicKey(privateOrPublic) : privateOrPublic;
  const der = pub.export({ type: 'spki', format: 'der' });
  return {
    publicKeyPem: pub.export({ type: 'spki', format: 'pem' }).toString(),
    hint: createHash('sha256').update(der).digest('base64'),
  };
}

/**
 * Load the `signing-key` input (and `signing-key-password`). Call this before anything is pushed: a malformed key or a
 * wrong password is a UserError.
 */
export async function loadSigningKey(keyText: string, password?: string): Promise<LoadedKey> {
  const pem = normalisePem(keyText);
  const m = PEM_RE.exec(pem);
  if (!m) {
    throw new UserError(
      'signing-key is not a PEM private key (no "-----BEGIN … PRIVATE KEY-----" block).',
      FIX_KEY,
      TITLE,
    );
  }
  const type = m[1];
  let privateKey: KeyObject;
  if (type === 'ENCRYPTED SIGSTORE PRIVATE KEY' || type === 'ENCRYPTED COSIGN PRIVATE KEY') {
    let file: EncryptedKeyFile;
    try {
      file = JSON.parse(Buffer.from(m[2].replace(/\s+/g, ''), 'base64').toString('utf8')) as EncryptedKeyFile;
    } catch {
      throw new UserError(
        `signing-key (${type}) does not contain cosign's JSON key envelope.`,
        FIX_KEY,
        TITLE,
      );
    }
    const der = await decryptEncryptedKey(file, password ?? '');
    try {
      privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    } catch {
      throw new UserError('The decrypted signing key is not a PKCS#8 private key.', FIX_KEY, TITLE);
    } finally {
      der.fill(0);
    }
  } else if (type === 'PRIVATE KEY' || type === 'EC PRIVATE KEY' || type === 'ENCRYPTED PRIVATE KEY') {
    try {
      privateKey = createPrivateKey({ key: m[0], format: 'pem', passphrase: password ?? '' });
    } catch {
      // Node's message may describe the key; say only what the user can act on.
      const why =
        type === 'ENCRYPTED PRIVATE KEY'
          ? 'could not be decrypted: signing-key-password is wrong or missing, or the key is malformed.'
          : 'is malformed (the PEM body is not a valid key).';
      throw new UserError(`signing-key (${type}) ${why}`, FIX_KEY, TITLE);
    }
  } else if (type === 'PUBLIC KEY' || type === 'CERTIFICATE') {
    throw new UserError(`signing-key holds a ${type}, not a private key.`, FIX_KEY, TITLE);
  } else {
    throw new UserError(`signing-key has an unsupported PEM type "${type}".`, FIX_KEY, TITLE);
  }
  checkP256(privateKey);
  return { privateKey, ...describePublicKey(privateKey) };
}

/** Parse a public key (`PUBLIC KEY` PEM; a private key PEM is accepted and reduced to its public half). */
export function loadPublicKey(pemText: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(normalisePem(pemText));
  } catch {
    throw new UserError(
      'The verification key is not a PEM public key.',
      'Pass the "PUBLIC KEY" PEM that belongs to signing-key (cosign.pub).',
      'Verification key',
    );
  }
  checkP256(key);
  return key;
}
