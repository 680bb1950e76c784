package dev.codestages.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.run.StepStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link LogLines}: runner events as build log lines. */
class LogLinesTest {

    @Test
    void writesOutputAsItComesAndMarksTheRunnersOwnLines() {
        List<String> lines = new ArrayList<>();
        LogLines log = new LogLines(lines::add);
        log.started("build");
        log.output("build", "$ make");
        log.note("build", "COMMAND_EXECUTION_ERROR: exit status 2");
        log.finished("build", StepStatus.FAILED, 1234);
        log.finished("ValidateService", StepStatus.SUCCEEDED, 7);
        assertThat(lines).containsExactly(
                "[codestages] build: started",
                "$ make",
                "[codestages] build: COMMAND_EXECUTION_ERROR: exit status 2",
                "[codestages] build: Failed in 1.2 s",
                "[codestages] ValidateService: Succeeded in 7 ms");
    }
}
