/**
 * The pipeline, stage by stage, as the README describes it:
 *   inputs -> plan (tags, push decision, signing) -> validate -> package (OCI layout) -> check consumers
 *   -> [push: access check + immutable tags, sign, blobs, manifest, attestation, tags] -> report.
 * A refusal at any stage throws before anything reaches the registry; tags are written last.
 */
import { basename, resolve } from 'node:path';
import { secretValues, type Env, type Inputs } from './context.js';
import { actionsIo, type Io } from './io.js';
import { UserError } from './errors.js';
import { q, untrusted } from './log.js';
import { readGitHubContext, withCommitTime, type EventContext } from './github-context.js';
import { computeTags, sanitizeRepository } from './tags.js';
import { buildAnnotations } from './annotations.js';
import { decidePush } from './push-decision.js';
import { inspectModule } from './wasm/inspect.js';
import { featureNote } from './wasm/features.js';
import { validateModule } from './wasm/validate.js';
import { resolveRuntimeConfig, serializeRuntimeConfig } from './runtime-config.js';
import { OciLayout } from './oci/layout.js';
import { manifestDescriptor } from './package/manifest.js';
import { packageArtifact, chooseFormat } from './package/index.js';
import type { Format, Packaged, RuntimeConfig } from './package/types.js';
import { checkConsumers, requireConsumers, type ConsumerReport } from './report/consumers.js';
import type { PublishResult } from './publish.js';
import { buildSummary } from './report/summary.js';

export interface RunResult {
  digest: string;
  moduleDigest: string;
  moduleSize: number;
  /** proposals the module uses (sorted stable names, src/wasm/features.ts) */
  moduleFeatures: string[];
  reference: string;
  /** full references `registry/repository:tag` pushed, or that would be pushed */
  tags: string[];
  pushed: boolean;
  ociLayout: string;
  format: Format;
  mediaType: string;
  runtimeConfig?: RuntimeConfig;
  consumers: ConsumerReport[];
  signingMode: string;
  attestationDigest?: string;
  bundlePath?: string;
  cacheHit?: boolean;
}

export async function run(inputs: Inputs, env: Env = process.env, io: Io = actionsIo()): Promise<RunResult> {
  // Secrets first: nothing below may print them.
  for (const secret of secretValues(inputs)) io.setSecret(secret);

  // 1. Plan: what this run will publish, and whether it pushes and signs.
  const plan = await io.group('Plan', async () => {
    // The commit time (`git show`) is read in the background while the module is validated; packaging awaits it.
    const gh = readGitHubContext(env, { git: false });
    const repository = sanitizeRepository(inputs.repository, 'repository');
    const tags = computeTags(gh, inputs.tags);
    // GHCR always needs credentials to push; other registries (a local one) may take anonymous pushes.
    const decision = decidePush(gh, inputs.push, inputs.password, {
      allowAnonymous: inputs.registry !== 'ghcr.io',
    });
    for (const n of [...(inputs.notices ?? []), ...decision.notices]) io.notice(n);
    io.info(`Target: ${untrusted(`${inputs.registry}/${repository}`)}`);
    io.info(`Tags: ${tags.tags.map((t) => untrusted(t)).join(', ') || '(none)'}`);
    io.info(`Push: ${decision.push} (${decision.reason})`);
    return {
      gh,
      commitTime: withCommitTime(env, gh),
      repository,
      tags,
      push: decision.push,
      pushReason: decision.reason,
      notices: decision.notices,
    };
  });
  const signing = await planSigning(io, inputs, plan.gh, plan.push);

  // 2. Validate the module against the config it declares (before anything is written or pushed).
  const { report, runtimeConfig, format } = await io.group('Validate', () => validate(io, inputs));
  const layout = await OciLayout.open(inputs.ociLayout);
  const gh = await plan.commitTime;

  // Blob cache (only when pushing: it serves uploads and mounts): restore before the store is filled.
  const cache =
    plan.push && inputs.cache
      ? await restoreCache(io, inputs, layout, format, report.digest, runtimeConfig)
      : undefined;

  // 3. Package into the OCI layout (always written, dry run or not).
  const packaged = await io.group('Package', async () => {
    const annotations = buildAnnotations(gh, plan.tags.version, inputs.annotations);
    const p = await packageArtifact(format, {
      module: {
        path: resolve(report.path),
        fileName: report.fileName,
        digest: report.digest,
        size: report.size,
        kind: report.kind,
      },
      runtimeConfig,
      runtimeConfigBytes: runtimeConfig ? serializeRuntimeConfig(runtimeConfig) : undefined,
      annotations,
      created: gh.created,
      layoutBlobDir: layout.blobDir,
    });
    for (const b of p.blobs) if (b.bytes) await layout.writeBlob(b.bytes, b.descriptor.digest);
    await layout.writeBlob(p.manifestBytes, p.manifestDigest);
    await layout.tag(manifestDescriptor(p), plan.tags.tags);
    io.info(`Format: ${format}; manifest ${p.manifestDigest} (${p.manifestBytes.length} bytes)`);
    io.info(`OCI layout: ${untrusted(layout.dir)}`);
    return p;
  });

  // 4. Which consumers accept this artifact; refuse before pushing if a required one would not.
  const configBlob = packaged.blobs.find(
    (b) => b.descriptor.digest === packaged.manifest.config.digest,
  )?.bytes;
  const consumers = checkConsumers(
    packaged.manifest,
    configBlob ? (JSON.parse(configBlob.toString()) as object) : undefined,
  );
  requireConsumers(consumers, inputs.requireConsumers);

  // 5. Push (blobs, manifest, attestation, then tags), or report what would be pushed. Blobs are uploaded from the
  // user's file; its copy into the layout (an in-kernel copy from the page cache) runs beside the push, not ahead of it:
  // measured at 64 MiB, copying after the upload made the run 0.1–0.3 s slower than copying beside the push.
  let published: PublishResult | undefined;
  if (!plan.push) await layout.importFile(resolve(report.path), report.digest, report.size);
  else {
    // Loaded only when pushing: the HTTP/TLS stack is not part of a dry run's start-up.
    const { publish } = await import('./publish.js');
    const pushing = io.group('Push', () =>
      publish({
        io,
        inputs,
        env,
        gh,
        repository: plan.repository,
        tags: plan.tags.tags,
        packaged,
        layout,
        moduleName: report.fileName,
        signing,
        mountFrom: cache
          ? (digest) =>
              cache.mod.mountCandidates(cache.restored.record, inputs.registry, plan.repository, digest)
          : undefined,
      }),
    );
    const imported = layout.importFile(resolve(report.path), report.digest, report.size);
    const [pushed, copied] = await Promise.allSettled([pushing, imported]);
    if (pushed.status === 'rejected') throw pushed.reason;
    if (copied.status === 'rejected') throw copied.reason;
    published = pushed.value;
    if (cache) {
      const { mod, restored } = cache;
      const digests = [packaged.manifestDigest, ...packaged.blobs.map((b) => b.descriptor.digest)];
      await mod.writeRecord(
        restored.recordFile,
        mod.recordPushed(restored.record, inputs.registry, plan.repository, digests),
      );
      await mod.finishBlobCache(restored.state, { success: true, keep: digests });
    }
  }

  // 6. Report.
  const result: RunResult = {
    digest: packaged.manifestDigest,
    moduleDigest: report.digest,
    moduleSize: report.size,
    moduleFeatures: report.features,
    reference: `${inputs.registry}/${plan.repository}@${packaged.manifestDigest}`,
    tags: plan.tags.tags.map((t) => `${inputs.registry}/${plan.repository}:${t}`),
    pushed: plan.push,
    ociLayout: layout.dir,
    format,
    mediaType: packaged.mediaType,
    runtimeConfig,
    consumers,
    signingMode: published?.signingMode ?? 'none',
    attestationDigest: published?.attestationDigest,
    bundlePath: published?.bundlePath,
    cacheHit: cache?.restored.cacheHit,
  };
  await report_(io, inputs, gh, packaged, result, {
    pushReason: plan.pushReason,
    notices: plan.notices,
  });
  return result;
}

async function planSigning(io: Io, inputs: Inputs, gh: EventContext, push: boolean) {
  if (!push || inputs.signing === 'none') {
    if (!push && inputs.signing !== 'none') io.info('Not pushing, so nothing is signed.');
    return undefined;
  }
  return io.group('Signing plan', async () => {
    const sign = await import('./sign/index.js');
    const p = await sign.planSigning({
      mode: inputs.signing,
      eventName: gh.eventName,
      isPullRequest: gh.isPullRequest,
      hasIdToken: gh.hasIdToken,
      signingKey: inputs.signingKey || undefined,
      signingKeyPassword: inputs.signingKeyPassword,
      fulcioUrl: inputs.fulcioUrl,
      rekorUrl: inputs.rekorUrl || undefined,
      tsaUrl: inputs.tsaUrl || undefined,
    });
    for (const w of p.warnings) io.warning(w);
    for (const n of p.notices) io.notice(n);
    io.info(`Signing: ${p.mode}`);
    return p;
  });
}

async function validate(io: Io, inputs: Inputs) {
  const report = await inspectModule(inputs.module);
  io.info(`Module ${untrusted(report.fileName)}: ${report.size} bytes, ${report.kind}, ${report.digest}`);
  io.info(`Exports: ${untrusted(report.exports.map((e) => e.name).join(', '), 2000)}`);
  io.info(
    `Proposals used: ${report.features.length ? report.features.join(', ') : 'none (WebAssembly 1.0)'}`,
  );
  const featureWarning = featureNote(report.features);
  if (featureWarning)
    io.notice(`${untrusted(report.fileName)} ${featureWarning}`, { title: 'WebAssembly proposals' });
  const format = chooseFormat(inputs.format, report, inputs);
  const needsConfig = format !== 'cncf';
  const runtimeConfig = needsConfig
    ? await resolveRuntimeConfig(
        {
          runtimeType: inputs.runtimeType,
          abiVersions: inputs.abiVersions,
          rootIds: inputs.rootIds,
          runtimeConfigPath: inputs.runtimeConfig,
        },
        report,
        format,
      )
    : undefined;
  if (runtimeConfig) {
    const findings = validateModule(report, runtimeConfig, inputs.module);
    for (const n of findings.notices) io.notice(withFix(n), { title: 'Module check' });
    for (const w of findings.warnings) io.warning(withFix(w), { title: 'Module check', file: inputs.module });
    for (const e of findings.errors) io.error(withFix(e), { title: 'Invalid module', file: inputs.module });
    if (findings.errors.length > 0) {
      throw new UserError(
        `${q(inputs.module)} failed validation with ${findings.errors.length} error(s) (listed above); nothing was pushed.`,
        undefined,
        'Invalid module',
        inputs.module,
      );
    }
  }
  return { report, runtimeConfig, format };
}

async function restoreCache(
  io: Io,
  inputs: Inputs,
  layout: OciLayout,
  format: Format,
  moduleDigest: string,
  runtimeConfig: RuntimeConfig | undefined,
) {
  return io.group('Cache restore', async () => {
    const mod = await import('./cache/index.js');
    const restored = await mod.restoreBlobCache({
      format,
      moduleDigest,
      inputs: { runtimeConfig: runtimeConfig ?? null, annotations: inputs.annotations },
      layoutDir: layout.dir,
    });
    io.info(
      `Blob cache: ${restored.outcome}${restored.matchedKey ? ` (${untrusted(restored.matchedKey)})` : ''}`,
    );
    return { mod, restored };
  });
}

function withFix(f: { message: string; fix?: string }): string {
  return f.fix ? `${f.message} ${f.fix}` : f.message;
}

async function report_(
  io: Io,
  inputs: Inputs,
  gh: EventContext,
  packaged: Packaged,
  r: RunResult,
  decision: { pushReason?: string; notices?: string[] } = {},
): Promise<void> {
  const metadata = {
    digest: r.digest,
    'module-digest': r.moduleDigest,
    'module-size': r.moduleSize,
    'module-features': r.moduleFeatures,
    reference: r.reference,
    tags: r.tags,
    pushed: r.pushed,
    'oci-layout': r.ociLayout,
    format: r.format,
    'media-type': r.mediaType,
    'manifest-size': packaged.manifestBytes.length,
    config: packaged.manifest.config,
    layers: packaged.manifest.layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
    'runtime-config': r.runtimeConfig,
    consumers: r.consumers,
    'signing-mode': r.signingMode,
    'attestation-digest': r.attestationDigest,
    'cache-hit': r.cacheHit,
  };
  io.setOutput('digest', r.digest);
  io.setOutput('module-digest', r.moduleDigest);
  io.setOutput('reference', r.reference);
  io.setOutput('tags', r.tags.join('\n'));
  io.setOutput('pushed', String(r.pushed));
  io.setOutput('oci-layout', r.ociLayout);
  io.setOutput('signing-mode', r.signingMode);
  if (r.attestationDigest) io.setOutput('attestation-digest', r.attestationDigest);
  if (r.bundlePath) io.setOutput('bundle-path', r.bundlePath);
  if (r.cacheHit !== undefined) io.setOutput('cache-hit', String(r.cacheHit));
  io.setOutput('metadata', JSON.stringify(metadata));

  io.info(`${r.pushed ? 'Pushed' : 'Would push'} ${r.reference}`);
  for (const t of r.tags) io.info(`  ${untrusted(t)}`);

  if (inputs.summary) {
    try {
      const md = buildSummary({
        inputs,
        gh,
        packaged,
        result: r,
        moduleName: basename(inputs.module),
        pushReason: decision.pushReason,
        notices: decision.notices,
      });
      if (!(await io.writeSummary(md))) io.debug('GITHUB_STEP_SUMMARY is not set; no job summary written.');
    } catch (e) {
      io.warning(`Could not write the job summary: ${untrusted(String(e))}`);
    }
  }
}
