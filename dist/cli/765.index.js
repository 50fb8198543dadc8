export const id = 765;
export const ids = [765];
export const modules = {

/***/ 12765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMPAT_CONFIG_ENTRY: () => (/* binding */ COMPAT_CONFIG_ENTRY),
  COMPAT_WASM_ENTRY: () => (/* binding */ COMPAT_WASM_ENTRY),
  packageCompat: () => (/* binding */ packageCompat)
});

// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(29217);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/runtime-config.ts
var runtime_config = __webpack_require__(93486);
// EXTERNAL MODULE: ./src/package/manifest.ts
var package_manifest = __webpack_require__(81459);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/pako/dist/pako.mjs
var pako = __webpack_require__(9925);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
;// CONCATENATED MODULE: ./src/package/tar.ts








/**
 * Deterministic tar + gzip, streamed: the same entries give the same bytes on every machine, OS and Node version.
 *
 * - tar: POSIX ustar headers, entries in the order given, mtime 0, uid/gid 0, no user/group names, mode 0644,
 *   regular files only, end-of-archive = two zero blocks (no padding to a 10 KiB record).
 * - gzip: header written here (no name, no comment, mtime 0, XFL per level, OS byte 255 "unknown"), raw deflate
 *   from pako at a fixed level, CRC-32 and ISIZE trailer.
 *
 * Why pako and not `node:zlib`: Node bundles Chromium's zlib fork, and vanilla zlib changed its block splitting in
 * 1.2.12, so "zlib at level N" is not one byte stream: on the same input, Node 20's zlib and Debian's zlib 1.2.13
 * give different bytes (see __tests__/package-compat.test.ts). pako is pure JavaScript with no CPU-specific paths,
 * so its output depends only on its own version (pinned exactly in package.json: bumping it may change layer digests).
 */
/** Fixed deflate settings. Changing any of them changes every compat layer digest. */
const GZIP_LEVEL = 6;
const MEM_LEVEL = 8;
const WINDOW_BITS = 15;
/** gzip OS byte: 255 = unknown (the same on every platform; Go's compress/gzip writes this too). */
const GZIP_OS_UNKNOWN = 0xff;
const BLOCK = 512;
/** ustar size field: 11 octal digits. */
const MAX_ENTRY_SIZE = 8 ** 11 - 1;
const READ_CHUNK = 1 << 20;
function octal(value, width) {
    // width - 1 digits, then NUL
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
/** A 512-byte POSIX ustar header for a regular file, mode 0644, owned by 0:0, mtime 0. */
function tarHeader(name, size) {
    if (!/^[A-Za-z0-9._-][A-Za-z0-9._/-]*$/.test(name) ||
        Buffer.byteLength(name) > 100 ||
        name.split('/').includes('..')) {
        throw new Error(`tar entry name ${(0,log.q)(name)} is not a plain relative ASCII path of at most 100 bytes`);
    }
    if (!Number.isSafeInteger(size) || size < 0 || size > MAX_ENTRY_SIZE) {
        throw new errors/* UserError */.y(`a file of ${size} bytes does not fit in a ustar archive entry (limit ${MAX_ENTRY_SIZE} bytes)`, 'Use format "solo" or "cncf", which store the module as a raw layer without a size limit.');
    }
    const h = Buffer.alloc(BLOCK, 0);
    h.write(name, 0, 100, 'ascii');
    h.write(octal(0o644, 8), 100, 8, 'ascii'); // mode
    h.write(octal(0, 8), 108, 8, 'ascii'); // uid
    h.write(octal(0, 8), 116, 8, 'ascii'); // gid
    h.write(octal(size, 12), 124, 12, 'ascii'); // size
    h.write(octal(0, 12), 136, 12, 'ascii'); // mtime
    h.write('        ', 148, 8, 'ascii'); // checksum placeholder: 8 spaces
    h.write('0', 156, 1, 'ascii'); // typeflag: regular file
    h.write('ustar\0', 257, 6, 'ascii'); // magic
    h.write('00', 263, 2, 'ascii'); // version
    h.write(octal(0, 8), 329, 8, 'ascii'); // devmajor
    h.write(octal(0, 8), 337, 8, 'ascii'); // devminor
    let sum = 0;
    for (const byte of h)
        sum += byte;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
    return h;
}
/** The gzip member header: no FNAME/FCOMMENT/FEXTRA, MTIME 0, XFL for the level, fixed OS byte (RFC 1952). */
function gzipHeader(level = GZIP_LEVEL) {
    const xfl = level === 9 ? 2 : level === 1 ? 4 : 0;
    return Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, xfl, GZIP_OS_UNKNOWN]);
}
/** The tar byte stream, in fixed-size pieces; file entries are streamed and their size checked. */
async function* tarStream(entries) {
    const seen = new Set();
    for (const entry of entries) {
        if (seen.has(entry.name))
            throw new Error(`duplicate tar entry ${(0,log.q)(entry.name)}`);
        seen.add(entry.name);
        if (entry.bytes) {
            yield tarHeader(entry.name, entry.bytes.length);
            yield entry.bytes;
            const pad = (BLOCK - (entry.bytes.length % BLOCK)) % BLOCK;
            if (pad)
                yield Buffer.alloc(pad);
            continue;
        }
        if (!entry.path || entry.size === undefined)
            throw new Error(`tar entry ${(0,log.q)(entry.name)} has neither bytes nor path+size`);
        yield tarHeader(entry.name, entry.size);
        let read = 0;
        for await (const chunk of (0,external_node_fs_.createReadStream)(entry.path, { highWaterMark: READ_CHUNK })) {
            const buf = chunk;
            read += buf.length;
            if (read > entry.size)
                break;
            yield buf;
        }
        if (read !== entry.size) {
            throw new errors/* UserError */.y(`${(0,log.q)(entry.path)} changed while it was being packaged (expected ${entry.size} bytes, read ${read})`, 'Make sure no other step writes the module while this action runs.');
        }
        const pad = (BLOCK - (entry.size % BLOCK)) % BLOCK;
        if (pad)
            yield Buffer.alloc(pad);
    }
    yield Buffer.alloc(2 * BLOCK);
}
/**
 * Write `entries` as a deterministic `.tar.gz` blob into `outDir` (content-addressed: `<outDir>/<hex>`, written to a
 * temp name then renamed), hashing the tar and the gzip stream in the same single pass. Never holds a whole file.
 */
async function writeTarGz(entries, outDir, level = GZIP_LEVEL) {
    const tmp = (0,external_node_path_.join)(outDir, `.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tar.gz`);
    const fh = await (0,promises_.open)(tmp, 'wx');
    const tarHash = (0,external_node_crypto_.createHash)('sha256');
    const gzHash = (0,external_node_crypto_.createHash)('sha256');
    let tarSize = 0;
    let gzSize = 0;
    let crc = 0;
    let pending = [];
    const deflater = new pako/* Deflate */.Gy({ level, raw: true, memLevel: MEM_LEVEL, windowBits: WINDOW_BITS });
    deflater.onData = (chunk) => pending.push(Buffer.from(chunk));
    const flushPending = async () => {
        const out = pending;
        pending = [];
        for (const b of out) {
            gzHash.update(b);
            gzSize += b.length;
            await fh.write(b);
        }
    };
    let ok = false;
    try {
        pending.push(gzipHeader(level));
        for await (const piece of tarStream(entries)) {
            tarHash.update(piece);
            tarSize += piece.length;
            crc = (0,external_node_zlib_.crc32)(piece, crc);
            if (!deflater.push(piece, false))
                throw new Error(`deflate failed: ${deflater.msg ?? deflater.err}`);
            await flushPending();
        }
        if (!deflater.push(new Uint8Array(0), true))
            throw new Error(`deflate failed: ${deflater.msg ?? deflater.err}`);
        const trailer = Buffer.alloc(8);
        trailer.writeUInt32LE(crc >>> 0, 0);
        trailer.writeUInt32LE(tarSize % 2 ** 32, 4);
        pending.push(trailer);
        await flushPending();
        await fh.close();
        const hex = gzHash.digest('hex');
        const path = (0,external_node_path_.join)(outDir, hex);
        await (0,promises_.rename)(tmp, path);
        ok = true;
        return {
            path,
            digest: `sha256:${hex}`,
            size: gzSize,
            diffId: `sha256:${tarHash.digest('hex')}`,
            tarSize,
        };
    }
    finally {
        if (!ok) {
            await fh.close().catch(() => undefined);
            await (0,promises_.rm)(tmp, { force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/package/compat.ts





/** Tar entry names Istio looks for (`filepath.Base(name) == "plugin.wasm"`) and the optional runtime config. */
const COMPAT_WASM_ENTRY = 'plugin.wasm';
const COMPAT_CONFIG_ENTRY = 'runtime-config.json';
/**
 * Solo.io "compat" variant, OCI flavour (`spec/spec-compat.md`): an ordinary OCI image whose single (and so last)
 * layer is a deterministic `tar+gzip` holding `plugin.wasm` and, when there is a runtime config, `runtime-config.json`.
 * Config: image config with `architecture: wasm`, `os: wasip1` (`wasip2` for a component), `rootfs.diff_ids` = the
 * uncompressed tar's digest. Manifest annotation `module.wasm.image/variant: compat` (authoritative over the caller's).
 *
 * The module is streamed through tar and gzip and both digests are computed in that one pass; the layer is written
 * to `layoutBlobDir`. Same inputs -> same layer, config and manifest digests on any machine.
 */
async function packageCompat(input) {
    const { module } = input;
    const entries = [{ name: COMPAT_WASM_ENTRY, path: module.path, size: module.size }];
    const rcBytes = input.runtimeConfigBytes ??
        (input.runtimeConfig ? (0,runtime_config/* serializeRuntimeConfig */.d)(input.runtimeConfig) : undefined);
    if (rcBytes)
        entries.push({ name: COMPAT_CONFIG_ENTRY, bytes: rcBytes });
    const tgz = await writeTarGz(entries, input.layoutBlobDir);
    const config = {
        ...(input.created ? { created: input.created } : {}),
        architecture: 'wasm',
        os: module.kind === 'component' ? 'wasip2' : 'wasip1',
        rootfs: { type: 'layers', diff_ids: [tgz.diffId] },
    };
    const configBytes = Buffer.from(JSON.stringify(config));
    const configDescriptor = {
        mediaType: media_types/* MediaType */.zu.ociImageConfig,
        digest: (0,digest/* sha256Digest */.$)(configBytes),
        size: configBytes.length,
    };
    const layer = { mediaType: media_types/* MediaType */.zu.ociLayerTarGzip, digest: tgz.digest, size: tgz.size };
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.ociManifest,
        config: configDescriptor,
        layers: [layer],
        annotations: (0,package_manifest/* sortedAnnotations */.sk)({ ...input.annotations, [media_types/* Annotation */.YH.variant]: 'compat' }),
    };
    return (0,package_manifest/* finishPackage */.af)('compat', manifest, [
        { descriptor: configDescriptor, bytes: configBytes },
        { descriptor: layer, path: tgz.path },
    ]);
}


/***/ })

};
