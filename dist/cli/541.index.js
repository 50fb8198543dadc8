export const id = 541;
export const ids = [541];
export const modules = {

/***/ 57031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VE: () => (/* binding */ requireConsumers),
/* harmony export */   cp: () => (/* binding */ checkConsumers)
/* harmony export */ });
/* unused harmony exports CONSUMERS, parseConsumerList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25625);
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29217);



/**
 * Which well-known consumers would accept an artifact, judged from its manifest (and its config, when given) by
 * each consumer's own reading rules (shared/reference/wasm-oci-formats.md §6). Pure; the verdicts are about the
 * manifest structure, not about whether the module inside runs there.
 */
const CONSUMERS = ['istio', 'envoy-gateway', 'wasme', 'wkg', 'runwasi'];
/** The format this action writes that each consumer reads (the first one is suggested). */
const SATISFIED_BY = {
    istio: ['solo', 'compat'],
    'envoy-gateway': ['solo', 'compat'],
    wasme: ['solo'],
    wkg: ['cncf'],
    runwasi: ['cncf'],
};
/** runwasi's component layer (runwasi `oci-tar-builder`). */
const BYTECODEALLIANCE_COMPONENT_LAYER = 'application/vnd.bytecodealliance.wasm.component.layer.v0+wasm';
const DOCKER_LAYER_TAR_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const mt = (s) => (s === undefined ? '(none)' : (0,_log_js__WEBPACK_IMPORTED_MODULE_2__.q)(s, 120));
/**
 * Istio's agent (`pkg/wasm/imagefetcher.go`); Envoy Gateway fetches with the same logic.
 * 1. Docker manifest -> the last layer must be the Docker rootfs tar.gzip (compat, `plugin.wasm` inside).
 * 2. else the last layer is the OCI tar+gzip -> compat.
 * 3. else exactly two layers, one of them the Solo wasm layer -> "oci" variant.
 */
function istioRule(manifest, name) {
    const layers = manifest.layers ?? [];
    const last = layers[layers.length - 1]?.mediaType;
    if (manifest.mediaType === _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.dockerManifest) {
        if (last === DOCKER_LAYER_TAR_GZIP) {
            return {
                accepts: true,
                reason: `Docker compat variant: reads plugin.wasm from the last layer (${mt(last)})`,
            };
        }
        return {
            accepts: false,
            reason: `Docker manifest whose last layer is ${mt(last)}, not ${DOCKER_LAYER_TAR_GZIP}; ${name} reads Docker images only as the compat variant`,
        };
    }
    if (last === _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociLayerTarGzip) {
        return { accepts: true, reason: `compat variant: reads plugin.wasm from the last layer (${mt(last)})` };
    }
    const wasmLayers = layers.filter((l) => l.mediaType === _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.soloWasmLayer).length;
    if (layers.length === 2 && wasmLayers >= 1) {
        return {
            accepts: true,
            reason: `Solo "oci" variant: two layers, wasm from the ${_oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.soloWasmLayer} layer`,
        };
    }
    const why = layers.length === 2
        ? `neither of the 2 layers is ${_oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.soloWasmLayer}`
        : `the last layer is ${mt(last)}, not ${_oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociLayerTarGzip} (compat), and the number of layers must be 2 but got ${layers.length} (oci variant)`;
    const cncf = manifest.config?.mediaType === _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.cncfConfig ? `; ${name} does not read the CNCF Wasm layout` : '';
    return { accepts: false, reason: `could not parse as compat or Solo "oci" variant: ${why}${cncf}` };
}
/** wasme pull: selects the config and the wasm layer by media type (Solo "oci" variant only). */
function wasmeRule(manifest) {
    const configType = manifest.config?.mediaType;
    if (configType !== _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.soloConfig) {
        return {
            accepts: false,
            reason: `config media type is ${mt(configType)}, wasme needs ${_oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.soloConfig}`,
        };
    }
    if (!(manifest.layers ?? []).some((l) => l.mediaType === _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.soloWasmLayer)) {
        return { accepts: false, reason: `media type ${_oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.soloWasmLayer} not found on image` };
    }
    return { accepts: true, reason: `Solo config and ${_oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.soloWasmLayer} layer found by media type` };
}
/** wkg / oci-wasm: explicit OCI manifest mediaType, CNCF config, exactly one `application/wasm` layer. */
function wkgRule(manifest, config) {
    if (manifest.mediaType !== _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest) {
        return {
            accepts: false,
            reason: `manifest mediaType is ${mt(manifest.mediaType)}, oci-wasm requires ${_oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest}`,
        };
    }
    if (manifest.config?.mediaType !== _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.cncfConfig) {
        return {
            accepts: false,
            reason: `config media type is ${mt(manifest.config?.mediaType)}, oci-wasm requires ${_oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.cncfConfig}`,
        };
    }
    const layers = manifest.layers ?? [];
    if (layers.length !== 1)
        return { accepts: false, reason: `oci-wasm requires exactly one layer, got ${layers.length}` };
    if (layers[0].mediaType !== _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.cncfWasmLayer) {
        return {
            accepts: false,
            reason: `the layer is ${mt(layers[0].mediaType)}, oci-wasm requires ${_oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.cncfWasmLayer}`,
        };
    }
    const note = config && config.os === 'wasip1'
        ? ' (a core module: `wkg oci pull` fetches it; wasm-pkg tooling expects components)'
        : '';
    return {
        accepts: true,
        reason: `CNCF Wasm layout: ${_oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.cncfConfig} config, one ${_oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.cncfWasmLayer} layer${note}`,
    };
}
/**
 * runwasi (containerd shim): when the image config's architecture is `wasm`, runs the layers of type
 * `application/wasm` or the Bytecode Alliance component layer. Without the config object, a CNCF config counts as
 * `architecture: wasm` (the layout requires it); any other config is "unknown".
 */
function runwasiRule(manifest, config) {
    let arch;
    if (config)
        arch = typeof config.architecture === 'string' ? config.architecture : undefined;
    else if (manifest.config?.mediaType === _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.cncfConfig)
        arch = 'wasm';
    if (arch !== 'wasm') {
        return {
            accepts: false,
            reason: arch === undefined
                ? 'the image config does not say architecture wasm (runwasi loads Wasm layers only then)'
                : `image config architecture is ${mt(arch)}, runwasi loads Wasm layers only for architecture wasm`,
        };
    }
    const layer = (manifest.layers ?? []).find((l) => l.mediaType === _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.cncfWasmLayer || l.mediaType === BYTECODEALLIANCE_COMPONENT_LAYER);
    if (!layer) {
        return {
            accepts: false,
            reason: `architecture wasm but no ${_oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.cncfWasmLayer} or ${BYTECODEALLIANCE_COMPONENT_LAYER} layer`,
        };
    }
    const caveat = manifest.config?.mediaType === _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.cncfConfig
        ? '; containerd itself does not pull vnd.wasm.config.v0+json artifacts yet (containerd/containerd#10179)'
        : '';
    return {
        accepts: true,
        reason: `architecture wasm and a ${(0,_log_js__WEBPACK_IMPORTED_MODULE_2__/* .untrusted */ .b)(layer.mediaType, 120)} layer${caveat}`,
    };
}
/** Judge the manifest (and its config object, when known) against every consumer. */
function checkConsumers(manifest, config) {
    const cfg = config;
    const rules = {
        istio: () => istioRule(manifest, 'Istio'),
        'envoy-gateway': () => istioRule(manifest, 'Envoy Gateway'),
        wasme: () => wasmeRule(manifest),
        wkg: () => wkgRule(manifest, cfg),
        runwasi: () => runwasiRule(manifest, cfg),
    };
    return CONSUMERS.map((consumer) => ({ consumer, ...rules[consumer]() }));
}
/** Parse a `require-consumers` list: names separated by commas, spaces or newlines. */
function parseConsumerList(text) {
    return text
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/**
 * Refuse when a required consumer would not accept the artifact: one UserError naming every refusing consumer with
 * its reason, and the `format` that would satisfy them (or that none does). Unknown names are a UserError too.
 */
function requireConsumers(report, required) {
    const names = [...new Set(required.map((r) => r.trim().toLowerCase()).filter((r) => r.length > 0))];
    const unknown = names.filter((n) => !CONSUMERS.includes(n));
    if (unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown consumer${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => (0,_log_js__WEBPACK_IMPORTED_MODULE_2__.q)(u, 60)).join(', ')} in require-consumers`, `Use any of: ${CONSUMERS.join(', ')}.`, 'Unknown consumer');
    }
    const failing = names
        .map((n) => report.find((r) => r.consumer === n))
        .filter((r) => r !== undefined && !r.accepts);
    if (failing.length === 0)
        return;
    const wanted = names;
    const common = ['solo', 'compat', 'cncf'].filter((f) => wanted.every((c) => SATISFIED_BY[c].includes(f)));
    const fix = common.length > 0
        ? `Use \`format: ${common[0]}\`${common.length > 1 ? ` (or ${common.slice(1).join(', ')})` : ''}, which ${wanted.join(', ')} ${wanted.length > 1 ? 'all read' : 'reads'}.`
        : `No single format satisfies ${wanted.join(' and ')}: ` +
            wanted.map((c) => `${c} reads ${SATISFIED_BY[c].join('/')}`).join(', ') +
            '. Publish the module twice (separate tags or repositories), once per format, or drop one from require-consumers.';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(failing.map((f) => `${f.consumer} would not accept this artifact: ${f.reason}`).join('; '), fix, 'Required consumer would reject the artifact');
}


/***/ }),

/***/ 75054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ inspectModule)
});

// UNUSED EXPORTS: FULL_VALIDATION_LIMIT

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
;// CONCATENATED MODULE: ./src/wasm/reader.ts
/**
 * Incremental (push-based) WebAssembly binary reader.
 *
 * Feed it chunks of any size with `push()`, then call `end()`. It checks the 8-byte preamble, walks the section framing
 * and decodes only the small sections needed to describe the module's interface (type, import, function, export, and
 * the names of custom sections). Code, data and every other section are skipped without being buffered, so memory stays
 * bounded no matter how large the module is. Malformed input throws `WasmFormatError`; it never loops or crashes
 * differently.
 *
 * Components (component-model binaries) are only classified from the preamble; their section framing is walked (so a
 * truncated component is still detected) and top-level custom section names are collected, nothing else.
 */
/** The bytes are not a well-formed WebAssembly binary. `offset` is the absolute byte offset of the problem. */
class WasmFormatError extends Error {
    code;
    offset;
    constructor(message, code, offset) {
        super(message);
        this.code = code;
        this.offset = offset;
        this.name = 'WasmFormatError';
    }
}
const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d]);
const CORE_VERSION = Buffer.from([0x01, 0x00, 0x00, 0x00]);
/** component-model preamble: version 0x000d, layer 0x0001 */
const COMPONENT_VERSION = Buffer.from([0x0d, 0x00, 0x01, 0x00]);
/** Largest type/import/function/export section the reader will hold in memory. */
const MAX_BUFFERED_SECTION = 16 * 1024 * 1024;
/** Custom sections: only this much of the start is kept (enough for the name). */
const CUSTOM_PREFIX = 4096 + 5;
const SECTION_NAMES = {
    0: 'custom',
    1: 'type',
    2: 'import',
    3: 'function',
    4: 'table',
    5: 'memory',
    6: 'global',
    7: 'export',
    8: 'start',
    9: 'element',
    10: 'code',
    11: 'data',
    12: 'data count',
    13: 'tag',
};
/** Required order of the non-custom sections of a core module (tag sits between memory and global). */
const SECTION_RANK = {
    1: 1,
    2: 2,
    3: 3,
    4: 4,
    5: 5,
    13: 6,
    6: 7,
    7: 8,
    8: 9,
    9: 10,
    12: 11,
    10: 12,
    11: 13,
};
const BUFFERED = new Set([1, 2, 3, 7]);
const EXTERN_KINDS = ['func', 'table', 'memory', 'global', 'tag'];
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0'))
    .join(' ')
    .trim();
/** printable rendering of a few bytes, e.g. `"PK.."` (only letters, digits and a few safe symbols are shown) */
const ascii = (b) => '"' +
    Array.from(b, (x) => /[A-Za-z0-9 .,;_<>{}()=/-]/.test(String.fromCharCode(x)) ? String.fromCharCode(x) : '.').join('') +
    '"';
class WasmReader {
    state = 'header';
    offset = 0; // absolute bytes consumed
    header = Buffer.alloc(8);
    headerLen = 0;
    kindValue;
    sectionId = 0;
    sectionStart = 0; // absolute offset of the section content
    sizeBytes = [];
    remaining = 0;
    chunks = [];
    keep = 0; // how many more content bytes to keep for this section
    lastRank = 0;
    seen = new Set();
    codeCount;
    dataCount;
    dataSegments;
    types = [];
    funcTypeIndices = [];
    importedFuncs = 0;
    imports = [];
    exports = [];
    customSections = [];
    /** `module` or `component` once the 8-byte preamble has been read. */
    get kind() {
        return this.kindValue;
    }
    /** Total bytes pushed so far. */
    get bytesRead() {
        return this.offset;
    }
    push(chunk) {
        if (this.state === 'done')
            throw new Error('WasmReader.push() after end()');
        const buf = Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        let i = 0;
        while (i < buf.length) {
            switch (this.state) {
                case 'header': {
                    const n = Math.min(8 - this.headerLen, buf.length - i);
                    buf.copy(this.header, this.headerLen, i, i + n);
                    this.headerLen += n;
                    i += n;
                    this.offset += n;
                    // check the magic as soon as 4 bytes are in, so garbage is reported as such
                    if (this.headerLen >= 4 && !this.header.subarray(0, 4).equals(WASM_MAGIC)) {
                        throw new WasmFormatError(`starts with ${hex(this.header.subarray(0, 4))} ${ascii(this.header.subarray(0, 4))}, ` +
                            'not the magic number 00 61 73 6d ("\\0asm")', 'magic', 0);
                    }
                    if (this.headerLen === 8)
                        this.checkVersion();
                    break;
                }
                case 'id': {
                    this.sectionId = buf[i];
                    i += 1;
                    this.offset += 1;
                    this.sizeBytes = [];
                    this.state = 'size';
                    break;
                }
                case 'size': {
                    const b = buf[i];
                    i += 1;
                    this.offset += 1;
                    this.sizeBytes.push(b);
                    if (b & 0x80) {
                        if (this.sizeBytes.length >= 5) {
                            throw new WasmFormatError('section size is not a valid LEB128 u32', 'malformed', this.offset - 5);
                        }
                        break;
                    }
                    const size = decodeU32(this.sizeBytes, this.offset - this.sizeBytes.length);
                    this.beginSection(size);
                    break;
                }
                case 'body': {
                    const n = Math.min(this.remaining, buf.length - i);
                    if (this.keep > 0) {
                        const k = Math.min(this.keep, n);
                        // copy: the caller may reuse its chunk buffer
                        this.chunks.push(Buffer.from(buf.subarray(i, i + k)));
                        this.keep -= k;
                    }
                    i += n;
                    this.offset += n;
                    this.remaining -= n;
                    if (this.remaining === 0)
                        this.finishSection();
                    break;
                }
                default:
                    throw new Error('unreachable');
            }
        }
    }
    /** Signal end of input; returns the summary. Throws `WasmFormatError` if the input stopped early. */
    end() {
        if (this.state === 'done')
            throw new Error('WasmReader.end() called twice');
        if (this.state === 'header') {
            if (this.headerLen === 0)
                throw new WasmFormatError('file is empty', 'empty', 0);
            // a short file that matches the magic so far is truncated; one that does not was rejected in push()
            throw new WasmFormatError(`file is only ${this.headerLen} byte(s) long; the WebAssembly preamble alone is 8 bytes`, 'truncated', this.offset);
        }
        if (this.state === 'size') {
            throw new WasmFormatError(`truncated: the file ends inside the size of a ${sectionName(this.sectionId)} section`, 'truncated', this.offset);
        }
        if (this.state === 'body') {
            throw new WasmFormatError(`truncated: the ${sectionName(this.sectionId)} section at offset ${this.sectionStart} is ` +
                `${this.offset - this.sectionStart + this.remaining} bytes long but the file ends ${this.offset - this.sectionStart} bytes into it`, 'truncated', this.offset);
        }
        this.state = 'done';
        this.checkCounts();
        this.resolveExports();
        return {
            kind: this.kindValue ?? 'module',
            imports: this.imports,
            exports: this.exports,
            customSections: this.customSections,
        };
    }
    checkVersion() {
        const v = this.header.subarray(4, 8);
        if (v.equals(CORE_VERSION))
            this.kindValue = 'module';
        else if (v.equals(COMPONENT_VERSION))
            this.kindValue = 'component';
        else if (v[2] === 0x01 && v[3] === 0x00) {
            throw new WasmFormatError(`unsupported component-model encoding version 0x${v.readUInt16LE(0).toString(16)} (bytes ${hex(v)}); ` +
                'only the current encoding (0d 00 01 00) is understood', 'version', 4);
        }
        else {
            throw new WasmFormatError(`unsupported WebAssembly version: bytes ${hex(v)} (expected 01 00 00 00 for a core module ` +
                'or 0d 00 01 00 for a component)', 'version', 4);
        }
        this.state = 'id';
    }
    beginSection(size) {
        const id = this.sectionId;
        this.sectionStart = this.offset;
        this.remaining = size;
        this.chunks = [];
        this.keep = 0;
        if (this.kindValue === 'module') {
            if (id !== 0) {
                const rank = SECTION_RANK[id];
                if (rank === undefined) {
                    throw new WasmFormatError(`unknown section id ${id}`, 'malformed', this.sectionStart - 1);
                }
                if (this.seen.has(id)) {
                    throw new WasmFormatError(`duplicate ${sectionName(id)} section`, 'malformed', this.sectionStart - 1);
                }
                if (rank < this.lastRank) {
                    throw new WasmFormatError(`${sectionName(id)} section is out of order`, 'malformed', this.sectionStart - 1);
                }
                this.seen.add(id);
                this.lastRank = rank;
            }
            if (BUFFERED.has(id)) {
                if (size > MAX_BUFFERED_SECTION) {
                    throw new WasmFormatError(`the ${sectionName(id)} section is ${size} bytes, larger than the ${MAX_BUFFERED_SECTION}-byte limit for inspection`, 'too-large', this.sectionStart);
                }
                this.keep = size;
            }
        }
        // code and data: keep only the leading vector length (≤ 5 bytes) to cross-check counts
        if (this.kindValue === 'module' && (id === 10 || id === 11))
            this.keep = Math.min(size, 5);
        if (id === 0)
            this.keep = Math.min(size, CUSTOM_PREFIX);
        this.state = 'body';
        if (size === 0)
            this.finishSection();
    }
    finishSection() {
        const id = this.sectionId;
        const data = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        this.chunks = [];
        this.state = 'id';
        const size = this.offset - this.sectionStart;
        const p = new Parser(data, this.sectionStart, sectionName(id));
        if (id === 0) {
            this.customSections.push(p.customName(size));
            return;
        }
        if (this.kindValue !== 'module')
            return;
        switch (id) {
            case 1:
                this.parseTypes(p);
                break;
            case 2:
                this.parseImports(p);
                break;
            case 3: {
                const n = p.count(1);
                for (let k = 0; k < n; k++)
                    this.funcTypeIndices.push(p.u32());
                break;
            }
            case 7:
                this.parseExports(p);
                break;
            case 10:
                this.codeCount = p.u32();
                return;
            case 11:
                this.dataSegments = p.u32();
                return;
            case 12:
                this.dataCount = p.u32();
                break;
            default:
                return;
        }
        p.expectEnd();
    }
    parseTypes(p) {
        const n = p.count(1);
        for (let k = 0; k < n; k++) {
            const form = p.peekByte();
            if (form === 0x4e) {
                // rec group (GC proposal): vec(subtype)
                p.byte();
                const m = p.count(1);
                for (let j = 0; j < m; j++)
                    this.types.push(p.subType());
            }
            else {
                this.types.push(p.subType());
            }
        }
    }
    parseImports(p) {
        const n = p.count(3);
        for (let k = 0; k < n; k++) {
            const module = p.name();
            const name = p.name();
            const at = p.pos;
            const kindByte = p.byte();
            const kind = EXTERN_KINDS[kindByte];
            if (kind === undefined)
                p.fail(`unknown import kind 0x${kindByte.toString(16)}`, at);
            const imp = { module, name, kind };
            switch (kindByte) {
                case 0: {
                    const t = p.u32();
                    imp.typeIndex = t;
                    const ft = this.funcType(t, p, at);
                    if (ft) {
                        imp.params = ft.params;
                        imp.results = ft.results;
                    }
                    this.importedFuncs++;
                    break;
                }
                case 1:
                    p.refType();
                    p.limits();
                    break;
                case 2:
                    p.limits();
                    break;
                case 3:
                    p.valType();
                    p.mutability();
                    break;
                case 4:
                    p.tagType();
                    break;
            }
            this.imports.push(imp);
        }
    }
    parseExports(p) {
        const n = p.count(2);
        const names = new Set();
        for (let k = 0; k < n; k++) {
            const at = p.pos;
            const name = p.name();
            if (names.has(name))
                p.fail(`duplicate export name`, at);
            names.add(name);
            const kindByte = p.byte();
            const kind = EXTERN_KINDS[kindByte];
            if (kind === undefined)
                p.fail(`unknown export kind 0x${kindByte.toString(16)}`, at);
            this.exports.push({ name, kind, index: p.u32() });
        }
    }
    funcType(typeIndex, p, at) {
        if (typeIndex >= this.types.length)
            p.fail(`type index ${typeIndex} out of range`, at);
        return this.types[typeIndex];
    }
    /**
     * Section counts that must agree. A module cut exactly at a section boundary is still well framed; these checks catch
     * that case for every boundary after the function (or data count) section.
     */
    checkCounts() {
        const funcs = this.funcTypeIndices.length;
        if (this.codeCount === undefined && funcs > 0) {
            throw new WasmFormatError(`truncated: the function section declares ${funcs} function(s) but the file ends before the code section`, 'truncated', this.offset);
        }
        if (this.codeCount !== undefined && this.codeCount !== funcs) {
            throw new WasmFormatError(`the function section declares ${funcs} function(s) but the code section has ${this.codeCount} bodies`, 'malformed');
        }
        if (this.dataCount !== undefined && this.dataCount > 0 && this.dataSegments === undefined) {
            throw new WasmFormatError(`truncated: the data count section declares ${this.dataCount} segment(s) but the file ends before the data section`, 'truncated', this.offset);
        }
        if (this.dataCount !== undefined &&
            this.dataSegments !== undefined &&
            this.dataCount !== this.dataSegments) {
            throw new WasmFormatError(`the data count section declares ${this.dataCount} segment(s) but the data section has ${this.dataSegments}`, 'malformed');
        }
    }
    resolveExports() {
        const total = this.importedFuncs + this.funcTypeIndices.length;
        const importTypes = this.imports.filter((i) => i.kind === 'func');
        for (const e of this.exports) {
            if (e.kind !== 'func')
                continue;
            if (e.index >= total) {
                throw new WasmFormatError(`export refers to function ${e.index} but the module has only ${total} functions`, 'malformed');
            }
            let ft;
            if (e.index < this.importedFuncs) {
                const imp = importTypes[e.index];
                ft = imp.params === undefined ? undefined : { params: imp.params, results: imp.results ?? 0 };
            }
            else {
                const t = this.funcTypeIndices[e.index - this.importedFuncs];
                if (t >= this.types.length) {
                    throw new WasmFormatError(`function ${e.index} has type index ${t}, which is out of range`, 'malformed');
                }
                ft = this.types[t];
            }
            if (ft) {
                e.params = ft.params;
                e.results = ft.results;
            }
        }
    }
}
/** Read a whole in-memory binary (convenience for small inputs and tests). */
function readWasm(bytes) {
    const r = new WasmReader();
    r.push(bytes);
    return r.end();
}
function sectionName(id) {
    return SECTION_NAMES[id] ?? `id-${id}`;
}
function decodeU32(bytes, at) {
    let result = 0;
    for (let k = 0; k < bytes.length; k++)
        result += (bytes[k] & 0x7f) * 2 ** (7 * k);
    if (bytes.length === 5 && bytes[4] > 0x0f)
        throw new WasmFormatError('LEB128 u32 overflows', 'malformed', at);
    return result;
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
/** Bounds-checked cursor over one buffered section. Every read past the end is a malformed-section error. */
class Parser {
    data;
    base;
    section;
    pos = 0;
    constructor(data, base, section) {
        this.data = data;
        this.base = base;
        this.section = section;
    }
    fail(what, at = this.pos) {
        throw new WasmFormatError(`malformed ${this.section} section at offset ${this.base + at}: ${what}`, 'malformed', this.base + at);
    }
    expectEnd() {
        if (this.pos !== this.data.length) {
            this.fail(`${this.data.length - this.pos} unexpected byte(s) after the section's content`);
        }
    }
    peekByte() {
        if (this.pos >= this.data.length)
            this.fail('unexpected end of section');
        return this.data[this.pos];
    }
    byte() {
        const b = this.peekByte();
        this.pos++;
        return b;
    }
    /** unsigned LEB128 of at most `maxBits` bits (≤ 53 so the result stays exact) */
    uleb(maxBits) {
        const start = this.pos;
        let result = 0;
        let shift = 0;
        for (;;) {
            const b = this.byte();
            result += (b & 0x7f) * 2 ** shift;
            shift += 7;
            if (!(b & 0x80))
                break;
            if (shift >= maxBits)
                this.fail(`LEB128 integer longer than ${maxBits} bits`, start);
        }
        if (result >= 2 ** maxBits)
            this.fail(`LEB128 integer exceeds ${maxBits} bits`, start);
        return result;
    }
    u32() {
        return this.uleb(32);
    }
    /** skip an unsigned LEB128 of up to 64 bits (memory64 limits) */
    skipU64() {
        const start = this.pos;
        for (let k = 0;; k++) {
            if (k >= 10)
                this.fail('LEB128 integer longer than 64 bits', start);
            if (!(this.byte() & 0x80))
                return;
        }
    }
    /** signed LEB128 s33 (heap type index); returns the value */
    s33() {
        const start = this.pos;
        let result = 0;
        let shift = 0;
        let b;
        do {
            if (shift >= 35)
                this.fail('LEB128 s33 too long', start);
            b = this.byte();
            result += (b & 0x7f) * 2 ** shift;
            shift += 7;
        } while (b & 0x80);
        if (b & 0x40)
            result -= 2 ** shift;
        return result;
    }
    /** vector length, sanity-checked against the bytes left (each element takes at least `minElemBytes`) */
    count(minElemBytes) {
        const at = this.pos;
        const n = this.u32();
        if (n * minElemBytes > this.data.length - this.pos)
            this.fail(`vector length ${n} exceeds the section`, at);
        return n;
    }
    name() {
        const at = this.pos;
        const len = this.u32();
        if (len > this.data.length - this.pos)
            this.fail('name runs past the end of the section', at);
        const bytes = this.data.subarray(this.pos, this.pos + len);
        this.pos += len;
        try {
            return utf8.decode(bytes);
        }
        catch {
            return this.fail('name is not valid UTF-8', at);
        }
    }
    /** custom section: name only; `size` is the full section size (data may hold only a prefix) */
    customName(size) {
        const len = this.u32();
        if (len > size - this.pos)
            this.fail('custom section name runs past the end of the section');
        const avail = this.data.length - this.pos;
        if (len <= avail) {
            try {
                return utf8.decode(this.data.subarray(this.pos, this.pos + len));
            }
            catch {
                this.fail('custom section name is not valid UTF-8');
            }
        }
        return utf8Lenient.decode(this.data.subarray(this.pos)) + '…';
    }
    heapType() {
        const at = this.pos;
        const v = this.s33();
        // negative values are abstract heap types (one-byte shorthands 0x69..0x74 as s33)
        if (v < 0 && !(v >= 0x69 - 0x80 && v <= 0x74 - 0x80))
            this.fail('unknown heap type', at);
    }
    refType() {
        const at = this.pos;
        const b = this.byte();
        if (b === 0x63 || b === 0x64)
            this.heapType();
        else if (!(b >= 0x69 && b <= 0x74))
            this.fail(`unknown reference type 0x${b.toString(16)}`, at);
    }
    valType() {
        const b = this.peekByte();
        if (b >= 0x7b && b <= 0x7f) {
            this.pos++;
            return;
        }
        this.refType();
    }
    storageType() {
        const b = this.peekByte();
        if (b === 0x78 || b === 0x77) {
            this.pos++;
            return;
        }
        this.valType();
    }
    mutability() {
        const at = this.pos;
        const b = this.byte();
        if (b > 1)
            this.fail(`invalid mutability flag 0x${b.toString(16)}`, at);
    }
    limits() {
        const at = this.pos;
        const flags = this.byte();
        if (flags & ~0x0f)
            this.fail(`invalid limits flags 0x${flags.toString(16)}`, at);
        const is64 = (flags & 0x04) !== 0;
        const read = () => (is64 ? this.skipU64() : void this.u32());
        read();
        if (flags & 0x01)
            read();
        if (flags & 0x08)
            this.u32(); // custom page size (log2)
    }
    tagType() {
        const at = this.pos;
        if (this.byte() !== 0)
            this.fail('invalid tag attribute', at);
        this.u32();
    }
    /** subtype (GC) or a plain composite type; returns the function shape for func types */
    subType() {
        const b = this.peekByte();
        if (b === 0x50 || b === 0x4f) {
            this.pos++;
            const n = this.count(1);
            for (let k = 0; k < n; k++)
                this.u32();
        }
        return this.compType();
    }
    compType() {
        const at = this.pos;
        const form = this.byte();
        switch (form) {
            case 0x60: {
                const params = this.count(1);
                for (let k = 0; k < params; k++)
                    this.valType();
                const results = this.count(1);
                for (let k = 0; k < results; k++)
                    this.valType();
                return { params, results };
            }
            case 0x5f: {
                const n = this.count(2);
                for (let k = 0; k < n; k++) {
                    this.storageType();
                    this.mutability();
                }
                return undefined;
            }
            case 0x5e:
                this.storageType();
                this.mutability();
                return undefined;
            default:
                return this.fail(`unknown type form 0x${form.toString(16)}`, at);
        }
    }
}

;// CONCATENATED MODULE: ./src/wasm/inspect.ts
/**
 * One pass over a module file: sha256 + size, interface summary (via the streaming reader), and — for files up to
 * `FULL_VALIDATION_LIMIT` — `WebAssembly.validate` over the collected bytes. Above the limit nothing is collected, so
 * memory does not grow with the module's size. Nothing is written: the caller imports the file into the OCI layout off
 * the critical path (writing a copy in this pass made large pushes wait on disk writes).
 */







/** Modules up to this size are fully validated with `WebAssembly.validate`. */
const FULL_VALIDATION_LIMIT = 64 * 1024 * 1024;
const wasmApi = globalThis.WebAssembly;
const FIX_BUILD = 'Point the input at the compiled .wasm file your build produces (e.g. target/wasm32-wasip1/release/<name>.wasm), ' +
    'not a source, text (.wat) or archive file.';
async function inspectModule(path, opts = {}) {
    const label = (0,log.q)(path);
    const title = 'Invalid WebAssembly module';
    const limit = opts.fullValidationLimit ?? FULL_VALIDATION_LIMIT;
    let size;
    try {
        const st = await (0,promises_.stat)(path);
        if (st.isDirectory()) {
            throw new errors/* UserError */.y(`${label} is a directory, not a WebAssembly module`, FIX_BUILD, title, path);
        }
        if (!st.isFile()) {
            throw new errors/* UserError */.y(`${label} is not a regular file`, FIX_BUILD, title, path);
        }
        size = st.size;
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y)
            throw e;
        throw fileError(e, label, path);
    }
    if (size === 0) {
        throw new errors/* UserError */.y(`${label} is empty (0 bytes)`, 'Check that the build step ran and wrote the module before this step.', title, path);
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const reader = new WasmReader();
    // Modules small enough for WebAssembly.validate are gathered into one buffer of the stat'ed size (no concat copy).
    let collected = size <= limit ? Buffer.allocUnsafe(size) : undefined;
    let total = 0;
    try {
        const input = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 });
        for await (const chunk of input) {
            total += chunk.length;
            hash.update(chunk);
            reader.push(chunk);
            if (collected) {
                if (total <= collected.length)
                    chunk.copy(collected, total - chunk.length);
                else
                    collected = undefined; // the file grew while being read: not validated in memory
            }
        }
        const summary = reader.end();
        let fullyValidated = false;
        let notValidatedReason;
        if (summary.kind === 'component') {
            notValidatedReason = 'component';
        }
        else if (!collected) {
            notValidatedReason = 'too-large';
        }
        else {
            const bytes = collected.subarray(0, total);
            collected = undefined;
            if (!wasmApi.validate(bytes)) {
                throw new errors/* UserError */.y(`${label} is not a valid WebAssembly module: its structure is readable but WebAssembly.validate rejects it ` +
                    '(bad instructions, types or indices)', 'Rebuild the module with a supported toolchain; `wasm-tools validate` or `wasm-validate` shows the exact problem.', title, path);
            }
            fullyValidated = true;
        }
        const report = {
            path,
            fileName: (0,external_node_path_.basename)(path),
            digest: 'sha256:' + hash.digest('hex'),
            size: total,
            kind: summary.kind,
            exports: summary.exports,
            imports: summary.imports,
            customSections: summary.customSections,
            fullyValidated,
        };
        if (notValidatedReason)
            report.notValidatedReason = notValidatedReason;
        return report;
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y)
            throw e;
        if (e instanceof WasmFormatError)
            throw formatError(e, label, path);
        if (typeof e?.code === 'string')
            throw fileError(e, label, path);
        throw e;
    }
}
function formatError(e, label, path) {
    const title = 'Invalid WebAssembly module';
    switch (e.code) {
        case 'empty':
            return new errors/* UserError */.y(`${label} is empty (0 bytes)`, 'Check that the build step wrote the module.', title, path);
        case 'magic':
            return new errors/* UserError */.y(`${label} is not a WebAssembly binary (${e.message})`, FIX_BUILD + ' A text module (.wat) can be compiled with `wat2wasm`.', title, path);
        case 'version':
            return new errors/* UserError */.y(`${label} has an ${e.message}`, 'Build a core WebAssembly module (version 1) or a component with a current toolchain.', title, path);
        case 'truncated':
            return new errors/* UserError */.y(`${label} is truncated: ${e.message.replace(/^truncated: /, '')}`, 'The file was cut short (interrupted build, download or artifact upload); rebuild or re-download it.', title, path);
        case 'too-large':
            return new errors/* UserError */.y(`${label} cannot be inspected: ${e.message}`, 'Strip the module (e.g. `wasm-opt --strip-debug` / `wasm-tools strip`) or reduce its number of imports/exports.', title, path);
        default:
            return new errors/* UserError */.y(`${label} is not a valid WebAssembly module: ${e.message}`, 'Rebuild the module; `wasm-tools validate` or `wasm-validate` shows the exact problem.', title, path);
    }
}
function fileError(e, label, path) {
    const code = e?.code;
    if (code === 'ENOENT') {
        return new errors/* UserError */.y(`module file ${label} does not exist`, 'Check the path (relative paths are resolved from the workspace) and that the build step ran before this step.', 'Module not found', path);
    }
    if (code === 'EISDIR') {
        return new errors/* UserError */.y(`${label} is a directory, not a WebAssembly module`, FIX_BUILD, 'Invalid WebAssembly module', path);
    }
    if (code === 'EACCES' || code === 'EPERM') {
        return new errors/* UserError */.y(`module file ${label} is not readable (permission denied)`, 'Fix the file permissions (e.g. `chmod a+r`) in the step that produces the module.', 'Module not readable', path);
    }
    return new errors/* UserError */.y(`module file ${label} could not be read: ${(0,log/* untrusted */.b)(e?.message ?? String(e))}`, 'Check that the file exists and is readable.', 'Module not readable', path);
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
    const f = (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .b)(fileLabel);
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
