package dev.codestages.buildspec.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link OnFailureValue}. */
class OnFailureValueTest {

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
    void readsEachForm(String raw, OnFailureValue.Kind kind) {
        assertThat(OnFailureValue.read(raw).kind).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RETRY-100, false", "RETRY-101, true", "RETRY-007, false", "RETRY-99999999999999999999-x, true",
            "RETRY, false", "RETRY-timeout, false"})
    void knowsWhenTheCountIsTooHigh(String raw, boolean tooHigh) {
        assertThat(OnFailureValue.read(raw).countTooHigh()).isEqualTo(tooHigh);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"RETRY-3-timeout|throttl; false", "RETRY-[x; true", "RETRY-(?!x); true",
            "RETRY-a++; true", "RETRY-a{2}; false", "RETRY-(?i)timeout; false"})
    void findsRegexesThatCannotBeUsed(String raw, boolean problem) {
        assertThat(OnFailureValue.read(raw).regexProblem() != null).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"abort, ABORT", "Retry-3-Timeout, RETRY-3-Timeout", "retry-x, RETRY-x"})
    void upperCasesOnlyTheKeyword(String raw, String upper) {
        assertThat(OnFailureValue.read(raw).upperCased()).isEqualTo(upper);
    }
}
