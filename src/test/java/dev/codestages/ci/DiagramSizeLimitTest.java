package dev.codestages.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Tests {@link DiagramSizeLimit}: an SVG from an agent is kept up to the limit and refused above it. */
class DiagramSizeLimitTest {

    @Test
    void aDiagramUpToTheLimitOrNoneIsKept() throws Exception {
        String largest = "x".repeat(DiagramSizeLimit.MAX_CHARS);
        assertThat(DiagramSizeLimit.checked(largest)).isSameAs(largest);
        assertThat(DiagramSizeLimit.checked(null)).isNull();
    }

    @Test
    void aLargerDiagramIsRefusedWithItsSize() {
        String tooLarge = "x".repeat(DiagramSizeLimit.MAX_CHARS + 1);
        assertThatThrownBy(() -> DiagramSizeLimit.checked(tooLarge)).isInstanceOf(IOException.class)
                .hasMessage("the diagram from the agent is 1048577 characters, more than the 1048576 a build keeps;"
                        + " it was not stored");
    }
}
