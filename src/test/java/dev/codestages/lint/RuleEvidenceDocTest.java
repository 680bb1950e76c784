package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tests that {@code docs/rule-evidence.md}, the audit of what shows AWS rejecting a file, has a row for every rule
 * of severity error and says the severity each rule has today: an error without its evidence written down is what
 * issue 16 asks never to ship.
 */
class RuleEvidenceDocTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]+\\d{3}) \\| [^|]+ \\| (error|warning|info) \\|",
            Pattern.MULTILINE);

    @Test
    void everyErrorRuleHasAnEvidenceRowThatStatesItsSeverityToday() throws IOException {
        String audit = Files.readString(Path.of("docs/rule-evidence.md"), StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(audit);
        while (row.find()) {
            rows.add(row.group(1) + " " + row.group(2));
            Severity now = Rules.byId(row.group(1)).orElseThrow(() -> new AssertionError("no rule " + row.group(1)))
                    .info().severity();
            assertThat(row.group(2)).as("severity of %s in docs/rule-evidence.md", row.group(1))
                    .isEqualTo(now.name().toLowerCase(Locale.ROOT));
        }
        for (Rule rule : Rules.all()) {
            if (rule.info().severity() == Severity.ERROR) {
                assertThat(rows).as("evidence row of %s", rule.id()).contains(rule.id() + " error");
            }
        }
    }
}
