export const id = 850;
export const ids = [850];
export const modules = {

/***/ 86850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatText: () => (/* binding */ formatText),
/* harmony export */   inspect: () => (/* binding */ inspect)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25625);
/* harmony import */ var _pull_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30364);
/* harmony import */ var _report_consumers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57031);
/* harmony import */ var _wasm_inspect_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97853);
/* harmony import */ var _wasm_validate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64880);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77593);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(96657);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(78359);
/**
 * `wasm-oci inspect <reference>`: format, digests, sizes, annotations, runtime config, the module's ABI markers and
 * proxy-wasm checks (the module is fetched, verified and read with the action's own reader), consumer compatibility,
 * and the referrers (attestations) attached.
 */











const OPTIONS = { ..._args_js__WEBPACK_IMPORTED_MODULE_8__/* .COMMON_OPTIONS */ .DT, ..._args_js__WEBPACK_IMPORTED_MODULE_8__/* .REGISTRY_OPTIONS */ .zc, json: { type: 'boolean' } };
async function inspect(argv) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .parse */ .qg)('inspect', argv, OPTIONS);
    const log = (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .stderrLogger */ .D7)({ verbose: (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)(values, 'verbose'), quiet: (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)(values, 'quiet') });
    if (positionals.length !== 1) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(positionals.length === 0 ? 'inspect needs a reference.' : 'inspect takes exactly one reference.', 'inspect');
    }
    const opened = await (0,_store_js__WEBPACK_IMPORTED_MODULE_10__/* .openStore */ .C)(values, positionals[0], 'inspect', log);
    const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'wasm-oci-inspect-'));
    try {
        const { store } = opened;
        const artifact = await (0,_pull_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveArtifact */ .BQ)(store, opened.reference);
        const config = await (0,_pull_js__WEBPACK_IMPORTED_MODULE_4__/* .readConfig */ .Xg)(store, artifact);
        const rootfs = config.json?.rootfs;
        const modulePath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'module.wasm');
        const got = await (0,_pull_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchModule */ .j2)(store, artifact, modulePath, { diffIds: rootfs?.diff_ids });
        const moduleReport = await (0,_wasm_inspect_js__WEBPACK_IMPORTED_MODULE_6__/* .inspectModule */ .D)(modulePath);
        let runtimeConfig;
        if (artifact.match.format === 'solo' || artifact.match.format === 'solo-legacy') {
            runtimeConfig = (0,_pull_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRuntimeConfig */ .Kb)(config.json);
        }
        else if (got.runtimeConfigBytes) {
            try {
                runtimeConfig = (0,_pull_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRuntimeConfig */ .Kb)(JSON.parse(got.runtimeConfigBytes.toString('utf8')));
            }
            catch {
                log.warn('The compat layer has a runtime-config.json that is not JSON.');
            }
        }
        const findings = runtimeConfig?.type !== undefined
            ? (0,_wasm_validate_js__WEBPACK_IMPORTED_MODULE_7__/* .validateModule */ .z6)(moduleReport, {
                type: runtimeConfig.type,
                abiVersions: runtimeConfig.abiVersions,
                rootIds: runtimeConfig.rootIds,
            }, 'the module')
            : undefined;
        const referrers = await (0,_pull_js__WEBPACK_IMPORTED_MODULE_4__/* .listReferrers */ .xt)(store, artifact.manifestDigest);
        const report = {
            reference: positionals[0],
            source: opened.image
                ? { registry: opened.image.registry, repository: opened.image.repository }
                : { ociLayout: opened.layoutDir },
            format: artifact.match.format,
            formatDescription: (0,_pull_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFormat */ .Vl)(artifact.match.format),
            index: artifact.index && {
                digest: artifact.index.digest,
                mediaType: artifact.index.mediaType,
                size: artifact.index.size,
            },
            manifest: {
                digest: artifact.manifestDigest,
                mediaType: artifact.mediaType,
                size: artifact.manifestBytes.length,
                annotations: artifact.manifest.annotations ?? {},
            },
            config: { ...artifact.manifest.config, json: config.json },
            layers: artifact.manifest.layers,
            runtimeConfig,
            module: {
                digest: got.digest,
                size: got.size,
                kind: moduleReport.kind,
                abiMarkers: (0,_wasm_validate_js__WEBPACK_IMPORTED_MODULE_7__/* .abiVersionsFromExports */ .pD)(moduleReport),
                proxyWasm: (0,_wasm_validate_js__WEBPACK_IMPORTED_MODULE_7__/* .hasProxyWasmMarker */ .ZJ)(moduleReport),
                exports: moduleReport.exports.map((e) => e.name),
                imports: moduleReport.imports.map((i) => `${i.module}.${i.name}`),
                fullyValidated: moduleReport.fullyValidated,
                findings,
            },
            consumers: (0,_report_consumers_js__WEBPACK_IMPORTED_MODULE_5__/* .checkConsumers */ .cp)(artifact.manifest, config.json),
            referrers: { via: referrers.via, list: referrers.referrers },
        };
        if ((0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)(values, 'json'))
            (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .json */ .Pq)(report);
        else
            (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .result */ .Ke)(formatText(report));
        return 0;
    }
    finally {
        opened.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
    }
}
const u = (s, max = 300) => (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .untrusted */ .bp)(String(s), max);
/** The human-readable report. Every value from the artifact is untrusted and escaped. */
function formatText(r) {
    const lines = [];
    const where = r.source.ociLayout
        ? `OCI layout ${u(r.source.ociLayout)}`
        : `${u(r.source.registry)}/${u(r.source.repository)}`;
    lines.push(`Reference:  ${u(r.reference)} (${where})`);
    lines.push(`Format:     ${r.format}: ${r.formatDescription}`);
    if (r.index)
        lines.push(`Index:      ${r.index.digest} (${u(r.index.mediaType)}, ${r.index.size} bytes)`);
    lines.push(`Manifest:   ${r.manifest.digest} (${u(r.manifest.mediaType)}, ${r.manifest.size} bytes)`);
    lines.push(`Config:     ${u(r.config.digest)} (${u(r.config.mediaType)}, ${r.config.size} bytes)`);
    r.layers.forEach((l, i) => {
        const title = l.annotations?.['org.opencontainers.image.title'];
        lines.push(`Layer ${i}:    ${u(l.digest)} (${u(l.mediaType)}, ${u(l.size)} bytes)${title ? ` ${JSON.stringify(u(title, 120))}` : ''}`);
    });
    const ann = Object.entries(r.manifest.annotations);
    if (ann.length) {
        lines.push('Annotations:');
        for (const [k, v] of ann)
            lines.push(`  ${u(k, 200)}=${u(v)}`);
    }
    if (r.runtimeConfig) {
        lines.push(`Runtime:    type ${u(r.runtimeConfig.type ?? '(none)')}; abiVersions ${u(r.runtimeConfig.abiVersions.join(', ') || '(none)')}; ` +
            `rootIds ${u(r.runtimeConfig.rootIds.join(', ') || '(none)')}`);
    }
    const m = r.module;
    lines.push(`Module:     ${m.digest} (${m.size} bytes, ${m.kind}${m.fullyValidated ? ', valid' : ''})`);
    lines.push(`ABI:        ${m.abiMarkers.length ? m.abiMarkers.map((a) => u(a)).join(', ') : 'no proxy_abi_version_* marker'}`);
    lines.push(`Exports:    ${u(m.exports.join(', ') || '(none)', 1000)}`);
    if (m.findings) {
        for (const f of m.findings.errors)
            lines.push(`  error: ${f.message}${f.fix ? ` ${f.fix}` : ''}`);
        for (const f of m.findings.warnings)
            lines.push(`  warning: ${f.message}${f.fix ? ` ${f.fix}` : ''}`);
        for (const f of m.findings.notices)
            lines.push(`  notice: ${f.message}`);
    }
    lines.push('Consumers:');
    for (const c of r.consumers) {
        lines.push(`  ${c.consumer.padEnd(14)} ${c.accepts ? 'accepted' : 'rejected'}: ${c.reason}`);
    }
    if (r.referrers.list.length === 0) {
        lines.push('Referrers:  none');
    }
    else {
        lines.push(`Referrers (${r.referrers.via}):`);
        for (const d of r.referrers.list) {
            const pred = d.annotations?.['dev.sigstore.bundle.predicateType'];
            lines.push(`  ${u(d.digest)} ${u(d.artifactType ?? d.mediaType)}${pred ? ` (${u(pred, 200)})` : ''}`);
        }
    }
    return lines.join('\n');
}


/***/ })

};
