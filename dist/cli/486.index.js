export const id = 486;
export const ids = [486];
export const modules = {

/***/ 93486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ serializeRuntimeConfig),
/* harmony export */   p: () => (/* binding */ resolveRuntimeConfig),
/* harmony export */   readRuntimeConfigFile: () => (/* binding */ readRuntimeConfigFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25625);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89834);
/* harmony import */ var _wasm_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64880);
/**
 * Runtime config (`runtime-config.json`, Solo spec §1.1): read a wasme-style file, combine it with the action inputs
 * and the module, and serialise it canonically (as wasme's gogo jsonpb writes it).
 */




const MAX_CONFIG_BYTES = 1024 * 1024;
const TITLE = 'Invalid runtime config';
const FIX_SHAPE = 'Use the wasme runtime config shape: {"type": "envoy_proxy", "abiVersions": ["v0.2.1"], "config": {"rootIds": ["my_root_id"]}}.';
async function readRuntimeConfigFile(path) {
    const label = (0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(path);
    let text;
    try {
        // Only a regular file, read with a byte limit (a FIFO or /dev/zero is refused, never read).
        const bytes = await (0,_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .X)(path, {
            what: 'runtime config',
            limit: MAX_CONFIG_BYTES,
            title: TITLE,
            fix: 'Point runtime-config at the runtime-config.json file (a small JSON file), not at a directory, device, pipe or another large file.',
        });
        text = bytes.toString('utf8');
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y)
            throw e;
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(code === 'ENOENT'
            ? `runtime config file ${label} does not exist`
            : `runtime config file ${label} could not be read (${code ?? 'error'})`, 'Check the runtime-config input path (relative paths are resolved from the workspace).', 'Runtime config not found', path);
    }
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`runtime config ${label} is not valid JSON: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(e.message)}`, FIX_SHAPE, TITLE, path);
    }
    if (!isObject(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`runtime config ${label} must be a JSON object`, FIX_SHAPE, TITLE, path);
    const bad = (key, what) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`runtime config ${label}: key ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(key)} ${what}`, FIX_SHAPE, TITLE, path);
    const out = {};
    const abiSources = [];
    for (const [key, value] of Object.entries(data)) {
        switch (key) {
            case 'type':
                if (typeof value !== 'string')
                    throw bad(key, `must be a string (got ${jsonType(value)})`);
                if (value.trim() !== '')
                    out.type = value.trim();
                break;
            case 'abiVersions':
            case 'abi_versions':
                abiSources.push({ key, value: stringArray(value, key, bad) });
                break;
            case 'abiVersion':
            case 'abi_version':
                if (typeof value !== 'string')
                    throw bad(key, `must be a string of comma-separated versions (got ${jsonType(value)})`);
                abiSources.push({ key, value: splitList(value) });
                break;
            case 'config': {
                if (!isObject(value))
                    throw bad(key, `must be an object (got ${jsonType(value)})`);
                const rootSources = [];
                for (const [k, v] of Object.entries(value)) {
                    if (k === 'rootIds' || k === 'root_ids')
                        rootSources.push({ key: `config.${k}`, value: stringArray(v, `config.${k}`, bad) });
                    else
                        throw bad(`config.${k}`, 'is not a known key (known: config.rootIds, config.root_ids)');
                }
                const roots = agree(rootSources, label, path);
                if (roots?.length)
                    out.rootIds = roots; // empty = absent, as in jsonpb
                break;
            }
            default:
                throw bad(key, 'is not a known key (known: type, abiVersions, abi_versions, abi_version, abiVersion, config)');
        }
    }
    const abis = agree(abiSources, label, path);
    if (abis?.length)
        out.abiVersions = abis;
    return out;
}
/**
 * Combine the runtime config file, the inputs and the module. Both given and different = UserError naming both.
 * `type` defaults to `envoy_proxy` for modules exporting a proxy-wasm marker; otherwise it is required for format `solo`
 * and is `''` (no runtime config) for the other formats. `abiVersions` default to the module's markers.
 */
async function resolveRuntimeConfig(inputs, report, format) {
    const path = inputs.runtimeConfigPath?.trim();
    const file = path ? await readRuntimeConfigFile(path) : {};
    const fileLabel = path ? `runtime config ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(path)}` : '';
    const inType = inputs.runtimeType?.trim() || undefined;
    const inAbis = cleanList(inputs.abiVersions);
    const inRoots = cleanList(inputs.rootIds);
    const conflict = (input, key, a, b) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the ${input} input (${a}) contradicts ${key} in ${fileLabel} (${b})`, `Set ${input} or ${key} in the file, not both (or give them the same value).`, 'Conflicting runtime config', path);
    const listText = (l) => (l.length ? l.map((x) => (0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(x)).join(',') : 'empty');
    let type = inType ?? file.type;
    if (inType !== undefined && file.type !== undefined && inType !== file.type) {
        throw conflict('runtime-type', '"type"', (0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(inType), (0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(file.type));
    }
    let abiVersions = inAbis ?? file.abiVersions;
    if (inAbis !== undefined && file.abiVersions !== undefined && !sameList(inAbis, file.abiVersions)) {
        throw conflict('abi-versions', '"abiVersions"', listText(inAbis), listText(file.abiVersions));
    }
    const rootIds = inRoots ?? file.rootIds ?? [];
    if (inRoots !== undefined && file.rootIds !== undefined && !sameList(inRoots, file.rootIds)) {
        throw conflict('root-ids', '"config.rootIds"', listText(inRoots), listText(file.rootIds));
    }
    if (type === undefined) {
        if ((0,_wasm_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .hasProxyWasmMarker */ .ZJ)(report))
            type = 'envoy_proxy';
        else if (format === 'solo') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('the runtime-type input is required for format solo: the module exports no proxy_abi_version_* marker, ' +
                'so the runtime type cannot be derived from it', 'Set runtime-type (envoy_proxy for Envoy/Istio proxy-wasm filters), or set "type" in the runtime-config file, ' +
                'or use format cncf for modules that are not proxy-wasm plugins.', 'Missing runtime type');
        }
        else
            type = '';
    }
    if (abiVersions === undefined)
        abiVersions = (0,_wasm_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .abiVersionsFromExports */ .pD)(report);
    return { type, abiVersions, rootIds };
}
/**
 * Canonical runtime config bytes, as wasme (gogo jsonpb, camelCase) writes them: keys in the order `type`, `abiVersions`,
 * `config.rootIds`; empty values omitted; compact; `<`, `>`, `&`, U+2028 and U+2029 escaped like Go's encoding/json.
 */
function serializeRuntimeConfig(c) {
    const obj = {};
    if (c.type)
        obj.type = c.type;
    if (c.abiVersions.length)
        obj.abiVersions = c.abiVersions;
    if (c.rootIds.length)
        obj.config = { rootIds: c.rootIds };
    const json = JSON.stringify(obj).replace(/[<>&\u2028\u2029]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
    return Buffer.from(json, 'utf8');
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function jsonType(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
function stringArray(v, key, bad) {
    if (!Array.isArray(v))
        throw bad(key, `must be an array of strings (got ${jsonType(v)})`);
    return v.map((x, i) => {
        if (typeof x !== 'string')
            throw bad(`${key}[${i}]`, `must be a string (got ${jsonType(x)})`);
        if (x.trim() === '')
            throw bad(`${key}[${i}]`, 'must not be empty');
        return x.trim();
    });
}
function splitList(s) {
    return s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');
}
/** Trim, drop empties; an empty or absent list means "not given". */
function cleanList(l) {
    const out = (l ?? []).map((x) => x.trim()).filter((x) => x !== '');
    return out.length ? out : undefined;
}
function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/** Several spellings of one key in a file must agree; returns the agreed value or undefined. */
function agree(sources, label, path) {
    for (const s of sources.slice(1)) {
        if (!sameList(s.value, sources[0].value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`runtime config ${label} gives both ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(sources[0].key)} and ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__.q)(s.key)} with different values`, 'Keep only one of them (abiVersions / config.rootIds are the canonical names).', TITLE, path);
        }
    }
    return sources[0]?.value;
}


/***/ }),

/***/ 64880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZJ: () => (/* binding */ hasProxyWasmMarker),
/* harmony export */   pD: () => (/* binding */ abiVersionsFromExports),
/* harmony export */   z6: () => (/* binding */ validateModule)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25625);
/**
 * proxy-wasm checks on an inspected module (pure; see reference wasm-oci-formats.md §7, proxy-wasm-cpp-host
 * `getAbiVersion`). Every export/import name and every declared value is untrusted and goes through `q()`.
 */

const MARKER_PREFIX = 'proxy_abi_version_';
const MARKER_RE = /^proxy_abi_version_(\d+)_(\d+)_(\d+)$/;
/** Markers hosts recognise (cpp-host: the first one found in the export section wins). */
const KNOWN_MARKERS = ['0_1_0', '0_2_0', '0_2_1'];
/** Legacy `v0-<envoy-wasm commit>` values (wasme `abi/version.go`); their ABI era is inferred. */
const LEGACY = {
    'v0-097b7f2e4cc1fb490cc1943d0d633655ac3c522f': {
        abi: '0_1_0',
        what: 'envoy-wasm of Dec 2019, Istio 1.5/1.6',
    },
    'v0-541b2c1155fffb15ccde92b8324f3e38f7339ba6': {
        abi: '0_1_0',
        what: 'older envoy-wasm, Istio 1.5 / Gloo 1.3 era',
    },
    'v0-edc016b1fa5adca3ebd3d7020eaed0ad7b8814ca': { abi: '0_1_0', what: 'envoy-wasm of Jul 2020, Gloo 1.5' },
    'v0-4689a30309abf31aee9ae36e73d34b1bb182685f': {
        abi: '0_2_0',
        what: 'envoy-wasm of Aug 2020, precursor to ABI 0.2.0, Istio 1.7–1.9',
    },
};
/** Host functions (module `env`) by the ABI versions that provide them. */
const ONLY_0_1_0 = [
    'proxy_get_configuration',
    'proxy_continue_request',
    'proxy_continue_response',
    'proxy_clear_route_cache',
];
const FROM_0_2_0 = ['proxy_continue_stream', 'proxy_close_stream'];
const FROM_0_2_1 = ['proxy_get_log_level'];
const HEADER_CALLBACKS = ['proxy_on_request_headers', 'proxy_on_response_headers'];
const abiLabel = (abi) => 'v' + abi.replace(/_/g, '.');
/** `proxy_abi_version_0_2_1` function exports → `v0.2.1`, in export order, without duplicates. */
function abiVersionsFromExports(report) {
    const out = [];
    for (const e of report.exports) {
        if (e.kind !== 'func')
            continue;
        const m = MARKER_RE.exec(e.name);
        if (!m)
            continue;
        const v = `v${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
        if (!out.includes(v))
            out.push(v);
    }
    return out;
}
/** True when the module exports a `proxy_abi_version_<x>_<y>_<z>` function. */
function hasProxyWasmMarker(report) {
    return report.exports.some((e) => e.kind === 'func' && MARKER_RE.test(e.name));
}
/** Declared `abiVersions` value → the marker suffix it stands for (`v0.2.1` → `0_2_1`), or undefined. */
function exactAbi(value) {
    const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(value.trim());
    return m ? `${Number(m[1])}_${Number(m[2])}_${Number(m[3])}` : undefined;
}
function validateModule(report, config, fileLabel) {
    const res = { errors: [], warnings: [], notices: [] };
    const f = (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)(fileLabel);
    const funcExports = report.exports.filter((e) => e.kind === 'func');
    const funcExport = (name) => funcExports.find((e) => e.name === name);
    if (config.type !== 'envoy_proxy') {
        if (report.kind === 'module' && hasProxyWasmMarker(report)) {
            res.notices.push({
                message: `${f} exports a proxy-wasm ABI marker but the runtime type is ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(config.type)}; ` +
                    'the proxy-wasm checks were skipped',
                fix: 'Set runtime-type to envoy_proxy if this is an Envoy/Istio plugin.',
            });
        }
        return res;
    }
    if (report.kind === 'component') {
        res.errors.push({
            message: `${f} is a WebAssembly component, but runtime type envoy_proxy needs a core module: components are not proxy-wasm plugins`,
            fix: 'Build the filter as a core module (e.g. `cargo build --target wasm32-wasip1` with proxy-wasm-rust-sdk), ' +
                'or publish the component with format cncf and without runtime-type envoy_proxy.',
        });
        return res;
    }
    // 1. ABI marker(s)
    const markerExports = report.exports.filter((e) => e.name.startsWith(MARKER_PREFIX));
    const known = [];
    const unknown = [];
    for (const e of markerExports) {
        const abi = e.name.slice(MARKER_PREFIX.length);
        if (e.kind === 'func' && KNOWN_MARKERS.includes(abi)) {
            known.push({ name: e.name, abi: abi, params: e.params, results: e.results });
        }
        else if (e.kind === 'func') {
            unknown.push(e.name);
        }
    }
    const nonFuncMarkers = markerExports.filter((e) => e.kind !== 'func');
    if (!report.exports.some((e) => e.name.startsWith('proxy_'))) {
        res.errors.push({
            message: `${f} does not look like a proxy-wasm plugin: it exports no proxy_abi_version_* function ` +
                '(and no proxy_* exports at all), so Envoy rejects it with "Missing or unknown Proxy-Wasm ABI version"',
            fix: 'Build the filter with a proxy-wasm SDK (Rust proxy-wasm, Go proxy-wasm-go-sdk, C++ proxy-wasm-cpp-sdk), ' +
                'or, if this is not an Envoy plugin, set runtime-type to its runtime or use format cncf.',
        });
        return res;
    }
    const primary = known[0];
    if (!primary) {
        let detail = '';
        if (unknown.length)
            detail = `; it exports ${unknown.map((n) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(n)).join(', ')}, which no host recognises`;
        else if (nonFuncMarkers.length) {
            detail = `; ${nonFuncMarkers.map((e) => `${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(e.name)} is exported as a ${e.kind}`).join(', ')}, but hosts only look at functions`;
        }
        res.errors.push({
            message: `${f} exports no known proxy-wasm ABI marker (a function named proxy_abi_version_0_2_1, _0_2_0 or _0_1_0)${detail}; ` +
                'Envoy rejects it with "Missing or unknown Proxy-Wasm ABI version"',
            fix: 'Build with a current proxy-wasm SDK; it exports the marker function automatically.',
        });
    }
    else {
        if (known.length > 1) {
            res.warnings.push({
                message: `${f} exports ${known.length} ABI markers (${known.map((k) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(k.name)).join(', ')}); ` +
                    `hosts use only the first, ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(primary.name)}`,
                fix: 'Link against a single proxy-wasm SDK version so the module exports exactly one marker.',
            });
        }
        if (unknown.length) {
            res.warnings.push({
                message: `${f} also exports ${unknown.map((n) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(n)).join(', ')}, which no host recognises; it is ignored`,
            });
        }
        for (const k of known) {
            if ((k.params ?? 0) !== 0 || (k.results ?? 0) !== 0) {
                res.warnings.push({
                    message: `${f}: the marker ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(k.name)} should take no parameters and return nothing (it has ${k.params ?? 0} parameter(s), ${k.results ?? 0} result(s))`,
                });
            }
        }
    }
    // 2. allocator and memory
    if (!funcExport('malloc') && !funcExport('proxy_on_memory_allocate')) {
        res.errors.push({
            message: `${f} exports no allocator function (malloc or proxy_on_memory_allocate); Envoy fails with "Wasm module is missing malloc function"`,
            fix: 'Build with a proxy-wasm SDK (it exports proxy_on_memory_allocate or malloc), and do not strip that export.',
        });
    }
    if (!report.exports.some((e) => e.kind === 'memory')) {
        res.errors.push({
            message: `${f} exports no linear memory; the host cannot exchange data with the plugin`,
            fix: 'Export the memory (SDKs export it as "memory"; with wasm-ld do not pass --import-memory without also exporting it).',
        });
    }
    // 3. declared ABI versions against the marker(s)
    checkAbiVersions(res, f, config.abiVersions, known);
    if (primary) {
        // 4. imports from another ABI version
        const foreign = [];
        for (const imp of report.imports) {
            if (imp.module !== 'env' || imp.kind !== 'func')
                continue;
            const n = imp.name;
            const bad = (primary.abi === '0_1_0' && (FROM_0_2_0.includes(n) || FROM_0_2_1.includes(n))) ||
                (primary.abi === '0_2_0' && (ONLY_0_1_0.includes(n) || FROM_0_2_1.includes(n))) ||
                (primary.abi === '0_2_1' && ONLY_0_1_0.includes(n));
            if (bad)
                foreign.push(n);
        }
        if (foreign.length) {
            res.warnings.push({
                message: `${f} exports ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(primary.name)} but imports host function(s) ${foreign.map((n) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(n)).join(', ')} ` +
                    `that ABI ${abiLabel(primary.abi)} does not provide; instantiation fails on hosts that lack them`,
                fix: 'Rebuild with a consistent proxy-wasm SDK version (the marker and the imports come from the same SDK).',
            });
        }
        // 5. *_headers arity
        const expected = primary.abi === '0_1_0' ? 2 : 3;
        for (const cb of HEADER_CALLBACKS) {
            const e = funcExport(cb);
            if (e && e.params !== undefined && e.params !== expected) {
                res.warnings.push({
                    message: `${f}: ${cb} takes ${e.params} parameter(s) but ABI ${abiLabel(primary.abi)} (${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(primary.name)}) ` +
                        `calls it with ${expected}`,
                    fix: 'Rebuild with a consistent proxy-wasm SDK version.',
                });
            }
        }
    }
    // 6. root ids
    if (config.rootIds.length === 0) {
        res.warnings.push({
            message: `runtime config for ${f} declares no root ids (config.rootIds)`,
            fix: 'Set the root-ids input (or config.rootIds in the runtime config file) to the root_id your Envoy/Istio config uses.',
        });
    }
    return res;
}
function checkAbiVersions(res, f, declared, known) {
    const exported = new Set(known.map((k) => k.abi));
    const exportedText = known.length ? known.map((k) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(k.name)).join(', ') : 'no ABI marker';
    if (declared.length === 0) {
        if (known.length) {
            res.warnings.push({
                message: `runtime config for ${f} declares no abiVersions (the module exports ${exportedText})`,
                fix: `Set abi-versions to ${known.map((k) => abiLabel(k.abi)).join(',')} (or leave it unset to derive it from the module).`,
            });
        }
        return;
    }
    let exactCovers = false;
    let legacyCovers = false;
    let anyExact = false;
    const uncovered = [];
    for (const v of declared) {
        const legacy = LEGACY[v.trim()];
        if (legacy) {
            const ok = exported.has(legacy.abi);
            legacyCovers ||= ok;
            res.notices.push({
                message: `abiVersions value ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)} is a legacy envoy-wasm commit id (${legacy.what}); it cannot be checked exactly ` +
                    `and is treated as ABI ${abiLabel(legacy.abi)}-era` +
                    (ok || !known.length ? '' : `, which does not match the module's ${exportedText}`),
            });
            continue;
        }
        const abi = exactAbi(v);
        if (abi === undefined) {
            if (/^v0-[0-9a-f]{40}$/.test(v.trim())) {
                res.notices.push({
                    message: `abiVersions value ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)} is an unknown legacy envoy-wasm commit id; not checked`,
                });
            }
            else {
                res.warnings.push({
                    message: `abiVersions value ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)} is not a known ABI version`,
                    fix: 'Use a proxy-wasm ABI version such as v0.2.1, v0.2.0 or v0.1.0.',
                });
            }
            continue;
        }
        if (!KNOWN_MARKERS.includes(abi)) {
            res.warnings.push({
                message: `abiVersions value ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)} is not a proxy-wasm ABI version hosts know (v0.1.0, v0.2.0, v0.2.1)`,
            });
            continue;
        }
        anyExact = true;
        if (exported.has(abi))
            exactCovers = true;
        else
            uncovered.push(v);
    }
    if (!known.length)
        return; // the missing marker is already an error
    const declaredText = declared.map((v) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)).join(', ');
    if (!exactCovers && !legacyCovers && anyExact) {
        res.errors.push({
            message: `abiVersions ${declaredText} do not match the module ${f}, which exports ${exportedText}`,
            fix: `Declare ${known.map((k) => abiLabel(k.abi)).join(',')} in abi-versions (or leave it unset to derive it from the module).`,
        });
        return;
    }
    if (!exactCovers && !legacyCovers) {
        res.warnings.push({
            message: `abiVersions ${declaredText} do not appear to match the module ${f}, which exports ${exportedText}`,
            fix: `Declare ${known.map((k) => abiLabel(k.abi)).join(',')} in abi-versions.`,
        });
        return;
    }
    if (uncovered.length) {
        res.warnings.push({
            message: `abiVersions declares ${uncovered.map((v) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)).join(', ')} but the module ${f} exports only ${exportedText}; ` +
                'hosts of that ABI version will not load it',
            fix: 'Remove the versions the module does not implement from abi-versions.',
        });
    }
}


/***/ })

};
