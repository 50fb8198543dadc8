/**
 * The 0xfd prefix: fixed-128-bit SIMD (0x00–0xff) and relaxed SIMD (0x100–0x113). Plain instructions are in `SIMD`
 * (signature table); the ones with immediates are described by `SIMD_MEM` (memarg loads/stores: natural alignment),
 * `SIMD_LANE` (lane index bound) and handled in code-ext.ts.
 */
import { SigTable } from './opcodes.js';

const VCMP = 'eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u';

export const SIMD = new SigTable(0x114)
  .def(14, 'i8x16.', 'swizzle', 'vv>v')
  .def(15, '', 'i8x16.splat i16x8.splat i32x4.splat', 'i>v')
  .def(18, 'i64x2.', 'splat', 'I>v')
  .def(19, 'f32x4.', 'splat', 'f>v')
  .def(20, 'f64x2.', 'splat', 'F>v')
  .def(35, 'i8x16.', VCMP, 'vv>v')
  .def(45, 'i16x8.', VCMP, 'vv>v')
  .def(55, 'i32x4.', VCMP, 'vv>v')
  .def(65, 'f32x4.', 'eq ne lt gt le ge', 'vv>v')
  .def(71, 'f64x2.', 'eq ne lt gt le ge', 'vv>v')
  .def(77, 'v128.', 'not', 'v>v')
  .def(78, 'v128.', 'and andnot or xor', 'vv>v')
  .def(82, 'v128.', 'bitselect', 'vvv>v')
  .def(83, 'v128.', 'any_true', 'v>i')
  .def(94, '', 'f32x4.demote_f64x2_zero f64x2.promote_low_f32x4', 'v>v')
  .def(96, 'i8x16.', 'abs neg popcnt', 'v>v')
  .def(99, 'i8x16.', 'all_true bitmask', 'v>i')
  .def(101, 'i8x16.', 'narrow_i16x8_s narrow_i16x8_u', 'vv>v')
  .def(103, 'f32x4.', 'ceil floor trunc nearest', 'v>v')
  .def(107, 'i8x16.', 'shl shr_s shr_u', 'vi>v')
  .def(110, 'i8x16.', 'add add_sat_s add_sat_u sub sub_sat_s sub_sat_u', 'vv>v')
  .def(116, 'f64x2.', 'ceil floor', 'v>v')
  .def(118, 'i8x16.', 'min_s min_u max_s max_u', 'vv>v')
  .def(122, 'f64x2.', 'trunc', 'v>v')
  .def(123, 'i8x16.', 'avgr_u', 'vv>v')
  .def(124, '', 'i16x8.extadd_pairwise_i8x16_s i16x8.extadd_pairwise_i8x16_u', 'v>v')
  .def(126, '', 'i32x4.extadd_pairwise_i16x8_s i32x4.extadd_pairwise_i16x8_u', 'v>v')
  .def(128, 'i16x8.', 'abs neg', 'v>v')
  .def(130, 'i16x8.', 'q15mulr_sat_s', 'vv>v')
  .def(131, 'i16x8.', 'all_true bitmask', 'v>i')
  .def(133, 'i16x8.', 'narrow_i32x4_s narrow_i32x4_u', 'vv>v')
  .def(135, 'i16x8.', 'extend_low_i8x16_s extend_high_i8x16_s extend_low_i8x16_u extend_high_i8x16_u', 'v>v')
  .def(139, 'i16x8.', 'shl shr_s shr_u', 'vi>v')
  .def(142, 'i16x8.', 'add add_sat_s add_sat_u sub sub_sat_s sub_sat_u', 'vv>v')
  .def(148, 'f64x2.', 'nearest', 'v>v')
  .def(149, 'i16x8.', 'mul min_s min_u max_s max_u _ avgr_u', 'vv>v')
  .def(156, 'i16x8.', 'extmul_low_i8x16_s extmul_high_i8x16_s extmul_low_i8x16_u extmul_high_i8x16_u', 'vv>v')
  .def(160, 'i32x4.', 'abs neg', 'v>v')
  .def(163, 'i32x4.', 'all_true bitmask', 'v>i')
  .def(167, 'i32x4.', 'extend_low_i16x8_s extend_high_i16x8_s extend_low_i16x8_u extend_high_i16x8_u', 'v>v')
  .def(171, 'i32x4.', 'shl shr_s shr_u', 'vi>v')
  .def(174, 'i32x4.', 'add _ _ sub _ _ _ mul min_s min_u max_s max_u dot_i16x8_s', 'vv>v')
  .def(188, 'i32x4.', 'extmul_low_i16x8_s extmul_high_i16x8_s extmul_low_i16x8_u extmul_high_i16x8_u', 'vv>v')
  .def(192, 'i64x2.', 'abs neg', 'v>v')
  .def(195, 'i64x2.', 'all_true bitmask', 'v>i')
  .def(199, 'i64x2.', 'extend_low_i32x4_s extend_high_i32x4_s extend_low_i32x4_u extend_high_i32x4_u', 'v>v')
  .def(203, 'i64x2.', 'shl shr_s shr_u', 'vi>v')
  .def(206, 'i64x2.', 'add _ _ sub _ _ _ mul eq ne lt_s gt_s le_s ge_s', 'vv>v')
  .def(220, 'i64x2.', 'extmul_low_i32x4_s extmul_high_i32x4_s extmul_low_i32x4_u extmul_high_i32x4_u', 'vv>v')
  .def(224, 'f32x4.', 'abs neg', 'v>v')
  .def(227, 'f32x4.', 'sqrt', 'v>v')
  .def(228, 'f32x4.', 'add sub mul div min max pmin pmax', 'vv>v')
  .def(236, 'f64x2.', 'abs neg', 'v>v')
  .def(239, 'f64x2.', 'sqrt', 'v>v')
  .def(240, 'f64x2.', 'add sub mul div min max pmin pmax', 'vv>v')
  .def(248, 'i32x4.', 'trunc_sat_f32x4_s trunc_sat_f32x4_u', 'v>v')
  .def(250, 'f32x4.', 'convert_i32x4_s convert_i32x4_u', 'v>v')
  .def(252, 'i32x4.', 'trunc_sat_f64x2_s_zero trunc_sat_f64x2_u_zero', 'v>v')
  .def(254, 'f64x2.', 'convert_low_i32x4_s convert_low_i32x4_u', 'v>v')
  // relaxed SIMD
  .def(0x100, 'i8x16.', 'relaxed_swizzle', 'vv>v')
  .def(0x101, 'i32x4.', 'relaxed_trunc_f32x4_s relaxed_trunc_f32x4_u', 'v>v')
  .def(0x103, 'i32x4.', 'relaxed_trunc_f64x2_s_zero relaxed_trunc_f64x2_u_zero', 'v>v')
  .def(0x105, '', 'f32x4.relaxed_madd f32x4.relaxed_nmadd f64x2.relaxed_madd f64x2.relaxed_nmadd', 'vvv>v')
  .def(0x109, '', 'i8x16.relaxed_laneselect i16x8.relaxed_laneselect', 'vvv>v')
  .def(0x10b, '', 'i32x4.relaxed_laneselect i64x2.relaxed_laneselect', 'vvv>v')
  .def(0x10d, '', 'f32x4.relaxed_min f32x4.relaxed_max f64x2.relaxed_min f64x2.relaxed_max', 'vv>v')
  .def(0x111, 'i16x8.', 'relaxed_q15mulr_s relaxed_dot_i8x16_i7x16_s', 'vv>v')
  .def(0x113, 'i32x4.', 'relaxed_dot_i8x16_i7x16_add_s', 'vvv>v');

/** memarg loads/stores: [opcode, name, natural alignment log2, 0 load / 1 store / 2 load lane / 3 store lane] */
export const SIMD_MEM: Record<number, [string, number, number]> = {
  0: ['v128.load', 4, 0],
  1: ['v128.load8x8_s', 3, 0],
  2: ['v128.load8x8_u', 3, 0],
  3: ['v128.load16x4_s', 3, 0],
  4: ['v128.load16x4_u', 3, 0],
  5: ['v128.load32x2_s', 3, 0],
  6: ['v128.load32x2_u', 3, 0],
  7: ['v128.load8_splat', 0, 0],
  8: ['v128.load16_splat', 1, 0],
  9: ['v128.load32_splat', 2, 0],
  10: ['v128.load64_splat', 3, 0],
  11: ['v128.store', 4, 1],
  84: ['v128.load8_lane', 0, 2],
  85: ['v128.load16_lane', 1, 2],
  86: ['v128.load32_lane', 2, 2],
  87: ['v128.load64_lane', 3, 2],
  88: ['v128.store8_lane', 0, 3],
  89: ['v128.store16_lane', 1, 3],
  90: ['v128.store32_lane', 2, 3],
  91: ['v128.store64_lane', 3, 3],
  92: ['v128.load32_zero', 2, 0],
  93: ['v128.load64_zero', 3, 0],
};

/** extract_lane / replace_lane: [name, lanes, scalar type letter, replace?] */
export const SIMD_LANE: Record<number, [string, number, string, boolean]> = {
  21: ['i8x16.extract_lane_s', 16, 'i', false],
  22: ['i8x16.extract_lane_u', 16, 'i', false],
  23: ['i8x16.replace_lane', 16, 'i', true],
  24: ['i16x8.extract_lane_s', 8, 'i', false],
  25: ['i16x8.extract_lane_u', 8, 'i', false],
  26: ['i16x8.replace_lane', 8, 'i', true],
  27: ['i32x4.extract_lane', 4, 'i', false],
  28: ['i32x4.replace_lane', 4, 'i', true],
  29: ['i64x2.extract_lane', 2, 'I', false],
  30: ['i64x2.replace_lane', 2, 'I', true],
  31: ['f32x4.extract_lane', 4, 'f', false],
  32: ['f32x4.replace_lane', 4, 'f', true],
  33: ['f64x2.extract_lane', 2, 'F', false],
  34: ['f64x2.replace_lane', 2, 'F', true],
};
