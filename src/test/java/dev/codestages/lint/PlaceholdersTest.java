package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests the one look at a file's text that lets the finding review skip looking for documentation examples. */
class PlaceholdersTest {

    @Test
    void everyDocumentationExampleHoldsAMarkerSoThatTheTextLookMissesNone() {
        assertThat(Placeholders.DOC_VALUES.keySet()).allSatisfy(value ->
                assertThat(Placeholders.DOC_MARKERS).anySatisfy(marker -> assertThat(value).contains(marker)));
    }

    @Test
    void aTextWithAnExampleOrAnEscapeMayHoldOneAndAPlainTextNone() {
        assertThat(Placeholders.mayHoldAwsDocExample("hooks:\n  - BeforeAllowTraffic: LambdaFunctionToValidateBeforeTrafficShift\n"))
                .isTrue();
        assertThat(Placeholders.mayHoldAwsDocExample("role: arn:aws:iam::ACCOUNT-ID:role/x\n")).isTrue();
        assertThat(Placeholders.mayHoldAwsDocExample("name: \"Sample\\x41pplicationName\"\n")).isTrue();
        assertThat(Placeholders.mayHoldAwsDocExample("version: 0.2\nphases:\n  build:\n    commands:\n      - make\n"))
                .isFalse();
    }
}
