export const id = 585;
export const ids = [585];
export const modules = {

/***/ 91585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/package/manifest.ts
var manifest = __webpack_require__(81459);
// EXTERNAL MODULE: ./src/registry/remote.ts + 5 modules
var registry_remote = __webpack_require__(6327);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/tags.ts
var src_tags = __webpack_require__(9506);
;// CONCATENATED MODULE: ./src/immutable-tags.ts
/**
 * Immutable releases: a release tag (full semver, e.g. `1.2.3`, `2.0.0-rc.1`) that already points at another
 * digest in the registry is never moved unless `overwrite-tags: true`. Re-publishing the same digest is fine.
 * Floating tags (`latest`, `1`, `1.2`, `edge`, branch names, `sha-…`, `pr-…`) always move.
 */



/** The release tags of a plan (or of a plain list of tag names: a full semver name is a release tag). */
function releaseTags(tags) {
    if (isStringList(tags))
        return tags.filter(src_tags/* isReleaseTag */.KH);
    return tags.planned.filter((t) => t.immutable).map((t) => t.name);
}
function isStringList(tags) {
    return Array.isArray(tags);
}
/** Find release tags that exist with a different digest. Registry errors (other than 404) propagate. */
async function findTagConflicts(remote, tags, manifestDigest) {
    // One HEAD per release tag, all at once (a plan has a handful); the result keeps the plan's order.
    const release = releaseTags(tags);
    const found = await Promise.all(release.map((tag) => remote.resolve(tag)));
    const conflicts = [];
    release.forEach((tag, i) => {
        const existing = found[i];
        if (existing && existing.digest !== manifestDigest) {
            conflicts.push({ tag, existing: existing.digest, wanted: manifestDigest });
        }
    });
    return conflicts;
}
/**
 * Refuse (UserError) to move release tags to a different digest unless `overwrite` is true. Call before pushing any
 * tag, so a refused release changes nothing in the registry. `tags` is a TagPlan or the plan's tag names.
 */
async function checkImmutableTags(remote, tags, manifestDigest, overwrite) {
    if (overwrite)
        return;
    const conflicts = await findTagConflicts(remote, tags, manifestDigest);
    if (conflicts.length === 0)
        return;
    const where = `${remote.registry}/${remote.repository}`;
    const list = conflicts
        .map((c) => `${(0,log.q)(c.tag)} is ${untrustedDigest(c.existing)}, this run built ${c.wanted}`)
        .join('; ');
    const names = conflicts.map((c) => c.tag).join(', ');
    throw new errors/* UserError */.y(`Release tag${conflicts.length > 1 ? 's' : ''} ${names} already exist${conflicts.length > 1 ? '' : 's'} in ` +
        `${where} with a different digest and will not be moved: ${list}.`, 'Release a new version (a new git tag), or set `overwrite-tags: true` to move release tags deliberately.', 'Release tag already published');
}
/**
 * After the release tags were written: read each back. Registries have no compare-and-swap, so two runs releasing the
 * same version at once can both pass `checkImmutableTags` and both write the tag; the last write wins. The run whose
 * digest the tag does not name lost the race and fails here (UserError naming both digests), before it moves any
 * floating tag. Skipped with `overwrite` (moving the tag was asked for).
 */
async function verifyReleaseTags(remote, tags, manifestDigest, overwrite) {
    if (overwrite)
        return;
    const release = releaseTags(tags);
    const read = (tag) => remote.resolve(tag).then((d) => ({ tag, existing: d?.digest }));
    let now = await Promise.all(release.map(read));
    // A registry that is slow to show a tag it just accepted (eventual consistency) gets a few short chances.
    for (let i = 0; i < READ_BACK_RETRIES && now.some((t) => t.existing === undefined); i++) {
        await new Promise((r) => setTimeout(r, READ_BACK_DELAY_MS));
        now = await Promise.all(now.map((t) => (t.existing === undefined ? read(t.tag) : t)));
    }
    const lost = now.filter((t) => t.existing !== manifestDigest);
    if (lost.length === 0)
        return;
    const where = `${remote.registry}/${remote.repository}`;
    const missing = lost.find((t) => t.existing === undefined);
    if (missing) {
        throw new errors/* UserError */.y(`The registry accepted release tag ${(0,log.q)(missing.tag)} for ${manifestDigest} in ${where} but does not show it when ` +
            'read back.', `Check the registry (\`skopeo inspect docker://${where}:${missing.tag}\`) and re-run the job.`, 'Release tag not readable');
    }
    const list = lost.map((t) => `${(0,log.q)(t.tag)} points at ${untrustedDigest(t.existing ?? '')}`).join('; ');
    throw new errors/* UserError */.y(`Release tag${lost.length > 1 ? 's' : ''} ${lost.map((t) => t.tag).join(', ')} in ${where} changed while this run ` +
        `published: ${list}, not at this run's ${manifestDigest}. Another run published the same version at the same ` +
        `time and won the race; this run moved no floating tag (its artifact stays reachable as ${where}@${manifestDigest}).`, 'Check which run should own this version; release a new version (a new git tag), or set `overwrite-tags: true` ' +
        'to move release tags deliberately.', 'Release tag taken by another run');
}
const READ_BACK_RETRIES = 3;
const READ_BACK_DELAY_MS = 300;
/** The registry's digest is untrusted text: quote it unless it is a well-formed digest. */
function untrustedDigest(d) {
    return /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(d) ? d : (0,log.q)(d, 100);
}

;// CONCATENATED MODULE: ./src/publish.ts
/**
 * The push stage. Order matters: check immutable tags (and, before signing, push access), sign, then blobs, then the
 * manifest by digest and the attestation (when signing), and only then the tags — release tags first, read back, then
 * the floating ones — so a tag only ever points at a complete, signed artifact, and a refusal, a signing failure or a
 * lost release race leaves no tag of this run behind where it should not be.
 * Round trips that do not depend on each other run together: the access check beside the tag checks, blob HEADs and
 * uploads in parallel, tag PUTs in parallel (bounded).
 */








async function publish(a) {
    const { io, inputs } = a;
    const own = a.remote
        ? undefined
        : new registry_remote/* RemoteRepository */.NT({
            registry: inputs.registry,
            repository: a.repository,
            plainHttp: inputs.plainHttp,
            credentials: inputs.password ? { username: inputs.username, password: inputs.password } : undefined,
            onRequest: (method, url, status) => io.debug(`${method} ${(0,log/* untrusted */.bp)(url)} -> ${status}`),
        });
    const remote = a.remote ?? own;
    try {
        return await pushAll(a, remote);
    }
    finally {
        // Pooled keep-alive connections end with the push: nothing of it keeps the step's process alive.
        own?.close();
    }
}
async function pushAll(a, remote) {
    const { io, inputs, packaged } = a;
    const signing = a.signing && a.signing.mode !== 'none' ? a.signing : undefined;
    // Before signing (a transparency-log entry is public and permanent), prove that the push can succeed. Without
    // signing the first blob upload is the access check: a refusal there still comes before any tag. The blob HEADs
    // (reads) run beside these checks; nothing is written until they all pass.
    const present = Promise.all(packaged.blobs.map((b) => remote.blobExists(b.descriptor.digest)));
    await firstFailure([
        signing ? remote.checkPushAccess() : Promise.resolve(),
        checkImmutableTags(remote, a.tags, packaged.manifestDigest, inputs.overwriteTags),
        present,
    ]);
    const found = await present;
    // Sign before anything is pushed: a signing failure must not leave an unsigned artifact or tag behind.
    const signed = signing ? await signProvenance(a, signing) : undefined;
    // Blobs first (in parallel): the ones the HEADs did not find are mounted or uploaded.
    const blobs = {};
    await Promise.all(packaged.blobs.map(async (b, i) => {
        const how = await remote.pushBlob({ descriptor: b.descriptor, bytes: b.bytes, path: b.path }, { mountFrom: a.mountFrom?.(b.descriptor.digest), present: found[i] });
        blobs[b.descriptor.digest] = how;
        io.info(`${how === 'exists' ? 'Exists  ' : how === 'mounted' ? 'Mounted ' : 'Uploaded'} ${b.descriptor.digest} (${b.descriptor.size} bytes)`);
    }));
    // The manifest by digest (untagged): the attestation can name it before any tag points at it. Without an
    // attestation the first tag PUT stores the same bytes, so the untagged PUT is only needed when there is no tag.
    if (signed || a.tags.length === 0) {
        await remote.pushManifest(packaged.manifestDigest, packaged.manifestBytes, packaged.mediaType);
        io.info(`Manifest ${packaged.manifestDigest}`);
    }
    let attestationDigest;
    if (signed) {
        const sign = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(444), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 34467));
        const attached = await sign.attachBundle(remote, (0,manifest/* manifestDescriptor */.Dt)(packaged), signed.bundleBytes, a.gh.created);
        attestationDigest = attached.referrerDigest;
        io.info(`Attestation ${attestationDigest}${attached.indexTag ? ` (referrers tag ${attached.indexTag})` : ''}`);
    }
    await pushTags(a, remote);
    if (a.tags.length > 0 && !signed)
        io.info(`Manifest ${packaged.manifestDigest}`);
    for (const tag of a.tags)
        io.info(`Tagged ${(0,log/* untrusted */.bp)(tag)}`);
    return { signingMode: signing?.mode ?? 'none', attestationDigest, bundlePath: signed?.bundlePath, blobs };
}
/** Sign the provenance of the manifest; the Sigstore bundle is written under RUNNER_TEMP. */
async function signProvenance(a, signing) {
    const { inputs, packaged } = a;
    const sign = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(444), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 34467));
    const statement = sign.buildProvenance({
        env: a.env,
        registry: inputs.registry,
        repository: a.repository,
        manifestDigest: packaged.manifestDigest,
        moduleName: a.moduleName,
        moduleDigest: packaged.blobs.find((b) => b.path)?.descriptor.digest ?? '',
    });
    const { bundleBytes } = await sign.signStatement(signing, statement);
    const dir = (0,external_node_path_.join)(a.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'wasm-oci');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const bundlePath = (0,external_node_path_.join)(dir, `provenance-${(0,digest/* digestHex */.s)(packaged.manifestDigest).slice(0, 16)}.sigstore.json`);
    await (0,promises_.writeFile)(bundlePath, bundleBytes);
    a.io.info(`Signed provenance (${signing.mode}); bundle at ${bundlePath}`);
    return { bundleBytes, bundlePath };
}
/**
 * Tags last: one PUT of the same bytes per tag. Release tags first, then read back (another run may have released the
 * same version at the same moment: the loser fails here, before it moves a floating tag), then the rest.
 */
async function pushTags(a, remote) {
    const { packaged, inputs } = a;
    const release = new Set(releaseTags(a.tags));
    const guarded = inputs.overwriteTags ? [] : a.tags.filter((t) => release.has(t));
    const putTag = async (tag) => {
        await remote.pushManifest(tag, packaged.manifestBytes, packaged.mediaType);
    };
    if (guarded.length > 0) {
        await forEachLimit(guarded, TAG_PUT_CONCURRENCY, putTag);
        await verifyReleaseTags(remote, guarded, packaged.manifestDigest, inputs.overwriteTags);
    }
    const floating = a.tags.filter((t) => !guarded.includes(t));
    await forEachLimit(floating, TAG_PUT_CONCURRENCY, putTag);
}
/** Tag PUTs in flight at once: enough for a release's handful of tags, gentle on rate-limited registries. */
const TAG_PUT_CONCURRENCY = 4;
/**
 * Run `fn` over `items` with at most `limit` at once; after a failure nothing new starts, and the first failure is
 * thrown once the started ones settle.
 */
async function forEachLimit(items, limit, fn) {
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            await fn(items[next++]).catch((e) => {
                failed = true;
                throw e;
            });
        }
    };
    await firstFailure(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/** Wait for every promise; then throw the failure of the earliest one in the list (deterministic, unlike `all`). */
async function firstFailure(promises) {
    const settled = await Promise.allSettled(promises);
    for (const s of settled)
        if (s.status === 'rejected')
            throw s.reason;
}


/***/ })

};
