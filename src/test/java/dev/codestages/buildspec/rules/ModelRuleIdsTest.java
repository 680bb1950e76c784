package dev.codestages.buildspec.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.buildspec.OnFailure;
import dev.codestages.buildspec.PhaseCommand;
import org.junit.jupiter.api.Test;

/** Tests that the rule ids the buildspec model names (for the runner's refusals) are those of the rules. */
class ModelRuleIdsTest {

    @Test
    void theModelNamesTheRulesThatReportItsInvalidParts() {
        assertThat(PhaseCommand.MAPPING_RULE).isEqualTo(CommandIsMappingRule.INFO.id());
        assertThat(PhaseCommand.WRONG_TYPE_RULE).isEqualTo(BuildspecWrongTypeRule.INFO.id());
        assertThat(OnFailure.INVALID_RULE).isEqualTo(OnFailureValueRule.INFO.id());
        assertThat(OnFailure.UNCLEAR_RULE).isEqualTo(OnFailureFormRule.INFO.id());
    }
}
