package dev.codestages.run;

import java.nio.file.Path;
import java.util.Map;

/**
 * How a local pipeline execution runs: the git repository that stands for CodeCommit and the
 * revision to take (null for HEAD), the artifact store folder (the pipeline's S3 bucket), the
 * instance folder deployments go to, how approvals are decided, local secret values, and whether a
 * failed deployment rolls back.
 */
public record RunOptions(Path repository, String revision, Path store, Path target, Approval approval,
                         Map<String, String> secrets, boolean rollback) {

    public RunOptions {
        secrets = Map.copyOf(secrets);
    }
}
