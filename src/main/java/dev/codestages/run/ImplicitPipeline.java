package dev.codestages.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pipeline a folder implies when no definition is given: its git repository as a CodeCommit
 * source, its buildspec.yml as a CodeBuild action, a manual approval, and its appspec as a CodeDeploy
 * action (the approval and the deployment only when there is an appspec).
 */
public final class ImplicitPipeline {

    private ImplicitPipeline() {
    }

    public static PipelinePlan of(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "pipeline" : absolute.getFileName().toString();
        List<PipelinePlan.StagePlan> stages = new ArrayList<>();
        stages.add(new PipelinePlan.StagePlan("Source", List.of(new PipelinePlan.ActionPlan("Source", "Source",
                "CodeCommit", 1, Map.of("RepositoryName", name, "BranchName", "main"), List.of(),
                List.of("SourceOutput")))));
        stages.add(new PipelinePlan.StagePlan("Build", List.of(new PipelinePlan.ActionPlan("Build", "Build",
                "CodeBuild", 1, Map.of("ProjectName", name + "-build"), List.of("SourceOutput"),
                List.of("BuildOutput")))));
        boolean deploys = Files.exists(absolute.resolve("appspec.yml")) || Files.exists(absolute.resolve("appspec.yaml"))
                || Files.exists(absolute.resolve("appspec.json"));
        if (deploys) {
            stages.add(new PipelinePlan.StagePlan("Approval", List.of(new PipelinePlan.ActionPlan("Approve",
                    "Approval", "Manual", 1, Map.of("CustomData", "Deploy " + name + " to the local instance?"),
                    List.of(), List.of()))));
            stages.add(new PipelinePlan.StagePlan("Deploy", List.of(new PipelinePlan.ActionPlan("Deploy", "Deploy",
                    "CodeDeploy", 1, Map.of("ApplicationName", name, "DeploymentGroupName", name + "-local"),
                    List.of("BuildOutput"), List.of()))));
        }
        return new PipelinePlan(name, stages);
    }
}
