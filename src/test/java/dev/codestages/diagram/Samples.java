package dev.codestages.diagram;

import dev.codestages.diagram.DiagramModel.Action;
import dev.codestages.diagram.DiagramModel.Flow;
import dev.codestages.diagram.DiagramModel.Stage;
import dev.codestages.pipeline.Status;
import java.util.List;

/** Diagram models for tests: the classic four stages, and a wider one with parallel actions. */
final class Samples {

    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private Samples() {
    }

    static DiagramModel classic() {
        return new DiagramModel("demo", List.of(
                new Stage("Source", List.of(new Action("Source", "Source", "CodeCommit", 1, null)), null),
                new Stage("Build", List.of(new Action("Build", "Build", "CodeBuild", 1, null)), null),
                new Stage("Approval", List.of(new Action("Approve", "Approval", "Manual", 1, null)), null),
                new Stage("Deploy", List.of(new Action("Deploy", "Deploy", "CodeDeploy", 1, null)), null)),
                List.of(new Flow("SourceOutput", 0, 0, 1, 0), new Flow("BuildOutput", 1, 0, 3, 0)));
    }

    /** Long names of every kind: one that wraps, one too long even for two lines, a long stage and artifact. */
    static DiagramModel longNames() {
        String huge = "DeployTheWholeApplicationStackToProductionInEveryRegionAndWaitForTheAlarmsToSettleDown"
                + "BeforeAnnouncingIt";
        return new DiagramModel("long names", List.of(
                new Stage("Source", List.of(new Action("CheckoutTheMonorepoFromCodeCommit", "Source", "CodeCommit", 1,
                        null)), null),
                new Stage("Build-And-Test-Everything-In-Parallel-Across-All-Supported-Runtimes", List.of(
                        new Action("compile-java-17-and-run-unit-tests", "Build", "CodeBuild", 1, Status.SUCCEEDED),
                        new Action("compile-java-21", "Build", "CodeBuild", 1, Status.IN_PROGRESS),
                        new Action("IntegrationTestsAgainstTheStagingDatabaseWithSeedData", "Test", "CodeBuild", 2,
                                null)), Status.IN_PROGRESS),
                new Stage("Prod", List.of(new Action(huge, "Deploy", "CloudFormationStackSet", 1, null)), null)),
                List.of(new Flow("SourceArtifactWithAVeryLongNameThatGoesOnAndOnForever", 0, 0, 1, 0),
                        new Flow("SourceArtifactWithAVeryLongNameThatGoesOnAndOnForever", 0, 0, 1, 1),
                        new Flow("SourceArtifactWithAVeryLongNameThatGoesOnAndOnForever", 0, 0, 1, 2),
                        new Flow("Java17Build", 1, 0, 2, 0), new Flow("Java21Build", 1, 1, 2, 0)),
                List.of(new DiagramModel.Transition(1, null), new DiagramModel.Transition(2, "Freeze for the holidays")));
    }

    /** Parallel test actions, a later run order in the same stage, a failed run and a hostile stage name. */
    static DiagramModel wide() {
        return new DiagramModel("shop & co <prod>", List.of(
                new Stage("Source", List.of(new Action("App", "Source", "CodeCommit", 1, Status.SUCCEEDED),
                        new Action("Infra", "Source", "S3", 1, Status.SUCCEEDED)), Status.SUCCEEDED),
                new Stage("Build", List.of(new Action("Compile", "Build", "CodeBuild", 1, Status.SUCCEEDED),
                        new Action("UnitTests", "Test", "CodeBuild", 2, Status.SUCCEEDED),
                        new Action("Lint", "Test", "CodeBuild", 2, Status.SUCCEEDED),
                        new Action("Package", "Build", "CodeBuild", 3, Status.FAILED)), Status.FAILED),
                new Stage(HOSTILE, List.of(new Action("Approve \"prod\"", "Approval", "Manual", 1, Status.SKIPPED)),
                        Status.SKIPPED),
                new Stage("Production", List.of(new Action("Stack", "Deploy", "CloudFormation", 1, null),
                        new Action("Deploy", "Deploy", "CodeDeploy", 2, null)), null)),
                List.of(new Flow("AppSource", 0, 0, 1, 0), new Flow("AppSource", 0, 0, 1, 1),
                        new Flow("BuildOutput", 1, 0, 1, 3), new Flow("InfraSource", 0, 1, 3, 0),
                        new Flow("Bundle", 1, 3, 3, 1)));
    }
}
