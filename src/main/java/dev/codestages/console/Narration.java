package dev.codestages.console;

import dev.codestages.pipeline.Status;

/**
 * What AWS does at each change the console shows, in two sentences, with the AWS documentation page it
 * comes from: the "narrate" switch of the page shows it as each event happens, for a class that watches.
 * Every text is a paraphrase of the linked page (CodePipeline, CodeBuild and CodeDeploy user guides).
 */
record Narration(String text, String link) {

    private static final String PIPELINE = "https://docs.aws.amazon.com/codepipeline/latest/userguide/";

    /** The narration of {@code change}; never null. */
    static Narration of(StateChange change) {
        Status status = change.status();
        if (change.isExecution()) {
            return execution(status);
        }
        if (!change.isAction()) {
            return stage(change.step(), status);
        }
        String provider = change.provider();
        if (status == Status.IN_PROGRESS) {
            return started(provider);
        }
        if (status == Status.FAILED && "Manual".equals(provider)) {
            return new Narration("Rejected (or timed out): the approval action fails, so its stage and the execution"
                    + " fail; CodePipeline has no separate \"Rejected\" execution status.",
                    PIPELINE + "approvals-approve-or-reject.html");
        }
        if (status == Status.FAILED) {
            return new Narration(change.step() + " failed: no later runOrder group of its stage starts, the stage and"
                    + " the execution fail. A failed stage can be retried (failed actions only, or all of them) while"
                    + " it is the latest execution in that stage.", PIPELINE + "stage-retry.html");
        }
        if (status == Status.ABANDONED) {
            return new Narration(change.step() + " was abandoned: a stop with \"abandon\" does not wait for running"
                    + " actions; their results are ignored.", PIPELINE + "pipelines-stop.html");
        }
        if (status == Status.STUBBED) {
            return new Narration(change.step() + " was stood in for by a stub: nothing was played, so it is never"
                    + " shown as Succeeded.", PIPELINE + "action-reference.html");
        }
        if ("Manual".equals(provider)) {
            return new Narration("Approved: the reviewer's summary is kept with the execution, and the stage goes on"
                    + " with its next runOrder group.", PIPELINE + "approvals-approve-or-reject.html");
        }
        return new Narration(change.step() + " succeeded: its output artifacts (zip files in the artifact store) and"
                + " output variables are now there for the actions after it.", PIPELINE + "welcome-introducing-artifacts.html");
    }

    private static Narration started(String provider) {
        switch (provider) {
            case "CodeCommit":
                return new Narration("The source action takes the branch's latest commit and stores it, without .git,"
                        + " as a zip in the artifact store: every later action of this execution works on that one"
                        + " revision.", PIPELINE + "action-reference-CodeCommit.html");
            case "CodeBuild":
                return new Narration("CodePipeline starts a CodeBuild build: a fresh container downloads the input"
                        + " artifact and runs the buildspec's phases install, pre_build, build and post_build, then"
                        + " uploads the output artifact.",
                        "https://docs.aws.amazon.com/codebuild/latest/userguide/view-build-details-phases.html");
            case "Manual":
                return new Narration("A manual approval holds the execution here, InProgress, until a reviewer approves"
                        + " or rejects it, 7 days at most by default; a rejection fails the stage.",
                        PIPELINE + "approvals.html");
            case "CodeDeploy":
                return new Narration("CodePipeline creates a CodeDeploy deployment of the artifact: on each instance the"
                        + " agent runs the appspec's lifecycle events (ApplicationStop, BeforeInstall, Install,"
                        + " AfterInstall, ApplicationStart, ValidateService) and their hook scripts.",
                        "https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html");
            default:
                return new Narration("The " + provider + " action starts; actions with the same runOrder run at the"
                        + " same time.", PIPELINE + "action-reference.html");
        }
    }

    private static Narration stage(String stage, Status status) {
        switch (status) {
            case IN_PROGRESS:
                return new Narration("The execution passes the transition into stage " + stage + ": its actions run by"
                        + " runOrder, the same number at the same time, and the stage is locked for other"
                        + " executions while it works.", PIPELINE + "concepts-how-it-works.html");
            case SUCCEEDED:
                return new Narration("Every action of " + stage + " succeeded: the execution moves through the next"
                        + " transition, unless someone disabled it.", PIPELINE + "transitions.html");
            case FAILED:
                return new Narration("Stage " + stage + " failed, and later stages do not run. Retry the stage, or"
                        + " release a new change.", PIPELINE + "stage-retry.html");
            case STOPPED:
                return new Narration("Stage " + stage + " was stopped with the execution.", PIPELINE + "pipelines-stop.html");
            default:
                return new Narration("Stage " + stage + " is " + status.label() + ".", PIPELINE + "concepts-how-it-works.html");
        }
    }

    private static Narration execution(Status status) {
        switch (status) {
            case IN_PROGRESS:
                return new Narration("A new pipeline execution starts (a release change, or a push to the source):"
                        + " it gets its own id and goes through the stages in order.",
                        PIPELINE + "concepts-how-it-works.html");
            case SUCCEEDED:
                return new Narration("Every stage succeeded: the execution is Succeeded.",
                        PIPELINE + "concepts-how-it-works.html");
            case FAILED:
                return new Narration("The execution failed: it stays in the history with the failed action's error,"
                        + " and its failed stage can be retried.", PIPELINE + "stage-retry.html");
            case STOPPING:
                return new Narration("Stop and wait: the actions that run finish, nothing new starts; then the"
                        + " execution is Stopped.", PIPELINE + "pipelines-stop.html");
            case STOPPED:
                return new Narration("The execution was stopped: \"stop and wait\" lets running actions finish,"
                        + " \"stop and abandon\" abandons them.", PIPELINE + "pipelines-stop.html");
            case SUPERSEDED:
                return new Narration("A newer execution overtook this one between two stages (SUPERSEDED mode): it"
                        + " ends here.", PIPELINE + "execution-modes.html");
            default:
                return new Narration("The execution is " + status.label() + ".", PIPELINE + "concepts-how-it-works.html");
        }
    }
}
