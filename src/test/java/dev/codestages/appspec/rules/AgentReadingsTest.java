package dev.codestages.appspec.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.appspec.AgentTimeout;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlScalar;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Tests how values are read as the agent reads them: {@link AgentTimeout} and {@link AclEntryRule#problem}. */
class AgentReadingsTest {

    private static YamlScalar scalar(String yaml) {
        return new YamlLoader().load(("v: " + yaml).getBytes(StandardCharsets.UTF_8)).rootMapping().scalar("v")
                .orElseThrow();
    }

    @Test
    void readsTimeoutsLikeRubysToI() {
        assertThat(AgentTimeout.read(scalar("300"))).isEqualTo(OptionalLong.of(300));
        assertThat(AgentTimeout.read(scalar("\"300\""))).isEqualTo(OptionalLong.of(300));
        assertThat(AgentTimeout.read(scalar("30s"))).isEqualTo(OptionalLong.of(30));
        assertThat(AgentTimeout.read(scalar("3.9"))).isEqualTo(OptionalLong.of(3));
        assertThat(AgentTimeout.read(scalar("0x10"))).isEqualTo(OptionalLong.of(16));
        assertThat(AgentTimeout.read(scalar("1_000"))).isEqualTo(OptionalLong.of(1000));
        assertThat(AgentTimeout.read(scalar("010"))).isEqualTo(OptionalLong.of(8));
        assertThat(AgentTimeout.read(scalar("foo"))).isEqualTo(OptionalLong.of(0));
        assertThat(AgentTimeout.read(scalar("-5"))).isEqualTo(OptionalLong.of(-5));
        assertThat(AgentTimeout.read(scalar("true"))).isEmpty();
        assertThat(AgentTimeout.read(scalar("false"))).isEqualTo(OptionalLong.of(3600));
        assertThat(AgentTimeout.read(scalar(".inf"))).isEmpty();
        assertThat(AgentTimeout.isPlainInteger(scalar("300"))).isTrue();
        assertThat(AgentTimeout.isPlainInteger(scalar("'300'"))).isFalse();
    }

    @Test
    void acceptsTheAclEntriesTheRubyAgentAccepts() {
        for (String ace : new String[] {"u:bob:rwx", "user:bob:7", "g:dev:r-x", "bob:6", "m::rw", "mask:7",
                "d:u::rwx", "default:group:dev:5", "d:o:0", "d:bob:rwx"}) {
            assertThat(AclEntryRule.problem(ace)).as(ace).isNull();
        }
    }

    @Test
    void rejectsTheAclEntriesTheRubyAgentRejects() {
        for (String ace : new String[] {"rwx", "a:b:c:d:e", "x:bob:rwx", "u:bob:rwx:more", "d:d:u:7", "u::7",
                "g::5", "o:7", "m:bob:7", "u:bob:rwz", "u:bob:8", "u:bob:"}) {
            assertThat(AclEntryRule.problem(ace)).as(ace).isNotNull();
        }
    }
}
