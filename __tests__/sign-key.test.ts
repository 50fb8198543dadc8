import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createPrivateKey, verify as cryptoVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../src/errors.js';
import { decryptEncryptedKey, loadPublicKey, loadSigningKey } from '../src/sign/key.js';
import { keySigner } from '../src/sign/signer.js';
import { cosignEncrypt } from './fixtures/cosign-key.js';

const KEYS = join(import.meta.dirname, 'fixtures', 'keys');
const read = (f: string) => readFileSync(join(KEYS, f), 'utf8');

/** The hint computed by openssl, not by the code under test. */
function opensslHint(pubPemFile: string): string {
  const der = execFileSync('openssl', ['pkey', '-pubin', '-in', join(KEYS, pubPemFile), '-outform', 'DER']);
  return execFileSync('openssl', ['dgst', '-sha256', '-binary'], { input: der }).toString('base64');
}

async function userError(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError');
}

describe('cosign encrypted key format', () => {
  it('decrypts the go-securesystemslib TestDecrypt vector (provenance.md §6)', async () => {
    const vector = {
      kdf: {
        name: 'scrypt',
        params: { N: 32768, r: 8, p: 1 },
        salt: 'N9a7x5JFGbrtB2uBR81jPwp0eiLR4A7FV3mjVAQrg1g=',
      },
      cipher: { name: 'nacl/secretbox', nonce: '2h8HxMmgRfuYdpswZBQaU3xJ1nkA/5Ik' },
      ciphertext: 'SEW6sUh0jf2wfdjJGPNS9+bkk2uB+Cxamf32zR8XkQ==',
    };
    expect((await decryptEncryptedKey(vector, 'supersecret')).toString('utf8')).toBe('reallyimportant');
    const e = await userError(decryptEncryptedKey(vector, 'supersecreT'));
    expect(e.message).toMatch(/password is wrong/);
  });

  it('refuses scrypt parameters outside the accepted sets (N=99, huge N) without running scrypt', async () => {
    const base = {
      kdf: { name: 'scrypt', params: { N: 99, r: 8, p: 1 }, salt: 'AAAA' },
      cipher: { name: 'nacl/secretbox', nonce: '2h8HxMmgRfuYdpswZBQaU3xJ1nkA/5Ik' },
      ciphertext: 'AAAA',
    };
    expect((await userError(decryptEncryptedKey(base, 'x'))).message).toMatch(
      /unsupported scrypt parameters/,
    );
    base.kdf.params.N = 1 << 30;
    expect((await userError(decryptEncryptedKey(base, 'x'))).message).toMatch(
      /unsupported scrypt parameters/,
    );
  });

  it.each([
    [32768, 'ENCRYPTED SIGSTORE PRIVATE KEY'],
    [65536, 'ENCRYPTED COSIGN PRIVATE KEY'],
  ])('loads a key encrypted with N=%i (%s) and signs with it', async (N, header) => {
    const enc = cosignEncrypt(read('p256.pkcs8.pem'), 'correct horse', N, header);
    const key = await loadSigningKey(enc, 'correct horse');
    expect(key.hint).toBe(opensslHint('p256.pub.pem'));
    const data = Buffer.from('payload');
    const sig = await keySigner(key).sign(data);
    // verified with the fixture public key, read independently
    expect(cryptoVerify('sha256', data, read('p256.pub.pem'), sig.signature)).toBe(true);
  });

  it('a wrong or missing password is a UserError that leaks neither password nor key', async () => {
    const enc = cosignEncrypt(read('p256.pkcs8.pem'), 'correct horse');
    for (const pw of ['wrong horse', undefined]) {
      const e = await userError(loadSigningKey(enc, pw));
      expect(e.message).toMatch(/signing-key-password is wrong/);
      const text = `${e.message} ${e.fix}`;
      expect(text).not.toContain('horse');
      expect(text).not.toMatch(/[A-Za-z0-9+/]{40,}/); // no base64 key material
    }
  });

  it('accepts the empty password cosign allows', async () => {
    const enc = cosignEncrypt(read('p256.pkcs8.pem'), '');
    expect((await loadSigningKey(enc, '')).hint).toBe(opensslHint('p256.pub.pem'));
  });

  it('refuses a cosign header around a body that is not the JSON envelope', async () => {
    const bad =
      '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nbm90IGEga2V5\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----';
    expect((await userError(loadSigningKey(bad, 'x'))).message).toMatch(/JSON key envelope/);
  });
});

describe('plain PEM keys', () => {
  it('PKCS#8 and SEC1 forms of one key give the openssl-computed hint', async () => {
    const hint = opensslHint('p256.pub.pem');
    expect((await loadSigningKey(read('p256.pkcs8.pem'))).hint).toBe(hint);
    expect((await loadSigningKey(read('p256.sec1.pem'))).hint).toBe(hint);
  });

  it('accepts a key pasted with literal \\n and CRLF line ends', async () => {
    const pem = read('p256.pkcs8.pem').trim();
    expect((await loadSigningKey(pem.replace(/\n/g, '\\n'))).hint).toBe(opensslHint('p256.pub.pem'));
    expect((await loadSigningKey(pem.replace(/\n/g, '\r\n'))).hint).toBe(opensslHint('p256.pub.pem'));
  });

  it('accepts an encrypted PKCS#8 key with its password, refuses it without', async () => {
    const enc = createPrivateKey(read('p256.pkcs8.pem'))
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw-123' })
      .toString();
    expect((await loadSigningKey(enc, 'pw-123')).hint).toBe(opensslHint('p256.pub.pem'));
    expect((await userError(loadSigningKey(enc, 'nope'))).message).toMatch(/could not be decrypted/);
  });

  it.each([
    ['p384.pem', /curve secp384r1.*P-256 is required/],
    ['ed25519.pem', /ed25519 key.*P-256 is required/],
    ['p256.pub.pem', /PUBLIC KEY, not a private key/],
  ])('refuses %s', async (file, re) => {
    expect((await userError(loadSigningKey(read(file)))).message).toMatch(re);
  });

  it('refuses garbage and a corrupt PEM body without echoing it', async () => {
    expect((await userError(loadSigningKey('hunter2'))).message).toMatch(/not a PEM private key/);
    const corrupt =
      '-----BEGIN PRIVATE KEY-----\nTUlJQ0VBSUJBREFOQmdrcWhraUc5dzBCQVFFRkFBU0NBbW93Z2dKbUFnRUFBb0dCQU1T\n-----END PRIVATE KEY-----';
    const e = await userError(loadSigningKey(corrupt));
    expect(e.message).toMatch(/malformed/);
    expect(e.message).not.toContain('TUlJQ0');
  });

  it('loads public keys for verification and refuses non-P-256 ones', () => {
    expect(loadPublicKey(read('p256.pub.pem')).asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(() => loadPublicKey('nope')).toThrow(UserError);
  });
});
