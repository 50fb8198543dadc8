import { UserError } from '../errors.js';
import type { Format, PackageInput, Packaged } from './types.js';
import { packageSolo } from './solo.js';
import { packageCncf } from './cncf.js';
import { componentMetadataOrUserError } from '../wasm/component.js';

export type { PackageInput } from './types.js';

/** Package the module in the chosen format. Pure apart from writing derived, content-addressed blobs. */
export async function packageArtifact(format: Format, input: PackageInput): Promise<Packaged> {
  switch (format) {
    case 'solo':
      if (!input.runtimeConfig || !input.runtimeConfigBytes)
        throw new Error('solo format needs a runtime config');
      return packageSolo({
        module: input.module,
        runtimeConfig: input.runtimeConfig,
        runtimeConfigBytes: input.runtimeConfigBytes,
        annotations: input.annotations,
      });
    case 'compat':
      // One verdict for every format: a component whose imports and exports cannot be read is refused here exactly
      // as the CNCF packaging (and so `auto`) refuses it, though compat does not put them in its config.
      if (input.module.kind === 'component')
        await componentMetadataOrUserError(input.module.path, input.module.fileName);
      // Loaded on demand: its deflate implementation is only needed for this format.
      return (await import('./compat.js')).packageCompat(input);
    case 'cncf':
      return packageCncf(input);
  }
}

interface FormatHints {
  runtimeType?: string;
  runtimeConfig?: string;
}

/**
 * `format: auto`: a component is published in the CNCF layout (the only one its consumers read); a core module that
 * declares a proxy-wasm ABI marker, or for which a runtime type/config is given, in the Solo "oci" variant; any other
 * core module in the CNCF layout.
 */
export function chooseFormat(
  format: Format | 'auto',
  module: { kind: 'module' | 'component'; exports: { name: string }[] },
  hints: FormatHints,
): Format {
  if (format !== 'auto') {
    if (module.kind === 'component' && format === 'solo') {
      throw new UserError(
        'The module is a WebAssembly component; the Solo "oci" format carries proxy-wasm core modules only.',
        'Use `format: cncf` (or `format: auto`) for components.',
        'Wrong format',
      );
    }
    return format;
  }
  if (module.kind === 'component') return 'cncf';
  const proxyWasm = module.exports.some((e) => e.name.startsWith('proxy_abi_version_'));
  if (proxyWasm || hints.runtimeType || hints.runtimeConfig) return 'solo';
  return 'cncf';
}
