export const id = 467;
export const ids = [467];
export const modules = {

/***/ 34467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_OIDC_ISSUER: () => (/* reexport */ GITHUB_OIDC_ISSUER),
  GITHUB_WORKFLOW_BUILD_TYPE: () => (/* reexport */ GITHUB_WORKFLOW_BUILD_TYPE),
  IN_TOTO_PAYLOAD_TYPE: () => (/* reexport */ IN_TOTO_PAYLOAD_TYPE),
  IN_TOTO_STATEMENT_V1: () => (/* reexport */ IN_TOTO_STATEMENT_V1),
  PUBLIC_GOOD_FULCIO_URL: () => (/* reexport */ PUBLIC_GOOD_FULCIO_URL),
  PUBLIC_GOOD_REKOR_URL: () => (/* reexport */ PUBLIC_GOOD_REKOR_URL),
  SLSA_PROVENANCE_V1: () => (/* reexport */ SLSA_PROVENANCE_V1),
  attachBundle: () => (/* reexport */ attachBundle),
  buildPredicate: () => (/* reexport */ buildPredicate),
  buildProvenance: () => (/* reexport */ buildProvenance),
  buildReferrerManifest: () => (/* reexport */ buildReferrerManifest),
  checkStatement: () => (/* reexport */ checkStatement),
  decryptEncryptedKey: () => (/* reexport */ decryptEncryptedKey),
  loadPublicKey: () => (/* reexport */ loadPublicKey),
  loadSigningKey: () => (/* reexport */ loadSigningKey),
  pae: () => (/* reexport */ pae),
  planSigning: () => (/* reexport */ planSigning),
  referrersTag: () => (/* reexport */ referrersTag),
  signStatement: () => (/* reexport */ signStatement),
  statementBytes: () => (/* reexport */ statementBytes),
  verifyArtifact: () => (/* reexport */ verifyArtifact)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(80668);
var nacl_fast_default = /*#__PURE__*/__webpack_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./src/sign/key.ts



/**
 * Loading the `signing-key` input: PEM PKCS#8 / SEC1 P-256 keys, and cosign's encrypted format
 * (`ENCRYPTED SIGSTORE PRIVATE KEY` / `ENCRYPTED COSIGN PRIVATE KEY`: scrypt + NaCl secretbox around a PKCS#8 DER key).
 * Error messages never contain key material, the password, or library messages that might quote either.
 */
const FIX_KEY = 'Set signing-key to a P-256 private key: a PEM "PRIVATE KEY" / "EC PRIVATE KEY", or a cosign key from ' +
    '`cosign generate-key-pair` ("ENCRYPTED SIGSTORE PRIVATE KEY") with its password in signing-key-password.';
const TITLE = 'Signing key';
/** scrypt parameter sets go-securesystemslib accepts (legacy, standard, OWASP). Anything else is refused. */
const ALLOWED_SCRYPT = new Set(['32768/8/1', '65536/8/1', '131072/8/1']);
const PEM_RE = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;
/** Secrets pasted into a single-line variable often arrive with literal `\n`; normalise line endings. */
function normalisePem(text) {
    let s = text.trim();
    if (!s.includes('\n') && s.includes('\\n'))
        s = s.replace(/\\n/g, '\n');
    return s.replace(/\r\n?/g, '\n');
}
function scryptAsync(password, salt, N, r, p) {
    return new Promise((resolve, reject) => {
        // Node refuses when 128*N*r exceeds maxmem (default 32 MiB, exactly N=32768): allow twice the need.
        (0,external_node_crypto_.scrypt)(password, salt, 32, { N, r, p, maxmem: 256 * N * r }, (err, key) => err ? reject(err) : resolve(key));
    });
}
function b64(field, value, length) {
    if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
        throw new errors/* UserError */.y(`The encrypted signing key has no valid base64 ${field}.`, FIX_KEY, TITLE);
    }
    const buf = Buffer.from(value, 'base64');
    if (length !== undefined && buf.length !== length) {
        throw new errors/* UserError */.y(`The encrypted signing key's ${field} is ${buf.length} bytes; ${length} expected.`, FIX_KEY, TITLE);
    }
    return buf;
}
/**
 * Decrypt the JSON body of a cosign / go-securesystemslib encrypted key. Returns the plaintext (a PKCS#8 DER key for
 * cosign keys). A wrong password is a UserError.
 */
async function decryptEncryptedKey(file, password) {
    if (!file || typeof file !== 'object' || !file.kdf || !file.cipher) {
        throw new errors/* UserError */.y('The encrypted signing key is not in cosign\'s format (no "kdf"/"cipher").', FIX_KEY, TITLE);
    }
    if (file.kdf.name !== 'scrypt') {
        throw new errors/* UserError */.y(`The encrypted signing key uses an unsupported KDF; only scrypt is supported.`, FIX_KEY, TITLE);
    }
    if (file.cipher.name !== 'nacl/secretbox') {
        throw new errors/* UserError */.y(`The encrypted signing key uses an unsupported cipher; only nacl/secretbox is supported.`, FIX_KEY, TITLE);
    }
    const { N, r, p } = file.kdf.params ?? {};
    // Bounded: a crafted key must not make us allocate gigabytes.
    if (!ALLOWED_SCRYPT.has(`${N}/${r}/${p}`)) {
        throw new errors/* UserError */.y(`The encrypted signing key has unsupported scrypt parameters (N=${Number(N)}, r=${Number(r)}, p=${Number(p)}); ` +
            'supported: N=32768, 65536 or 131072 with r=8, p=1.', FIX_KEY, TITLE);
    }
    const salt = b64('salt', file.kdf.salt);
    const nonce = b64('nonce', file.cipher.nonce, (nacl_fast_default()).secretbox.nonceLength);
    const ciphertext = b64('ciphertext', file.ciphertext);
    const key = await scryptAsync(password, salt, N, r, p);
    const plain = nacl_fast_default().secretbox.open(new Uint8Array(ciphertext), new Uint8Array(nonce), new Uint8Array(key));
    key.fill(0);
    if (!plain) {
        throw new errors/* UserError */.y('The signing key could not be decrypted: signing-key-password is wrong (or missing).', 'Set signing-key-password to the password the key was created with (cosign reads it from COSIGN_PASSWORD).', TITLE);
    }
    return Buffer.from(plain);
}
function checkP256(key) {
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        const kind = key.asymmetricKeyType === 'ec'
            ? `an EC key on curve ${key.asymmetricKeyDetails?.namedCurve ?? 'unknown'}`
            : `a ${key.asymmetricKeyType ?? 'unknown'} key`;
        throw new errors/* UserError */.y(`signing-key is ${kind}; ECDSA P-256 is required.`, FIX_KEY, TITLE);
    }
}
/** Public half, in the forms the bundle and verifiers need. */
function describePublicKey(privateOrPublic) {
    const pub = privateOrPublic.type === 'private' ? (0,external_node_crypto_.createPublicKey)(privateOrPublic) : privateOrPublic;
    const der = pub.export({ type: 'spki', format: 'der' });
    return {
        publicKeyPem: pub.export({ type: 'spki', format: 'pem' }).toString(),
        hint: (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64'),
    };
}
/**
 * Load the `signing-key` input (and `signing-key-password`). Call this before anything is pushed: a malformed key or a
 * wrong password is a UserError.
 */
async function loadSigningKey(keyText, password) {
    const pem = normalisePem(keyText);
    const m = PEM_RE.exec(pem);
    if (!m) {
        throw new errors/* UserError */.y('signing-key is not a PEM private key (no "-----BEGIN … PRIVATE KEY-----" block).', FIX_KEY, TITLE);
    }
    const type = m[1];
    let privateKey;
    if (type === 'ENCRYPTED SIGSTORE PRIVATE KEY' || type === 'ENCRYPTED COSIGN PRIVATE KEY') {
        let file;
        try {
            file = JSON.parse(Buffer.from(m[2].replace(/\s+/g, ''), 'base64').toString('utf8'));
        }
        catch {
            throw new errors/* UserError */.y(`signing-key (${type}) does not contain cosign's JSON key envelope.`, FIX_KEY, TITLE);
        }
        const der = await decryptEncryptedKey(file, password ?? '');
        try {
            privateKey = (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' });
        }
        catch {
            throw new errors/* UserError */.y('The decrypted signing key is not a PKCS#8 private key.', FIX_KEY, TITLE);
        }
        finally {
            der.fill(0);
        }
    }
    else if (type === 'PRIVATE KEY' || type === 'EC PRIVATE KEY' || type === 'ENCRYPTED PRIVATE KEY') {
        try {
            privateKey = (0,external_node_crypto_.createPrivateKey)({ key: m[0], format: 'pem', passphrase: password ?? '' });
        }
        catch {
            // Node's message may describe the key; say only what the user can act on.
            const why = type === 'ENCRYPTED PRIVATE KEY'
                ? 'could not be decrypted: signing-key-password is wrong or missing, or the key is malformed.'
                : 'is malformed (the PEM body is not a valid key).';
            throw new errors/* UserError */.y(`signing-key (${type}) ${why}`, FIX_KEY, TITLE);
        }
    }
    else if (type === 'PUBLIC KEY' || type === 'CERTIFICATE') {
        throw new errors/* UserError */.y(`signing-key holds a ${type}, not a private key.`, FIX_KEY, TITLE);
    }
    else {
        throw new errors/* UserError */.y(`signing-key has an unsupported PEM type "${type}".`, FIX_KEY, TITLE);
    }
    checkP256(privateKey);
    return { privateKey, ...describePublicKey(privateKey) };
}
/** Parse a public key (`PUBLIC KEY` PEM; a private key PEM is accepted and reduced to its public half). */
function loadPublicKey(pemText) {
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)(normalisePem(pemText));
    }
    catch {
        throw new errors/* UserError */.y('The verification key is not a PEM public key.', 'Pass the "PUBLIC KEY" PEM that belongs to signing-key (cosign.pub).', 'Verification key');
    }
    checkP256(key);
    return key;
}

;// CONCATENATED MODULE: ./src/sign/oidc.ts


/**
 * The GitHub Actions OIDC token protocol (what @actions/core `getIDToken` and sigstore's CIContextProvider do):
 * `GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=<aud>` with `Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN`,
 * answer `{"value": "<jwt>"}`. Our own implementation (global fetch) so failures name the fix instead of sigstore's
 * "CI: no tokens available". The token is a secret: recorded (masked with `::add-mask::` in the action, redacted
 * everywhere) the moment it arrives, before anything else can see it. The answer is read with a byte limit.
 */
/** An OIDC token answer is `{"value": "<jwt>"}`: a few KiB. */
const MAX_TOKEN_ANSWER_BYTES = 64 << 10;
/** Read at most `limit` bytes of a fetch body; undefined when it is longer. */
async function readLimited(res, limit) {
    if (!res.body)
        return '';
    const chunks = [];
    let size = 0;
    for await (const chunk of res.body) {
        size += chunk.length;
        if (size > limit) {
            await res.body.cancel().catch(() => undefined);
            return undefined;
        }
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks).toString('utf8');
}
const ID_TOKEN_FIX = 'Give the job `permissions: id-token: write` (workflow or job level). Pull requests from forks never get an OIDC ' +
    'token: sign on push/release/tag runs, or use signing: key with signing-key.';
function idTokenEnv(env) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    return url && token ? { url, token } : undefined;
}
async function fetchIdToken(requestUrl, requestToken, audience, timeoutMs = 10_000) {
    let url;
    try {
        url = new URL(requestUrl);
    }
    catch {
        throw new errors/* UserError */.y('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL.', ID_TOKEN_FIX, 'Keyless signing');
    }
    url.searchParams.append('audience', audience);
    let lastError = '';
    for (let attempt = 0; attempt < 3; attempt++) {
        if (attempt > 0)
            await new Promise((r) => setTimeout(r, 500 * attempt));
        let res;
        try {
            res = await fetch(url, {
                headers: { Accept: 'application/json', Authorization: `Bearer ${requestToken}` },
                signal: AbortSignal.timeout(timeoutMs),
            });
        }
        catch (e) {
            lastError = `request failed (${e.name})`;
            continue;
        }
        let text;
        try {
            text = await readLimited(res, MAX_TOKEN_ANSWER_BYTES);
        }
        catch (e) {
            lastError = `reading the answer failed (${e.name})`;
            continue;
        }
        if (res.status >= 500 || res.status === 429) {
            lastError = `HTTP ${res.status}`;
            continue;
        }
        if (!res.ok) {
            throw new errors/* UserError */.y(`The OIDC token request was refused (HTTP ${res.status}).`, ID_TOKEN_FIX, 'Keyless signing');
        }
        let value;
        try {
            value = JSON.parse(text ?? '').value;
        }
        catch {
            value = undefined;
        }
        if (typeof value === 'string')
            (0,log/* addSecret */.Ck)(value); // masked before anything can print it
        if (typeof value !== 'string' || value.split('.').length !== 3) {
            throw new errors/* UserError */.y('The OIDC token endpoint answered without a token.', ID_TOKEN_FIX, 'Keyless signing');
        }
        return value;
    }
    throw new errors/* UserError */.y(`Could not get an OIDC token: ${(0,log.q)(lastError)}.`, ID_TOKEN_FIX, 'Keyless signing');
}

;// CONCATENATED MODULE: ./src/sign/types.ts
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';

;// CONCATENATED MODULE: ./src/sign/plan.ts





const MODES = ['auto', 'keyless', 'key', 'none'];
function serviceUrl(input, value, fallback) {
    const v = value?.trim();
    if (!v)
        return fallback;
    let url;
    try {
        url = new URL(v);
    }
    catch {
        throw new errors/* UserError */.y(`${input} ${(0,log.q)(v)} is not a URL.`, `Set ${input} to an https:// URL or leave it empty.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* UserError */.y(`${input} ${(0,log.q)(v)} is not an http(s) URL.`, `Set ${input} to an https:// URL or leave it empty.`);
    }
    return v.replace(/\/+$/, '');
}
/**
 * Decide how this run signs, and do everything that can fail before anything is pushed: validate the mode, load and
 * decrypt the key, check that an OIDC token can be requested. The OIDC token itself is fetched in `signStatement`
 * (it expires within minutes; the signature is made right before the first tag is pushed).
 *
 * `auto`: key mode when `signing-key` is given (an explicit choice), else keyless when the run can request an OIDC
 * token, else unsigned with a warning naming the fix. Pull-request runs never sign, whatever the mode.
 */
async function planSigning(opts) {
    const mode = String(opts.mode ?? 'auto')
        .trim()
        .toLowerCase();
    if (!MODES.includes(mode)) {
        throw new errors/* UserError */.y(`signing ${(0,log.q)(String(opts.mode))} is not a signing mode.`, 'Set signing to auto, keyless, key or none.');
    }
    const plan = { mode: 'none', warnings: [], notices: [] };
    const hasKey = !!opts.signingKey?.trim();
    if (mode === 'none') {
        plan.notices.push('Provenance signing is off (signing: none).');
        return plan;
    }
    if (opts.isPullRequest) {
        plan.notices.push(`Provenance is not signed on ${(0,log.q)(opts.eventName)} runs; it is signed when the artifact is published from a push, tag or release.`);
        return plan;
    }
    let chosen;
    if (mode === 'key') {
        if (!hasKey) {
            throw new errors/* UserError */.y('signing is "key" but signing-key is empty.', 'Pass the private key from a secret: `signing-key: ${{ secrets.COSIGN_PRIVATE_KEY }}` ' +
                '(and signing-key-password), or use signing: keyless.', 'Signing key');
        }
        chosen = 'key';
    }
    else if (mode === 'keyless') {
        if (!opts.hasIdToken) {
            throw new errors/* UserError */.y('signing is "keyless" but this run cannot request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set).', ID_TOKEN_FIX, 'Keyless signing');
        }
        chosen = 'keyless';
    }
    else if (hasKey) {
        chosen = 'key';
    }
    else if (opts.hasIdToken) {
        chosen = 'keyless';
    }
    else {
        chosen = 'none';
        plan.warnings.push('The artifact is published without signed provenance: this run cannot request an OIDC token and no signing-key is set. ' +
            'Fix: add `permissions: id-token: write` to the job (keyless signing), or pass signing-key; set signing: none to silence this.');
    }
    if (chosen === 'key') {
        plan.key = await loadSigningKey(opts.signingKey, opts.signingKeyPassword);
        plan.mode = 'key';
        plan.notices.push('Provenance will be signed with the given signing-key (no transparency-log entry).');
        return plan;
    }
    if (chosen === 'keyless') {
        const env = opts.env ?? process.env;
        const ids = idTokenEnv(env);
        if (!ids) {
            throw new errors/* UserError */.y('This run cannot request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set).', ID_TOKEN_FIX, 'Keyless signing');
        }
        const tsaUrl = serviceUrl('tsa-url', opts.tsaUrl, undefined);
        const keyless = {
            fulcioUrl: serviceUrl('fulcio-url', opts.fulcioUrl, PUBLIC_GOOD_FULCIO_URL),
            // With a TSA and no explicit rekor-url, no transparency log (GitHub's private-repo instance works this way).
            rekorUrl: serviceUrl('rekor-url', opts.rekorUrl, tsaUrl ? undefined : PUBLIC_GOOD_REKOR_URL),
            tsaUrl,
            idTokenRequestUrl: ids.url,
            idTokenRequestToken: ids.token,
        };
        plan.keyless = keyless;
        plan.mode = 'keyless';
        const publicLog = keyless.rekorUrl === PUBLIC_GOOD_REKOR_URL;
        plan.notices.push(`Provenance will be signed keyless (certificate from ${keyless.fulcioUrl}` +
            (keyless.rekorUrl ? `, transparency log ${keyless.rekorUrl}` : '') +
            (keyless.tsaUrl ? `, timestamps from ${keyless.tsaUrl}` : '') +
            ').' +
            (publicLog ? ' The public Rekor log records the repository and workflow names.' : ''));
        return plan;
    }
    return plan;
}

// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
;// CONCATENATED MODULE: ./src/sign/provenance.ts





/**
 * The in-toto Statement v1 with a SLSA v1 predicate shaped exactly as `@actions/attest` 3.2
 * (`buildSLSAProvenancePredicate`) builds it.
 *
 * Source of the values: the run's `GITHUB_*` environment variables, in every mode. @actions/attest reads the same
 * fields from a verified OIDC token (audience `nobody`); the env is acceptable per the issue and also works in key mode.
 * Mapping: claim `ref` = GITHUB_REF, `sha` = GITHUB_SHA, `repository` = GITHUB_REPOSITORY, `workflow_ref` =
 * GITHUB_WORKFLOW_REF, `event_name` = GITHUB_EVENT_NAME, `repository_id` = GITHUB_REPOSITORY_ID, `repository_owner_id` =
 * GITHUB_REPOSITORY_OWNER_ID, `runner_environment` = RUNNER_ENVIRONMENT, `run_id`/`run_attempt` = GITHUB_RUN_ID/ATTEMPT.
 * Difference: `builder.id` uses GITHUB_WORKFLOW_REF because the env has no `job_workflow_ref`; the two differ only when
 * this step runs inside a reusable workflow (the keyless certificate's SAN then names the reusable workflow).
 * In key mode these values are unauthenticated input; in keyless mode the certificate binds the same facts.
 * No timestamps go into the statement (deterministic for a given run).
 */
const REQUIRED = [
    'GITHUB_SERVER_URL',
    'GITHUB_REPOSITORY',
    'GITHUB_REF',
    'GITHUB_SHA',
    'GITHUB_WORKFLOW_REF',
    'GITHUB_EVENT_NAME',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_ATTEMPT',
];
const FIX_ENV = 'Sign inside a GitHub Actions run (these variables are set by the runner), or set them when running the CLI elsewhere.';
function sha256Hex(field, digest) {
    if (!types/* DIGEST_RE */.Vt.test(digest)) {
        throw new errors/* UserError */.y(`${field} ${(0,log.q)(digest)} is not a sha256 digest.`, 'Pass a digest of the form sha256:<64 hex>.');
    }
    return (0,oci_digest/* digestHex */.s)(digest);
}
function buildPredicate(env) {
    const missing = REQUIRED.filter((k) => !env[k]);
    if (missing.length) {
        throw new errors/* UserError */.y(`Cannot build provenance: ${missing.join(', ')} not set.`, FIX_ENV, 'Provenance');
    }
    const server = env.GITHUB_SERVER_URL.replace(/\/+$/, '');
    if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(server)) {
        throw new errors/* UserError */.y(`GITHUB_SERVER_URL ${(0,log.q)(server)} is not an https origin.`, FIX_ENV, 'Provenance');
    }
    const repository = env.GITHUB_REPOSITORY;
    const ref = env.GITHUB_REF;
    const sha = env.GITHUB_SHA;
    const workflowRef = env.GITHUB_WORKFLOW_REF;
    // `owner/repo/.github/workflows/x.yml@refs/heads/main` -> `.github/workflows/x.yml`
    const prefix = `${repository}/`;
    const withoutRepo = workflowRef.startsWith(prefix) ? workflowRef.slice(prefix.length) : workflowRef;
    const at = withoutRepo.indexOf('@');
    const path = at >= 0 ? withoutRepo.slice(0, at) : withoutRepo;
    const github = { event_name: env.GITHUB_EVENT_NAME };
    if (env.GITHUB_REPOSITORY_ID)
        github.repository_id = env.GITHUB_REPOSITORY_ID;
    if (env.GITHUB_REPOSITORY_OWNER_ID)
        github.repository_owner_id = env.GITHUB_REPOSITORY_OWNER_ID;
    if (env.RUNNER_ENVIRONMENT)
        github.runner_environment = env.RUNNER_ENVIRONMENT;
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: { workflow: { ref, repository: `${server}/${repository}`, path } },
            internalParameters: { github },
            resolvedDependencies: [{ uri: `git+${server}/${repository}@${ref}`, digest: { gitCommit: sha } }],
        },
        runDetails: {
            builder: { id: `${server}/${workflowRef}` },
            metadata: {
                invocationId: `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT}`,
            },
        },
    };
}
/** Subjects: the manifest (named `<registry>/<repository>`, lowercased, untagged) and, when given, the module. */
function buildProvenance(ctx) {
    const subject = [
        {
            name: `${ctx.registry}/${ctx.repository}`.toLowerCase(),
            digest: { sha256: sha256Hex('manifestDigest', ctx.manifestDigest) },
        },
    ];
    if (ctx.moduleDigest) {
        subject.push({
            name: ctx.moduleName || 'filter.wasm',
            digest: { sha256: sha256Hex('moduleDigest', ctx.moduleDigest) },
        });
    }
    return {
        _type: IN_TOTO_STATEMENT_V1,
        subject,
        predicateType: SLSA_PROVENANCE_V1,
        predicate: buildPredicate(ctx.env),
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
;// CONCATENATED MODULE: ./src/sign/signer.ts







/** A local P-256 key as a sigstore Signer: ECDSA/SHA-256, ASN.1 DER signature over the PAE bytes it is given. */
function keySigner(key) {
    return {
        async sign(data) {
            return {
                signature: (0,external_node_crypto_.sign)('sha256', data, key.privateKey),
                key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint },
            };
        },
    };
}
/** The statement bytes that get signed: serialized once, compact JSON. */
function statementBytes(statement) {
    return Buffer.from(JSON.stringify(statement), 'utf8');
}
function describe(e) {
    if (e instanceof Error)
        return e.message;
    return String(e);
}
/**
 * Sign the statement as a DSSE envelope in a Sigstore bundle v0.3.
 * - key: fully offline (`witnesses: []`), bundle carries `publicKey.hint`.
 * - keyless: OIDC token (audience `sigstore`) -> Fulcio certificate for an ephemeral key -> Rekor entry (and/or TSA).
 */
async function signStatement(plan, statement) {
    let signer;
    const witnesses = [];
    if (plan.mode === 'key' && plan.key) {
        signer = keySigner(plan.key);
    }
    else if (plan.mode === 'keyless' && plan.keyless) {
        const k = plan.keyless;
        const timeout = k.timeoutMs ?? 10_000;
        const identityProvider = {
            getToken: () => fetchIdToken(k.idTokenRequestUrl, k.idTokenRequestToken, 'sigstore', timeout),
        };
        signer = new sign_dist/* FulcioSigner */.$o({ fulcioBaseURL: k.fulcioUrl, identityProvider, timeout, retry: 3 });
        if (k.rekorUrl) {
            witnesses.push(new sign_dist/* RekorWitness */.fU({ rekorBaseURL: k.rekorUrl, fetchOnConflict: true, timeout, retry: 3 }));
        }
        if (k.tsaUrl)
            witnesses.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: k.tsaUrl, timeout, retry: 3 }));
    }
    else {
        throw new Error(`signStatement called with signing mode ${plan.mode}`);
    }
    const builder = new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses });
    let bundle;
    try {
        bundle = await builder.create({ data: statementBytes(statement), type: IN_TOTO_PAYLOAD_TYPE });
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y)
            throw e;
        // sigstore errors carry HTTP status/messages from Fulcio/Rekor; they hold no token or key material.
        const cause = e.cause;
        const detail = describe(e) + (cause ? `: ${describe(cause)}` : '');
        throw new errors/* UserError */.y(`Signing the provenance failed: ${(0,log.q)(detail)}.`, plan.mode === 'keyless'
            ? 'Check fulcio-url/rekor-url and that the job has `permissions: id-token: write`; retry the run if the Sigstore services were unavailable.'
            : 'Check signing-key.', 'Provenance signing');
    }
    const json = (0,dist.bundleToJSON)(bundle);
    return { bundle: json, bundleBytes: Buffer.from(JSON.stringify(json), 'utf8') };
}

// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(29217);
;// CONCATENATED MODULE: ./src/sign/attach.ts






/**
 * Attaching a Sigstore bundle to an artifact as an OCI referrer (cosign BUNDLE_SPEC / actions/attest push-to-registry
 * layout), with the `sha256-<hex>` tag-schema index for registries without a referrers API (GHCR, distribution 2.8).
 */
const BUNDLE_CONTENT_ANNOTATION = 'dev.sigstore.bundle.content';
const BUNDLE_PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
const EMPTY_JSON = Buffer.from('{}');
/** `sha256:<hex>` -> `sha256-<hex>` (OCI referrers tag schema). */
function referrersTag(digest) {
    if (!types/* DIGEST_RE */.Vt.test(digest))
        throw new Error(`not a sha256 digest: ${digest}`);
    return digest.replace(':', '-');
}
/** The referrer manifest, serialized once: its digest is over exactly these bytes. */
function buildReferrerManifest(subject, bundleBytes, opts = {}) {
    const bundleDescriptor = {
        mediaType: media_types/* MediaType */.zu.sigstoreBundleV03,
        digest: (0,oci_digest/* sha256Digest */.$)(bundleBytes),
        size: bundleBytes.length,
    };
    const annotations = {
        [BUNDLE_CONTENT_ANNOTATION]: opts.content ?? 'dsse-envelope',
        [BUNDLE_PREDICATE_ANNOTATION]: opts.predicateType ?? SLSA_PROVENANCE_V1,
    };
    if (opts.created)
        annotations['org.opencontainers.image.created'] = opts.created;
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.ociManifest,
        artifactType: media_types/* MediaType */.zu.sigstoreBundleV03,
        config: { mediaType: media_types/* MediaType */.zu.ociEmpty, digest: media_types/* EMPTY_JSON_DIGEST */.KV, size: 2 },
        layers: [bundleDescriptor],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations,
    };
    const bytes = Buffer.from(JSON.stringify(manifest), 'utf8');
    return { manifest, bytes, digest: (0,oci_digest/* sha256Digest */.$)(bytes), bundleDescriptor };
}
/** Parse what the fallback tag returned; refuse anything that is not an image index (GitLab answers with the subject). */
function parseTagIndex(fetched, tag, subjectDigest) {
    const notIndex = (why) => new errors/* UserError */.y(`The registry returned ${why} for the referrers tag ${(0,log.q)(tag)} instead of an OCI image index.`, 'This registry resolves sha256-<digest> tags to the subject itself (GitLab does) or holds a foreign object under that ' +
        'tag; use a registry with the OCI referrers API or the tag schema, or publish with signing: none.', 'Referrers index');
    if (fetched.digest === subjectDigest)
        throw notIndex('the artifact itself');
    let doc;
    try {
        doc = JSON.parse(fetched.bytes.toString('utf8'));
    }
    catch {
        throw notIndex('a document that is not JSON');
    }
    const mediaType = doc.mediaType ?? fetched.mediaType;
    if (mediaType !== media_types/* MediaType */.zu.ociIndex || !Array.isArray(doc.manifests) || doc.schemaVersion !== 2) {
        throw notIndex(`a ${(0,log.q)(mediaType ?? 'document without mediaType')}`);
    }
    return doc;
}
/** Index entry for a referrer: artifactType and annotations copied up (what oras and @sigstore/oci write). */
function indexEntry(referrer, digest, size) {
    const d = { mediaType: referrer.mediaType ?? media_types/* MediaType */.zu.ociManifest, digest, size };
    d.artifactType = referrer.artifactType ?? referrer.config.mediaType;
    if (referrer.annotations && Object.keys(referrer.annotations).length)
        d.annotations = { ...referrer.annotations };
    return d;
}
/** Merge: keep foreign entries (and the index's own fields), replace any entry with the same digest, append ours. */
function mergeIndex(existing, entry) {
    const base = existing ?? { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.ociIndex, manifests: [] };
    const seen = new Set();
    const manifests = [];
    for (const m of base.manifests) {
        if (!m || typeof m.digest !== 'string' || m.digest === entry.digest || seen.has(m.digest))
            continue;
        seen.add(m.digest);
        manifests.push(m);
    }
    manifests.push(entry);
    return { ...base, schemaVersion: 2, mediaType: media_types/* MediaType */.zu.ociIndex, manifests };
}
const INDEX_ACCEPT = [media_types/* MediaType */.zu.ociIndex, media_types/* MediaType */.zu.ociManifest, media_types/* MediaType */.zu.dockerManifest];
/**
 * Read-modify-write the `sha256-<hex>` index. The Remote has no If-Match, so after the PUT the tag is read back: if a
 * concurrent job replaced it without our entry, merge again (bounded).
 */
async function updateTagIndex(remote, subjectDigest, entry) {
    const tag = referrersTag(subjectDigest);
    for (let attempt = 0; attempt < 4; attempt++) {
        const fetched = await remote.fetchManifest(tag, INDEX_ACCEPT);
        const existing = fetched ? parseTagIndex(fetched, tag, subjectDigest) : undefined;
        if (existing?.manifests.some((m) => m.digest === entry.digest))
            return tag;
        const merged = mergeIndex(existing, entry);
        await remote.pushManifest(tag, Buffer.from(JSON.stringify(merged), 'utf8'), media_types/* MediaType */.zu.ociIndex);
        const back = await remote.fetchManifest(tag, INDEX_ACCEPT);
        if (back && parseTagIndex(back, tag, subjectDigest).manifests.some((m) => m.digest === entry.digest))
            return tag;
    }
    throw new errors/* UserError */.y(`The referrers index ${(0,log.q)(tag)} kept changing while the signature was attached (concurrent jobs?).`, 'Re-run the job; avoid publishing the same artifact from parallel jobs.', 'Referrers index');
}
/**
 * Push the bundle blob, the empty config and the referrer manifest (by digest). When the registry does not confirm the
 * subject (`OCI-Subject` header), maintain the `sha256-<hex>` tag index too.
 */
async function attachBundle(remote, subject, bundleBytes, created) {
    const opts = typeof created === 'string' ? { created } : (created ?? {});
    if (!types/* DIGEST_RE */.Vt.test(subject.digest))
        throw new Error(`subject digest is not sha256: ${subject.digest}`);
    const { manifest, bytes, digest, bundleDescriptor } = buildReferrerManifest(subject, bundleBytes, opts);
    await remote.pushBlob({
        descriptor: { mediaType: media_types/* MediaType */.zu.ociEmpty, digest: media_types/* EMPTY_JSON_DIGEST */.KV, size: 2 },
        bytes: EMPTY_JSON,
    });
    await remote.pushBlob({ descriptor: bundleDescriptor, bytes: bundleBytes });
    const put = await remote.pushManifest(digest, bytes, media_types/* MediaType */.zu.ociManifest);
    if (put.ociSubject && put.ociSubject === subject.digest) {
        return { referrerDigest: digest, referrerSize: bytes.length, via: 'referrers-api' };
    }
    const indexTag = await updateTagIndex(remote, subject.digest, indexEntry(manifest, digest, bytes.length));
    return { referrerDigest: digest, referrerSize: bytes.length, indexTag, via: 'tag-index' };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/sign/verify.ts











/** Bundle media types a reader accepts (v0.3 plus the legacy parameterised forms). */
const BUNDLE_MEDIA_TYPES = new Set([
    media_types/* MediaType */.zu.sigstoreBundleV03,
    'application/vnd.dev.sigstore.bundle+json;version=0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3',
]);
const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;
const MANIFEST_ACCEPT = [media_types/* MediaType */.zu.ociManifest, media_types/* MediaType */.zu.ociIndex, media_types/* MediaType */.zu.dockerManifest];
/** `tag`, `sha256:…`, `host/repo:tag` or `host/repo@sha256:…` -> the tag or digest part. */
function referencePart(reference) {
    const at = reference.lastIndexOf('@');
    if (at >= 0)
        return reference.slice(at + 1);
    if (types/* DIGEST_RE */.Vt.test(reference))
        return reference;
    const slash = reference.lastIndexOf('/');
    if (slash < 0)
        return reference;
    const last = reference.slice(slash + 1);
    const colon = last.indexOf(':');
    return colon >= 0 ? last.slice(colon + 1) : 'latest';
}
const EMPTY_ROOT = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
};
function makeChecker(policy) {
    if ('publicKeyPem' in policy) {
        const key = loadPublicKey(policy.publicKeyPem);
        // The hint is an unauthenticated label: whatever it says, the signature must verify with this key.
        const trust = (0,verify_dist/* toTrustMaterial */.jO)(EMPTY_ROOT, () => ({ publicKey: key, validFor: () => true }));
        return {
            trust,
            verifier: new verify_dist/* Verifier */.BL(trust, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }),
        };
    }
    if (!policy.trustedRoot) {
        throw new errors/* UserError */.y('Keyless verification needs a trusted root.', 'Pass the Sigstore trusted_root.json (`gh attestation trusted-root`, or the one of your Sigstore instance).', 'Verification');
    }
    let root;
    try {
        root = parseTrustedRoots(policy.trustedRoot);
    }
    catch {
        throw new errors/* UserError */.y('The trusted root is not valid JSON (one trusted_root.json document, or one per line).', 'Pass a Sigstore trusted_root.json, or the output of `gh attestation trusted-root`.', 'Verification');
    }
    const trust = (0,verify_dist/* toTrustMaterial */.jO)(root);
    const t = policy.thresholds ?? {};
    return {
        trust,
        verifier: new verify_dist/* Verifier */.BL(trust, {
            tlogThreshold: t.tlog ?? 1,
            ctlogThreshold: t.ctlog ?? 1,
            timestampThreshold: t.timestamp ?? 1,
        }),
        policy: { issuer: policy.issuer ?? GITHUB_OIDC_ISSUER, san: policy.certificateIdentity },
    };
}
/**
 * One trusted root from a trusted_root.json document, or from JSON lines of several (as `gh attestation trusted-root`
 * prints the public-good and GitHub instances): their authorities and logs are merged, so a bundle of either verifies.
 */
function parseTrustedRoots(input) {
    let docs;
    if (typeof input !== 'string')
        docs = [input];
    else {
        try {
            docs = [JSON.parse(input)];
        }
        catch {
            docs = input
                .split(/\r?\n/)
                .filter((l) => l.trim() !== '')
                .map((l) => JSON.parse(l));
        }
    }
    const roots = docs.map((d) => protobuf_specs_dist.TrustedRoot.fromJSON(d));
    if (roots.length === 0)
        throw new Error('no trusted root');
    return {
        ...roots[0],
        tlogs: roots.flatMap((r) => r.tlogs),
        certificateAuthorities: roots.flatMap((r) => r.certificateAuthorities),
        ctlogs: roots.flatMap((r) => r.ctlogs),
        timestampAuthorities: roots.flatMap((r) => r.timestampAuthorities),
    };
}
async function readCapped(remote, d) {
    if (d.size > MAX_BUNDLE_BYTES)
        throw new Error(`bundle layer is ${d.size} bytes (limit ${MAX_BUNDLE_BYTES})`);
    const stream = await remote.fetchBlob(d.digest);
    const chunks = [];
    let total = 0;
    for await (const chunk of stream) {
        const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        total += b.length;
        if (total > MAX_BUNDLE_BYTES) {
            stream.destroy();
            throw new Error('bundle layer exceeds the size limit');
        }
        chunks.push(b);
    }
    const bytes = Buffer.concat(chunks);
    if ((0,oci_digest/* sha256Digest */.$)(bytes) !== d.digest)
        throw new Error('bundle blob does not match its digest');
    return bytes;
}
/** Check the signed statement: payload type, statement type, predicate type and that it names the manifest digest. */
function checkStatement(bundle, manifestDigest, predicateType) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new Error('bundle holds a message signature, not a DSSE envelope');
    const env = bundle.content.dsseEnvelope;
    if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        throw new Error(`DSSE payload type is ${(0,log.q)(env.payloadType)}`);
    let statement;
    try {
        statement = JSON.parse(env.payload.toString('utf8'));
    }
    catch {
        throw new Error('DSSE payload is not JSON');
    }
    if (statement._type !== IN_TOTO_STATEMENT_V1)
        throw new Error(`statement type is ${(0,log.q)(String(statement._type))}`);
    if (statement.predicateType !== predicateType) {
        throw new Error(`predicate type is ${(0,log.q)(String(statement.predicateType))}, expected ${predicateType}`);
    }
    const hex = (0,oci_digest/* digestHex */.s)(manifestDigest);
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    if (!subjects.some((s) => s?.digest?.sha256 === hex)) {
        throw new Error(`the signed statement does not name ${manifestDigest} as a subject`);
    }
    return statement;
}
async function verifyReferrer(remote, candidate, manifestDigest, checker, predicateType) {
    const fetched = await remote.fetchManifest(candidate.digest, [media_types/* MediaType */.zu.ociManifest]);
    if (!fetched)
        throw new Error('referrer manifest not found');
    if ((0,oci_digest/* sha256Digest */.$)(fetched.bytes) !== candidate.digest)
        throw new Error('referrer manifest does not match its digest');
    const manifest = JSON.parse(fetched.bytes.toString('utf8'));
    // The subject field is an unsigned hint; the statement check below is what binds the signature to the manifest.
    if (manifest.subject?.digest !== manifestDigest)
        throw new Error('referrer is about another manifest');
    const layer = (manifest.layers ?? []).find((l) => BUNDLE_MEDIA_TYPES.has(l.mediaType));
    if (!layer)
        throw new Error('referrer has no Sigstore bundle layer');
    const bytes = await readCapped(remote, layer);
    const bundle = (0,dist.bundleFromJSON)(JSON.parse(bytes.toString('utf8')));
    const signer = checker.verifier.verify((0,verify_dist/* toSignedEntity */.DC)(bundle));
    let identity;
    if (checker.policy) {
        const san = signer.identity?.subjectAlternativeName;
        const issuer = signer.identity?.extensions?.issuer;
        const want = checker.policy.san;
        const sanOk = san !== undefined && (typeof want === 'string' ? san === want : want.test(san));
        if (!sanOk)
            throw new Error(`certificate identity is ${(0,log.q)(String(san))}, expected ${(0,log.q)(String(want))}`);
        if (issuer !== checker.policy.issuer) {
            throw new Error(`certificate issuer is ${(0,log.q)(String(issuer))}, expected ${(0,log.q)(checker.policy.issuer)}`);
        }
        identity = { subjectAlternativeName: san, issuer };
    }
    return { statement: checkStatement(bundle, manifestDigest, predicateType), identity };
}
function isBundleCandidate(d) {
    // go-containerregistry writes entries without artifactType: fetch those too.
    return !d.artifactType || BUNDLE_MEDIA_TYPES.has(d.artifactType);
}
/**
 * Verify the signed provenance of `reference` (tag or digest in the remote's repository): find the referrer (referrers
 * API, else the `sha256-<hex>` tag index), check the DSSE signature with @sigstore/verify against the key or the
 * expected workflow identity, and check that the statement names the manifest digest and the predicate type.
 */
async function verifyArtifact(remote, reference, policy, opts = {}) {
    const predicateType = opts.predicateType ?? SLSA_PROVENANCE_V1;
    const checker = makeChecker(policy);
    const ref = referencePart(reference);
    const fetched = await remote.fetchManifest(ref, MANIFEST_ACCEPT);
    if (!fetched) {
        throw new errors/* UserError */.y(`${(0,log.q)(reference)} was not found in ${remote.registry}/${remote.repository}.`, 'Check the reference.', 'Verification');
    }
    // The digest we trust is the one we compute over the bytes, not a header.
    const manifestDigest = (0,oci_digest/* sha256Digest */.$)(fetched.bytes);
    if (types/* DIGEST_RE */.Vt.test(ref) && ref !== manifestDigest) {
        throw new errors/* UserError */.y(`The registry returned a manifest that does not match ${ref}.`, undefined, 'Verification');
    }
    const attempts = [];
    const api = await remote.fetchReferrers(manifestDigest);
    if (api?.length)
        attempts.push({ via: 'referrers-api', list: api });
    const tag = referrersTag(manifestDigest);
    const idx = await remote.fetchManifest(tag, [media_types/* MediaType */.zu.ociIndex]);
    if (idx) {
        try {
            const doc = JSON.parse(idx.bytes.toString('utf8'));
            if (doc.mediaType === media_types/* MediaType */.zu.ociIndex && Array.isArray(doc.manifests)) {
                attempts.push({ via: 'tag-index', list: doc.manifests });
            }
        }
        catch {
            // not an index: ignored, reported below as "no signature found"
        }
    }
    const reasons = [];
    const tried = new Set();
    for (const { via, list } of attempts) {
        for (const candidate of list) {
            if (!candidate?.digest || !types/* DIGEST_RE */.Vt.test(candidate.digest) || tried.has(candidate.digest))
                continue;
            if (!isBundleCandidate(candidate))
                continue;
            tried.add(candidate.digest);
            try {
                const r = await verifyReferrer(remote, candidate, manifestDigest, checker, predicateType);
                return {
                    manifestDigest,
                    referrerDigest: candidate.digest,
                    via,
                    statement: r.statement,
                    identity: r.identity,
                };
            }
            catch (e) {
                reasons.push(`${candidate.digest}: ${e.message}`);
            }
        }
    }
    const detail = reasons.length
        ? ` ${reasons.length} signature(s) found, none valid: ${reasons.map((r) => (0,log.q)(r, 300)).join('; ')}`
        : ' No Sigstore bundle is attached (neither the referrers API nor the sha256-<digest> tag lists one).';
    throw new errors/* UserError */.y(`${(0,log.q)(reference)} (${manifestDigest}) has no valid signed provenance.${detail}`, 'Publish with signing enabled, and verify with the key or workflow identity that signed it.', 'Verification');
}

;// CONCATENATED MODULE: ./src/sign/dsse.ts
/** DSSE pre-authentication encoding: `"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body` (LEN = byte count). */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
        type,
        Buffer.from(` ${payload.length} `, 'utf8'),
        payload,
    ]);
}

;// CONCATENATED MODULE: ./src/sign/index.ts
/**
 * The signing entry point. main.ts loads it with `await import('./sign/index.js')` only when a run signs or verifies,
 * so the Sigstore libraries stay out of unsigned runs. Nothing outside src/sign/ imports signing libraries.
 */










/***/ })

};
