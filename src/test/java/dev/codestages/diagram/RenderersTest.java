package dev.codestages.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Tests the renderers: well-formed, escaped, script-free SVG; Mermaid, DOT and ASCII text. */
class RenderersTest {

    static final Path OUT = Path.of("target/diagram-samples");

    @BeforeAll
    static void writeSamples() throws IOException {
        Files.createDirectories(OUT);
        for (var entry : java.util.Map.of("classic", Samples.classic(), "wide", Samples.wide()).entrySet()) {
            Layout layout = Layout.of(entry.getValue());
            Files.writeString(OUT.resolve(entry.getKey() + ".svg"), SvgRenderer.render(layout));
            Files.writeString(OUT.resolve(entry.getKey() + ".mmd"), MermaidRenderer.render(entry.getValue()));
            Files.writeString(OUT.resolve(entry.getKey() + ".dot"), DotRenderer.render(entry.getValue()));
            Files.writeString(OUT.resolve(entry.getKey() + ".txt"), AsciiRenderer.render(entry.getValue()));
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void svgIsWellFormedStandaloneAndEscapesEveryName() throws Exception {
        String svg = SvgRenderer.render(Layout.of(Samples.wide()));
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg).doesNotContain("<img").doesNotContain("onerror=alert(1)>").doesNotContain("href")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
        NodeList texts = document.getElementsByTagName("text");
        boolean hostileAsText = false;
        for (int i = 0; i < texts.getLength(); i++) {
            hostileAsText |= texts.item(i).getTextContent().equals(Samples.HOSTILE);
        }
        assertThat(hostileAsText).as("the stage name is shown as text, whole").isTrue();
    }

    @Test
    void svgShowsStatusesAndTheApprovalGate() throws Exception {
        String svg = SvgRenderer.render(Layout.of(Samples.wide()));
        assertThat(svg).contains("class=\"action approval\"", "stroke-dasharray", "CodeBuild · Failed", "#ffebee");
        assertThat(SvgRenderer.render(Layout.of(Samples.classic()))).doesNotContain("Succeeded");
    }

    @Test
    void mermaidQuotesAndEscapesNames() {
        String mermaid = MermaidRenderer.render(Samples.wide());
        assertThat(mermaid).startsWith("flowchart LR\n")
                .contains("subgraph s2[\"#lt;img src=x onerror=alert(1)#gt;\"]")
                .contains("a2_0{{\"Approve #quot;prod#quot;<br/><small>Manual</small>\"}}:::skipped")
                .contains("a0_0 -- \"AppSource\" --> a1_0")
                .doesNotContain("<img");
    }

    @Test
    void dotHasAClusterPerStageAndQuotedLabels() {
        String dot = DotRenderer.render(Samples.wide());
        assertThat(dot).startsWith("digraph pipeline {")
                .contains("subgraph cluster_2 {", "label=\"<img src=x onerror=alert(1)>\"",
                        "a2_0 [label=\"Approve \\\"prod\\\"\\nManual · Skipped\", shape=hexagon",
                        "a1_3 -> a3_1 [label=\"Bundle\", class=\"artifact\", penwidth=1];");
    }

    @Test
    void asciiDrawsStagesSideBySideAndListsTheArtifacts() {
        String ascii = AsciiRenderer.render(Samples.classic());
        assertThat(ascii).contains("Source", "Build", "Approval", "Deploy", "-->", "[CC] Source", "+====", "# approval gate")
                .contains("Artifacts:\n  SourceOutput: Source/Source -> Build/Build\n"
                        + "  BuildOutput: Build/Build -> Deploy/Deploy\n");
        assertThat(ascii.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f))).isTrue();
    }
}
