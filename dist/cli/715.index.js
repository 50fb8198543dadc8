export const id = 715;
export const ids = [715];
export const modules = {

/***/ 95715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pull: () => (/* binding */ pull)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25625);
/* harmony import */ var _pull_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30364);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77593);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96657);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78359);
/** `wasm-oci pull <reference> -o <file>`: the exact module bytes, every digest verified, written atomically. */








const OPTIONS = {
    ..._args_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMON_OPTIONS */ .DT,
    ..._args_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_OPTIONS */ .zc,
    output: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
};
async function pull(argv) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parse */ .qg)('pull', argv, OPTIONS);
    const log = (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .stderrLogger */ .D7)({ verbose: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc)(values, 'verbose'), quiet: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc)(values, 'quiet') });
    if (positionals.length !== 1) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(positionals.length === 0 ? 'pull needs a reference.' : 'pull takes exactly one reference.', 'pull');
    }
    const output = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(values, 'output');
    if (!output)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('pull needs -o <file> (where to write the module).', 'pull');
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(output);
    await checkOutput(out);
    const opened = await (0,_store_js__WEBPACK_IMPORTED_MODULE_7__/* .openStore */ .C)(values, positionals[0], 'pull', log);
    try {
        const { store } = opened;
        const artifact = await (0,_pull_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveArtifact */ .BQ)(store, opened.reference);
        if (artifact.index)
            log.info(`Index ${artifact.index.digest} -> manifest ${artifact.manifestDigest}`);
        log.info(`Manifest ${artifact.manifestDigest}: ${(0,_pull_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFormat */ .Vl)(artifact.match.format)}`);
        const config = await (0,_pull_js__WEBPACK_IMPORTED_MODULE_4__/* .readConfig */ .Xg)(store, artifact);
        const rootfs = config.json?.rootfs;
        const got = await (0,_pull_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchModule */ .j2)(store, artifact, out, { diffIds: rootfs?.diff_ids });
        log.info(`Module ${got.digest} (${got.size} bytes) -> ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(out)}`);
        if ((0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .bool */ .lc)(values, 'json')) {
            (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .json */ .Pq)({
                reference: opened.image ? positionals[0] : opened.reference,
                manifestDigest: artifact.manifestDigest,
                indexDigest: artifact.index?.digest,
                format: artifact.match.format,
                layer: artifact.match.layer,
                moduleDigest: got.digest,
                moduleSize: got.size,
                output: out,
            });
        }
        return 0;
    }
    finally {
        opened.close();
    }
}
/** The output must be a file path in an existing directory (checked before anything is fetched). */
async function checkOutput(out) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(out)).catch(() => undefined);
    if (!dir?.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`The directory of ${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(out)} does not exist.`, 'Create it first, or pass another -o path.', 'Output');
    }
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(out).catch(() => undefined);
    if (existing?.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${(0,_log_js__WEBPACK_IMPORTED_MODULE_3__.q)(out)} is a directory.`, 'Pass a file path to -o, e.g. -o filter.wasm.', 'Output');
    }
}


/***/ })

};
