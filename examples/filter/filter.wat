;; Example proxy-wasm filter (ABI 0.2.1) that adds an `x-wasm-filter: on` request header. Shaped like
;; proxy-wasm-rust-sdk output: exports memory, an allocator, the ABI marker and the usual callbacks.
;; Rebuild: wat2wasm examples/filter/filter.wat -o examples/filter/filter.wasm (a test checks the committed copy).
(module
  (type $log_t (func (param i32 i32 i32) (result i32)))
  (type $hdr_t (func (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_log" (func $proxy_log (type $log_t)))
  (import "env" "proxy_get_header_map_value" (func $proxy_get_header_map_value (type $hdr_t)))
  (import "env" "proxy_add_header_map_value" (func $proxy_add_header_map_value (type $hdr_t)))
  (import "env" "proxy_get_log_level" (func $proxy_get_log_level (param i32) (result i32)))
  (import "env" "proxy_set_effective_context" (func $proxy_set_effective_context (param i32) (result i32)))

  (memory $mem 17)
  (global $heap (mut i32) (i32.const 1048576))
  (data (i32.const 1024) "x-wasm-filter\00on\00request headers seen")

  ;; bump allocator
  (func $malloc (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (global.get $heap) (local.get $size)))
    (local.get $p))

  (func (export "proxy_abi_version_0_2_1"))
  (func (export "_initialize"))
  (func (export "proxy_on_context_create") (param $context_id i32) (param $parent_context_id i32))
  (func (export "proxy_on_vm_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers")
    (param $context_id i32) (param $num_headers i32) (param $end_of_stream i32) (result i32)
    (drop (call $proxy_log (i32.const 2) (i32.const 1020) (i32.const 20)))
    (drop (call $proxy_add_header_map_value (i32.const 0) (i32.const 1024) (i32.const 13) (i32.const 1038) (i32.const 2)))
    (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32 i32) (result i32) (i32.const 0))
  (func (export "proxy_on_done") (param i32) (result i32) (i32.const 1))
  (func (export "proxy_on_log") (param i32))
  (func (export "proxy_on_delete") (param i32))

  (export "memory" (memory $mem))
  (export "malloc" (func $malloc))
)
