/**
 * Open what a read command reads from: a registry repository (`registry/repository:tag|@digest`, pull-only token
 * scope, credentials from flags or the Docker config) or, with `--oci-layout`, a layout directory (reference = tag or
 * digest in it).
 */
import { LayoutStore } from '../oci/layout-reader.js';
import { remoteStore, type ArtifactStore } from '../pull.js';
import { RemoteRepository } from '../registry/remote.js';
import { untrusted } from '../log.js';
import { bool, parseLayoutReference, parseReference, str, type ImageRef, type Values } from './args.js';
import { resolveCredentials } from './credentials.js';
import type { Logger } from './output.js';

export interface OpenedStore {
  store: ArtifactStore;
  /** tag or digest within the store */
  reference: string;
  /** set for a registry */
  image?: ImageRef;
  remote?: RemoteRepository;
  layoutDir?: string;
  close(): void;
}

export async function openStore(
  values: Values,
  refText: string,
  command: string,
  log: Logger,
): Promise<OpenedStore> {
  const layoutDir = str(values, 'oci-layout');
  if (layoutDir !== undefined) {
    const reference = parseLayoutReference(refText, command);
    const store = await LayoutStore.open(layoutDir);
    return { store, reference, layoutDir, close: () => undefined };
  }
  const image = parseReference(refText, command);
  const credentials = await resolveCredentials(values, image.registry, command, log);
  const remote = new RemoteRepository({
    registry: image.registry,
    repository: image.repository,
    plainHttp: bool(values, 'plain-http'),
    credentials,
    access: 'pull',
    onRequest: (method, url, status) => log.debug(`${method} ${untrusted(url)} -> ${status}`),
  });
  return {
    store: remoteStore(remote),
    reference: image.digest ?? image.tag ?? 'latest',
    image,
    remote,
    close: () => remote.close(),
  };
}
