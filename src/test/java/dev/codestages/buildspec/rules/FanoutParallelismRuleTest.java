package dev.codestages.buildspec.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.ScalarStyle;
import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlScalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link FanoutParallelismRule}. */
class FanoutParallelismRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, true", "-0, true", "00, true", "0x0, true", "0b00, true", "-1, true", "-1_000, true",
            "1, false", "+3, false", "010, false", "0x10, false", "1_000, false"})
    void tellsZeroAndNegativeIntegersInAnyNotation(String text, boolean below) {
        YamlScalar scalar = new YamlScalar(text, ScalarStyle.PLAIN, ScalarType.INTEGER, null,
                new Position(1, 1), new Position(1, 1 + text.length()));
        assertThat(FanoutParallelismRule.belowOne(scalar)).isEqualTo(below);
    }
}
