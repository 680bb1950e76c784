package dev.codestages.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one CodeBuild-style build: whether it succeeded, each phase, the exported variables
 * (for later pipeline stages), the artifact zips written, and the test reports found.
 */
public record BuildResult(boolean succeeded, String buildId, List<PhaseResult> phases,
                          Map<String, String> exportedVariables, List<Path> artifacts, List<TestReport> reports,
                          String failure) {

    public BuildResult {
        phases = List.copyOf(phases);
        exportedVariables = Map.copyOf(exportedVariables);
        artifacts = List.copyOf(artifacts);
        reports = List.copyOf(reports);
    }

    /** True when the build ran past its time limit: a phase timed out. */
    public boolean timedOut() {
        return phases.stream().anyMatch(phase -> phase.status() == StepStatus.TIMED_OUT);
    }

    /** The phase that timed out, or null. */
    public String timedOutPhase() {
        return phases.stream().filter(phase -> phase.status() == StepStatus.TIMED_OUT).map(PhaseResult::name)
                .findFirst().orElse(null);
    }

    /** True when codestages was interrupted during the build: a phase was stopped. */
    public boolean stopped() {
        return phases.stream().anyMatch(phase -> phase.status() == StepStatus.STOPPED);
    }
}
