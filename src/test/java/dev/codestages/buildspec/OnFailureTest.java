package dev.codestages.buildspec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link OnFailure}. */
class OnFailureTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "ABORT; DOCUMENTED",
            "CONTINUE; DOCUMENTED",
            "RETRY; DOCUMENTED",
            "RETRY-0; DOCUMENTED",
            "RETRY-100; DOCUMENTED",
            "RETRY-timeout; DOCUMENTED",
            "RETRY-3-timeout; DOCUMENTED",
            "RETRY-3-4x; DOCUMENTED",
            "RETRY-a|b; DOCUMENTED",
            "RETRY-3-x-y; DOCUMENTED",
            "abort; OTHER_CASE",
            "Retry-3-Timeout; OTHER_CASE",
            "ABORT | CONTINUE; PLACEHOLDER",
            "abort|continue|retry; PLACEHOLDER",
            "RETRY-4x; AMBIGUOUS_COUNT",
            "RETRY-3 timeout; AMBIGUOUS_COUNT",
            "RETRY-; INVALID",
            "RETRY-3-; INVALID",
            "RETRY3; INVALID",
            "ABORT-3; INVALID",
            "' ABORT'; INVALID",
            "STOP; INVALID"})
    void readsEachForm(String raw, OnFailure.Kind kind) {
        assertThat(OnFailure.read(raw).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RETRY-100, false", "RETRY-101, true", "RETRY-007, false", "RETRY-99999999999999999999-x, true",
            "RETRY, false", "RETRY-timeout, false"})
    void knowsWhenTheCountIsTooHigh(String raw, boolean tooHigh) {
        assertThat(OnFailure.read(raw).countTooHigh()).isEqualTo(tooHigh);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"RETRY-3-timeout|throttl; false", "RETRY-[x; true", "RETRY-(?!x); true",
            "RETRY-a++; true", "RETRY-a{2}; false", "RETRY-(?i)timeout; false"})
    void findsRegexesThatCannotBeUsed(String raw, boolean problem) {
        assertThat(OnFailure.read(raw).regexProblem() != null).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"abort, ABORT", "Retry-3-Timeout, RETRY-3-Timeout", "retry-x, RETRY-x"})
    void upperCasesOnlyTheKeyword(String raw, String upper) {
        assertThat(OnFailure.read(raw).upperCased()).isEqualTo(upper);
    }

    @ParameterizedTest(name = "{0} -> {1} with {2} retries")
    @CsvSource(delimiter = ';', nullValues = "none", value = {
            "ABORT; ABORT; 0; none",
            "abort; ABORT; 0; none",
            "CONTINUE; CONTINUE; 0; none",
            "Continue; CONTINUE; 0; none",
            "RETRY; RETRY; 3; none",
            "retry; RETRY; 3; none",
            "RETRY-0; RETRY; 0; none",
            "RETRY-5; RETRY; 5; none",
            "RETRY-timeout; RETRY; 3; timeout",
            "Retry-2-time.*out; RETRY; 2; time.*out",
            "STOP; none; 0; none",
            "RETRY-4x; none; 0; none",
            "ABORT | CONTINUE; none; 0; none"})
    void readsTheActionTheRunnerPlays(String raw, OnFailure.Action action, int retries, String regex) {
        OnFailure value = OnFailure.read(raw);
        assertThat(value.action()).isEqualTo(action);
        assertThat(value.retries()).isEqualTo(retries);
        assertThat(value.regex()).isEqualTo(regex);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', nullValues = "none", value = {
            "ABORT; none",
            "Retry-3; none",
            "STOP; BS040",
            "ABORT | CONTINUE; BS040",
            "RETRY-101; BS040",
            "RETRY-3-; BS040",
            "RETRY-4x; BS041",
            "RETRY-(?!x); BS041"})
    void saysWhichRuleKeepsTheRunnerFromPlayingAValue(String raw, String ruleId) {
        BuildspecProblem problem = OnFailure.read(raw).problem();
        assertThat(problem == null ? null : problem.ruleId()).isEqualTo(ruleId);
    }

    @org.junit.jupiter.api.Test
    void aRetryRegexIsFoundInTheErrorMessage() {
        OnFailure retry = OnFailure.read("RETRY-2-exit status [12]$");
        assertThat(retry.retriesOn("COMMAND_EXECUTION_ERROR: ... Reason: exit status 2")).isTrue();
        assertThat(retry.retriesOn("COMMAND_EXECUTION_ERROR: ... Reason: exit status 3")).isFalse();
        assertThat(OnFailure.read("RETRY").retriesOn("anything")).isTrue();
    }
}
