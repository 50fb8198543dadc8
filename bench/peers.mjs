// The benchmark's peers and their fixtures: a docker-registry per run, the OCI layout skopeo copies, the files the
// curl script sends, and the oras-go 1.1 push program (bench/oras-push/main.go) built offline from Debian's
// golang-go + golang-oras-oras-go-dev (GOPATH mode against /usr/share/gocode, no network) into .cache/bench.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const GOPATH = '/usr/share/gocode';

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = s.address().port;
      s.close(() => res(port));
    });
  });
}

/** A fresh docker-registry (filesystem storage under `dir`) on 127.0.0.1; `stop()` kills it and removes its data. */
export async function startRegistry(dir) {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const config = join(dir, 'registry.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: error',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      'http:',
      `  addr: 127.0.0.1:${port}`,
    ].join('\n'),
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 300; i++) {
    try {
      const r = await fetch(`${url}/v2/`);
      await r.arrayBuffer();
      return { host: `127.0.0.1:${port}`, url, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await stop();
  throw new Error('docker-registry did not start');
}

export async function sha256File(path) {
  const h = createHash('sha256');
  for await (const c of createReadStream(path)) h.update(c);
  return `sha256:${h.digest('hex')}`;
}

const sha256 = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/**
 * The Solo-style artifact of a module, as files: config, manifest, and an OCI image layout (tag `v1`) holding them,
 * with the module hard-linked into it (no copy: the layout costs skopeo nothing the other tools do not pay).
 */
export async function writeArtifact(dir, modulePath, size) {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  const moduleDigest = await sha256File(modulePath);
  const config = Buffer.from(
    JSON.stringify({ type: 'envoy_proxy', abiVersions: ['v0.2.1'], rootIds: ['add_header'] }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.module.wasm.config.v1+json',
        digest: sha256(config),
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.module.wasm.content.layer.v1+wasm',
          digest: moduleDigest,
          size,
          annotations: { 'org.opencontainers.image.title': 'filter.wasm' },
        },
      ],
    }),
  );
  const blob = (d) => join(dir, 'blobs', 'sha256', d.slice(7));
  writeFileSync(blob(sha256(config)), config);
  writeFileSync(blob(sha256(manifest)), manifest);
  linkSync(modulePath, blob(moduleDigest));
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: sha256(manifest),
          size: manifest.length,
          annotations: { 'org.opencontainers.image.ref.name': 'v1' },
        },
      ],
    }),
  );
  return {
    layout: dir,
    configPath: blob(sha256(config)),
    configDigest: sha256(config),
    manifestPath: blob(sha256(manifest)),
    moduleDigest,
  };
}

/**
 * skopeo's blob-info cache: it remembers which repositories hold a blob and mounts from them instead of uploading,
 * which would hand skopeo the upload an earlier run already paid for. Removed before every skopeo run. Root uses
 * /var/lib/containers/cache; other users $XDG_DATA_HOME (or ~/.local/share)/containers/cache.
 */
export function skopeoBlobInfoCache() {
  if (process.getuid?.() === 0) return '/var/lib/containers/cache/blob-info-cache-v1.boltdb';
  const data = process.env.XDG_DATA_HOME || join(process.env.HOME ?? '/root', '.local', 'share');
  return join(data, 'containers', 'cache', 'blob-info-cache-v1.boltdb');
}

export function skopeoArgs(layout, host, repository) {
  rmSync(skopeoBlobInfoCache(), { force: true });
  return ['copy', '-q', '--dest-tls-verify=false', `oci:${layout}:v1`, `docker://${host}/${repository}:v1`];
}

/** Build the oras-go push program into `outDir`; returns its path, or { note } saying why it could not be built. */
export function buildOras(root, outDir) {
  const src = join(root, 'bench', 'oras-push');
  const out = join(outDir, 'oras-push');
  if (!existsSync(join(GOPATH, 'src', 'oras.land', 'oras-go', 'pkg', 'oras'))) {
    return {
      note: `oras-go skipped: ${GOPATH}/src/oras.land/oras-go is missing (apt-get install golang-oras-oras-go-dev)`,
    };
  }
  try {
    execFileSync('go', ['build', '-o', out, '.'], {
      cwd: src,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME ?? '/root',
        GO111MODULE: 'off',
        GOPATH,
        GOFLAGS: '',
        GOPROXY: 'off',
        GOCACHE: join(outDir, 'gocache'),
      },
    });
    return { path: out, version: orasVersion() };
  } catch (e) {
    const why =
      e.code === 'ENOENT' ? 'go is missing (apt-get install golang-go)' : String(e.stderr ?? e).slice(-500);
    return { note: `oras-go skipped: the push program did not build: ${why}` };
  }
}

function orasVersion() {
  try {
    return execFileSync('dpkg-query', ['-W', '-f', '${Version}', 'golang-oras-oras-go-dev'])
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}
