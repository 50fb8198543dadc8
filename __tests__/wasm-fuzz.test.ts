/**
 * Mutation fuzzing of the streaming Wasm reader/validator (issue 10): ≥ 10,000 mutants of real-world corpus modules
 * and the committed fixtures, judged by V8 of Node 24 (the reference, one long-lived child) and by our reader (a worker
 * thread with a heap limit and a deadline per mutant, fed in random chunks of 1 byte to 64 KiB). Fixed campaign seed,
 * so a failure names mutants anyone can regenerate; each offending mutant is also written to /tmp/fuzz-findings/
 * (<hash>.wasm + <hash>.txt). The longer run is `npm run fuzz`.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Findings } from './fixtures/fuzz-findings.js';
import { startOurs, type OurJudge } from './fixtures/fuzz-ours.js';
import { KNOWN_V8_DEVIATIONS, V8_LAX_DEAD_CODE, runCampaign, summarize } from './fixtures/fuzz-run.js';
import { corpusSeeds, fixtureSeeds, type Seed } from './fixtures/fuzz-seeds.js';
import { Rng, mutate } from './fixtures/mutate.js';
import { startReference, type ReferenceValidator } from './fixtures/reference-validator.js';

const MUTANTS = Number(process.env.WASM_FUZZ_MUTANTS ?? 10_000);
const CAMPAIGN = Number(process.env.WASM_FUZZ_SEED ?? 20261202);
/** corpus modules above this size are left to `npm run fuzz` (they would dominate the bounded time) */
const MAX_SEED_BYTES = 1024 * 1024;
const FINDINGS_DIR = process.env.WASM_FUZZ_FINDINGS ?? '/tmp/fuzz-findings';

let ref: ReferenceValidator;
let ours: OurJudge;
let seeds: Seed[];

beforeAll(async () => {
  ref = await startReference();
  ours = await startOurs();
  const corpus = await corpusSeeds(MAX_SEED_BYTES);
  seeds = [...corpus.seeds, ...fixtureSeeds()];
}, 600_000);

afterAll(async () => {
  await ours?.close();
  await ref?.close();
});

describe('fuzz fixtures', () => {
  it('our hand-made and committed core seeds are valid WebAssembly to V8 (else the mutants start from junk)', async () => {
    const core = seeds.filter((s) => !s.component && !s.name.startsWith('corpus/'));
    const verdicts = await Promise.all(core.map(async (s) => [s.name, await ref.explain(s.bytes)] as const));
    expect(verdicts.filter(([, msg]) => msg !== null)).toEqual([]);
    expect(core.map((s) => s.name)).toEqual(
      expect.arrayContaining(['fuzz/gc-exnref', 'fuzz/gc-types', 'fuzz/features.wat']),
    );
  });

  it('the mutation engine is deterministic and actually mutates', () => {
    const donors = seeds.map((s) => s.bytes);
    const run = (): string[] => {
      const r = new Rng(42);
      return seeds.slice(0, 5).map((s) => Buffer.from(mutate(s.bytes, r, donors).bytes).toString('hex'));
    };
    const a = run();
    expect(run()).toEqual(a);
    expect(a.filter((hex, i) => hex !== Buffer.from(seeds[i].bytes).toString('hex')).length).toBeGreaterThan(
      0,
    );
  });

  it('the judges report what they must: a hang, a runaway allocation and a stray exception in the worker', async () => {
    expect(await ref.validate(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))).toBe(true);
    expect(await ref.validate(new Uint8Array([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0]))).toBe(false);
    expect((await ours.judge(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), [3, 5])).kind).toBe('accept');
    expect((await ours.judge(new Uint8Array([1, 2, 3]), [1, 2])).kind).toBe('reject');
    expect((await ours.selftest('hang')).kind).toBe('hang');
    expect((await ours.selftest('oom')).kind).toBe('oom');
    expect(await ours.selftest('throw')).toMatchObject({
      kind: 'crash',
      message: expect.stringMatching(/^TypeError/),
    });
    // the worker is replaced after each death and judges again
    expect((await ours.judge(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), [8])).kind).toBe('accept');
  }, 120_000);
});

describe('V8 deviations from the spec that the fuzzer explains instead of failing on', () => {
  it.each([...KNOWN_V8_DEVIATIONS, V8_LAX_DEAD_CODE].map((d) => [d.why, d] as const))(
    '%s: V8 still accepts the witness and our reader still rejects it',
    async (_why, d) => {
      expect(await ref.validate(d.witness)).toBe(true);
      const verdict = await ours.judge(d.witness, [d.witness.length]);
      expect(verdict).toMatchObject({ kind: 'reject', message: expect.stringMatching(d.match) });
    },
  );
});

describe(`mutation fuzzing (${MUTANTS} mutants, campaign seed ${CAMPAIGN})`, () => {
  it('our reader only throws WasmFormatError, never hangs or exceeds its memory bound, agrees with V8 and with itself whatever the chunking', async () => {
    const findings = new Findings(3);
    const explained = new Findings(2);
    const stats = await runCampaign({
      seeds,
      mutants: MUTANTS,
      campaign: CAMPAIGN,
      ref,
      ours,
      findings,
      explained,
    });
    const text = summarize(stats, findings, seeds.length);
    console.log(text);
    const written = findings.write(FINDINGS_DIR);
    explained.write(join(FINDINGS_DIR, 'explained'));
    const report = [...written].map(([key, files]) => `${key}\n    ${files.join('\n    ')}`);
    expect(stats.mutants).toBe(MUTANTS);
    // the mutants must reach the validator, not only the framing: some are rejected as invalid (type errors etc.)
    expect(stats.agreeInvalid).toBeGreaterThan(MUTANTS / 4);
    expect(stats.agreeValid).toBeGreaterThan(0);
    expect(report).toEqual([]);
  }, 1_800_000);
});
