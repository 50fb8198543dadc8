// oras-push: the oras-go 1.1 peer of the benchmark (bench/peers.mjs). It pushes a Solo-style Wasm artifact (config +
// module layer) the way `wasme push` and the oras 0.x CLI do: a file store holding the module, the config loaded into
// it, a generated manifest, then oras.Copy to the registry through containerd's resolver.
//
// Usage: oras-push <host:port/repository:tag> <module.wasm>   (plain HTTP, anonymous)
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/opencontainers/go-digest"
	ocispec "github.com/opencontainers/image-spec/specs-go/v1"
	"oras.land/oras-go/pkg/content"
	"oras.land/oras-go/pkg/oras"
)

const (
	configMediaType = "application/vnd.module.wasm.config.v1+json"
	layerMediaType  = "application/vnd.module.wasm.content.layer.v1+wasm"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: oras-push <host:port/repository:tag> <module.wasm>")
		os.Exit(2)
	}
	if err := push(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "oras-push:", err)
		os.Exit(1)
	}
}

func push(ref, module string) error {
	ctx := context.Background()
	store := content.NewFile(filepath.Dir(module))
	defer store.Close()
	layer, err := store.Add(filepath.Base(module), layerMediaType, module)
	if err != nil {
		return err
	}
	config := []byte(`{"type":"envoy_proxy","abiVersions":["v0.2.1"],"rootIds":["add_header"]}`)
	configDesc := ocispec.Descriptor{MediaType: configMediaType, Digest: digest.FromBytes(config), Size: int64(len(config))}
	if err := store.Load(configDesc, config); err != nil {
		return err
	}
	manifest, manifestDesc, err := content.GenerateManifest(&configDesc, nil, layer)
	if err != nil {
		return err
	}
	if err := store.StoreManifest(ref, manifestDesc, manifest); err != nil {
		return err
	}
	registry, err := content.NewRegistry(content.RegistryOptions{PlainHTTP: true})
	if err != nil {
		return err
	}
	_, err = oras.Copy(ctx, store, ref, registry, "")
	return err
}
