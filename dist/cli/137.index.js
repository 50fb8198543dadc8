export const id = 137;
export const ids = [137];
export const modules = {

/***/ 71137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verify: () => (/* binding */ verify)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25625);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77593);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96657);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78359);
/**
 * `wasm-oci verify <reference>`: the signed provenance attached to the artifact, checked with `verifyArtifact` against
 * a public key (key-signed) or a certificate identity + trusted root (keyless).
 */






const OPTIONS = {
    ..._args_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMON_OPTIONS */ .DT,
    ..._args_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_OPTIONS */ .zc,
    key: { type: 'string' },
    'certificate-identity': { type: 'string' },
    'certificate-identity-regexp': { type: 'string' },
    'certificate-oidc-issuer': { type: 'string' },
    'trusted-root': { type: 'string' },
    json: { type: 'boolean' },
};
async function readInput(path, what, fix) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Cannot read the ${what} ${(0,_log_js__WEBPACK_IMPORTED_MODULE_2__.q)(path)} (${e.code ?? 'error'}).`, fix, 'Verification');
    }
}
async function verify(argv) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)('verify', argv, OPTIONS);
    const log = (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .stderrLogger */ .D7)({ verbose: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(values, 'verbose'), quiet: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(values, 'quiet') });
    if (positionals.length !== 1) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(positionals.length === 0 ? 'verify needs a reference.' : 'verify takes exactly one reference.', 'verify');
    }
    if ((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values, 'oci-layout') !== undefined) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('verify reads signatures from a registry; --oci-layout is not supported here.', 'verify');
    }
    const keyFile = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values, 'key');
    const identity = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values, 'certificate-identity');
    const identityRe = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values, 'certificate-identity-regexp');
    const keyless = identity !== undefined || identityRe !== undefined;
    if ((keyFile !== undefined) === keyless || (identity !== undefined && identityRe !== undefined)) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('verify needs exactly one of --key <pub.pem>, --certificate-identity <id> or --certificate-identity-regexp <re>.', 'verify');
    }
    if (!keyless && ((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values, 'trusted-root') || (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values, 'certificate-oidc-issuer'))) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--trusted-root and --certificate-oidc-issuer apply to keyless verification only.', 'verify');
    }
    let policy;
    if (keyFile !== undefined) {
        policy = {
            publicKeyPem: await readInput(keyFile, 'public key', 'Pass the PEM public key (cosign.pub).'),
        };
    }
    else {
        const rootFile = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values, 'trusted-root');
        if (!rootFile) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('keyless verification needs --trusted-root <trusted_root.json> (e.g. from `gh attestation trusted-root`).', 'verify');
        }
        let certificateIdentity = identity ?? '';
        if (identityRe !== undefined) {
            try {
                certificateIdentity = new RegExp(identityRe);
            }
            catch {
                throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--certificate-identity-regexp ${(0,_log_js__WEBPACK_IMPORTED_MODULE_2__.q)(identityRe, 200)} is not a valid regular expression.`, 'verify');
            }
        }
        policy = {
            certificateIdentity,
            issuer: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values, 'certificate-oidc-issuer'),
            trustedRoot: await readInput(rootFile, 'trusted root', 'Pass a Sigstore trusted_root.json.'),
        };
    }
    const opened = await (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .openStore */ .C)(values, positionals[0], 'verify', log);
    try {
        const sign = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(444), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 34467));
        const r = await sign.verifyArtifact(opened.remote, opened.reference, policy);
        if ((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(values, 'json')) {
            (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .json */ .Pq)({
                verified: true,
                manifestDigest: r.manifestDigest,
                referrerDigest: r.referrerDigest,
                via: r.via,
                identity: r.identity,
                predicateType: r.statement.predicateType,
                subject: r.statement.subject,
            });
        }
        else {
            (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .Ke)(`Verified: ${r.manifestDigest} has signed provenance (${r.statement.predicateType}) in referrer ` +
                `${r.referrerDigest} (${r.via})${r.identity?.subjectAlternativeName ? `, signed by ${(0,_log_js__WEBPACK_IMPORTED_MODULE_2__.q)(r.identity.subjectAlternativeName)}` : ''}.`);
        }
        return 0;
    }
    finally {
        opened.close();
    }
}


/***/ })

};
