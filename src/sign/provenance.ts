import { UserError } from '../errors.js';
import { q } from '../log.js';
import { DIGEST_RE } from '../oci/types.js';
import { digestHex } from '../oci/digest.js';
import {
  GITHUB_WORKFLOW_BUILD_TYPE,
  IN_TOTO_STATEMENT_V1,
  SLSA_PROVENANCE_V1,
  type ProvenanceContext,
  type SlsaProvenancePredicate,
  type Statement,
  type StatementSubject,
} from './types.js';

/**
 * The in-toto Statement v1 with a SLSA v1 predicate shaped exactly as `@actions/attest` 3.2
 * (`buildSLSAProvenancePredicate`) builds it.
 *
 * Source of the values: the run's `GITHUB_*` environment variables, in every mode. @actions/attest reads the same
 * fields from a verified OIDC token (audience `nobody`); the env is acceptable per the issue and also works in key mode.
 * Mapping: claim `ref` = GITHUB_REF, `sha` = GITHUB_SHA, `repository` = GITHUB_REPOSITORY, `workflow_ref` =
 * GITHUB_WORKFLOW_REF, `event_name` = GITHUB_EVENT_NAME, `repository_id` = GITHUB_REPOSITORY_ID, `repository_owner_id` =
 * GITHUB_REPOSITORY_OWNER_ID, `runner_environment` = RUNNER_ENVIRONMENT, `run_id`/`run_attempt` = GITHUB_RUN_ID/ATTEMPT.
 * Difference: `builder.id` uses GITHUB_WORKFLOW_REF because the env has no `job_workflow_ref`; the two differ only when
 * this step runs inside a reusable workflow (the keyless certificate's SAN then names the reusable workflow).
 * In key mode these values are unauthenticated input; in keyless mode the certificate binds the same facts.
 * No timestamps go into the statement (deterministic for a given run).
 */

const REQUIRED = [
  'GITHUB_SERVER_URL',
  'GITHUB_REPOSITORY',
  'GITHUB_REF',
  'GITHUB_SHA',
  'GITHUB_WORKFLOW_REF',
  'GITHUB_EVENT_NAME',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_ATTEMPT',
] as const;

const FIX_ENV =
  'Sign inside a GitHub Actions run (these variables are set by the runner), or set them when running the CLI elsewhere.';

function sha256Hex(field: string, digest: string): string {
  if (!DIGEST_RE.test(digest)) {
    throw new UserError(
      `${field} ${q(digest)} is not a sha256 digest.`,
      'Pass a digest of the form sha256:<64 hex>.',
    );
  }
  return digestHex(digest);
}

export function buildPredicate(env: Record<string, string | undefined>): SlsaProvenancePredicate {
  const missing = REQUIRED.filter((k) => !env[k]);
  if (missing.length) {
    throw new UserError(`Cannot build provenance: ${missing.join(', ')} not set.`, FIX_ENV, 'Provenance');
  }
  const server = (env.GITHUB_SERVER_URL as string).replace(/\/+$/, '');
  if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(server)) {
    throw new UserError(`GITHUB_SERVER_URL ${q(server)} is not an https origin.`, FIX_ENV, 'Provenance');
  }
  const repository = env.GITHUB_REPOSITORY as string;
  const ref = env.GITHUB_REF as string;
  const sha = env.GITHUB_SHA as string;
  const workflowRef = env.GITHUB_WORKFLOW_REF as string;
  // `owner/repo/.github/workflows/x.yml@refs/heads/main` -> `.github/workflows/x.yml`
  const prefix = `${repository}/`;
  const withoutRepo = workflowRef.startsWith(prefix) ? workflowRef.slice(prefix.length) : workflowRef;
  const at = withoutRepo.indexOf('@');
  const path = at >= 0 ? withoutRepo.slice(0, at) : withoutRepo;

  const github: Record<string, string> = { event_name: env.GITHUB_EVENT_NAME as string };
  if (env.GITHUB_REPOSITORY_ID) github.repository_id = env.GITHUB_REPOSITORY_ID;
  if (env.GITHUB_REPOSITORY_OWNER_ID) github.repository_owner_id = env.GITHUB_REPOSITORY_OWNER_ID;
  if (env.RUNNER_ENVIRONMENT) github.runner_environment = env.RUNNER_ENVIRONMENT;

  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: { workflow: { ref, repository: `${server}/${repository}`, path } },
      internalParameters: { github },
      resolvedDependencies: [{ uri: `git+${server}/${repository}@${ref}`, digest: { gitCommit: sha } }],
    },
    runDetails: {
      builder: { id: `${server}/${workflowRef}` },
      metadata: {
        invocationId: `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT}`,
      },
    },
  };
}

/** Subjects: the manifest (named `<registry>/<repository>`, lowercased, untagged) and, when given, the module. */
export function buildProvenance(ctx: ProvenanceContext): Statement {
  const subject: StatementSubject[] = [
    {
      name: `${ctx.registry}/${ctx.repository}`.toLowerCase(),
      digest: { sha256: sha256Hex('manifestDigest', ctx.manifestDigest) },
    },
  ];
  if (ctx.moduleDigest) {
    subject.push({
      name: ctx.moduleName || 'filter.wasm',
      digest: { sha256: sha256Hex('moduleDigest', ctx.moduleDigest) },
    });
  }
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject,
    predicateType: SLSA_PROVENANCE_V1,
    predicate: buildPredicate(ctx.env),
  };
}
