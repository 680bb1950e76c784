package dev.codestages.buildspec.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests {@link ReportFileFormatRule}. */
class ReportFileFormatRuleTest {

    @Test
    void suggestsTheFormatForAToolNameWithoutItsSuffix() {
        assertThat(ReportFileFormatRule.hint("cobertura")).isEqualTo("did you mean 'COBERTURAXML'?");
        assertThat(ReportFileFormatRule.hint("testng")).isEqualTo("did you mean 'TESTNGXML'?");
        assertThat(ReportFileFormatRule.hint("cucumber")).isEqualTo("did you mean 'CUCUMBERJSON'?");
        assertThat(ReportFileFormatRule.hint("visual-studio")).isEqualTo("did you mean 'VISUALSTUDIOTRX'?");
    }

    @Test
    void suggestsNothingForShortOrUnrelatedValues() {
        assertThat(ReportFileFormatRule.hint("xm")).isNull();
        assertThat(ReportFileFormatRule.hint("LCOV")).isNull();
    }

    @Test
    void namesThePlaceholderOfTheDocumentation() {
        assertThat(ReportFileFormatRule.hint("Report-Format")).contains("placeholder");
    }

    @Test
    void readsEveryFormatInAnyCase() {
        for (String format : ReportFormats.ALL) {
            assertThat(ReportFormats.canonical(format.toLowerCase())).isEqualTo(format);
        }
        assertThat(ReportFormats.canonical("JUNIT")).isNull();
    }
}
