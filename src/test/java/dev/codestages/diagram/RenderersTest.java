package dev.codestages.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.pipeline.Status;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void mermaidEscapesDirectivesCommentsQuotesAndBackticksInNames() {
        assertThat(MermaidRenderer.text("%%{init: {'theme':'dark'}}%% `**bold**` it's\u0007"))
                .isEqualTo("#37;#37;{init: {#39;theme#39;:#39;dark#39;}}#37;#37; #96;**bold**#96; it#39;s ");
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

    @Test
    void everyFormatDrawsATransitionFromEachStageToTheNext() throws Exception {
        DiagramModel model = Samples.classic();
        Document svg = parse(SvgRenderer.render(Layout.of(model)));
        NodeList groups = svg.getElementsByTagName("g");
        int transitions = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            org.w3c.dom.Element group = (org.w3c.dom.Element) groups.item(i);
            if (group.getAttribute("class").equals("transition")) {
                assertThat(group.getAttribute("data-to")).isEqualTo(String.valueOf(++transitions));
                assertThat(group.getElementsByTagName("line").getLength()).isOne();
            }
        }
        assertThat(transitions).isEqualTo(3);
        assertThat(DotRenderer.render(model)).contains("a1_0 -> a2_0 [ltail=cluster_1, lhead=cluster_2,"
                + " class=\"transition\", penwidth=2.5, weight=10, color=\"#263238\"];").doesNotContain("invis");
        assertThat(MermaidRenderer.render(model)).contains("  s0 ==> s1\n  s1 ==> s2\n  s2 ==> s3\n");
        assertThat(AsciiRenderer.render(model)).contains("| --> |", "| --> #", "# --> |");
    }

    @Test
    void topToBottomReachesEveryFormatThatHasADirection() {
        assertThat(MermaidRenderer.render(Samples.wide(), Direction.TB)).startsWith("flowchart TB\n");
        assertThat(DotRenderer.render(Samples.wide(), Direction.TB)).contains("graph [rankdir=TB,");
        Layout tall = Layout.of(Samples.wide(), Direction.TB);
        assertThat(tall.height()).isGreaterThan(tall.width());
        assertThat(tall.stages()).extracting(Layout.StageBox::x).containsOnly(Layout.MARGIN);
    }

    @Test
    void svgGroupsHoldTheirBoxAndTextAndShortenedNamesKeepTheirFullTextInATitle() throws Exception {
        String svg = SvgRenderer.render(Layout.of(Samples.longNames()));
        Document document = parse(svg);
        NodeList groups = document.getElementsByTagName("g");
        java.util.Set<String> classes = new java.util.TreeSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            org.w3c.dom.Element group = (org.w3c.dom.Element) groups.item(i);
            String kind = group.getAttribute("class").split(" ")[0];
            classes.add(kind);
            boolean labelled = group.getElementsByTagName("rect").getLength() > 0;
            if (kind.equals("artifact")) {
                // one label per artifact leaving its producer; its other consumers' arrows share that label
                assertThat(group.getElementsByTagName("polyline").getLength()).isOne();
                assertThat(group.getElementsByTagName("text").getLength()).isEqualTo(labelled ? 1 : 0);
            } else if (!kind.equals("transition")) {
                assertThat(group.getElementsByTagName("text").getLength()).as(kind).isPositive();
                assertThat(labelled || group.getElementsByTagName("polygon").getLength() > 0).as(kind).isTrue();
            }
        }
        assertThat(classes).containsExactly("action", "artifact", "stage", "transition");
        String huge = Samples.longNames().stages().get(2).actions().get(0).name();
        assertThat(svg).contains("<title>" + huge + "\nCloudFormationStackSet</title>", "…");
        assertThat(svg).contains(">CheckoutTheMonorepoFromCode</text>", ">Commit</text>");
    }

    @Test
    void badgeColoursNeverLookLikeAStatusColour() {
        List<String> badges = new java.util.ArrayList<>(Badge.COLOURS.values());
        badges.add(Badge.OTHER_COLOUR);
        for (Status status : Badge.STATUSES) {
            for (String statusColour : Badge.statusColours(status)) {
                for (String badge : badges) {
                    assertThat(distance(badge, statusColour)).as("%s vs %s (%s)", badge, statusColour, status)
                            .isGreaterThan(60);
                }
            }
        }
    }

    @Test
    void everyRunStatusHasAColourOfItsOwnButTheGreyOfEndedWork() {
        java.util.Map<String, Status> byStroke = new java.util.HashMap<>();
        for (Status status : List.of(Status.SUCCEEDED, Status.FAILED,
                Status.REJECTED, Status.STOPPED, Status.IN_PROGRESS)) {
            Status before = byStroke.put(Badge.statusColours(status)[1], status);
            assertThat(before).as("%s shares its colour", status).isNull();
        }
    }

    /** Euclidean distance of two #rrggbb colours. */
    private static double distance(String a, String b) {
        int x = Integer.parseInt(a.substring(1), 16);
        int y = Integer.parseInt(b.substring(1), 16);
        int dr = (x >> 16) - (y >> 16);
        int dg = (x >> 8 & 0xff) - (y >> 8 & 0xff);
        int db = (x & 0xff) - (y & 0xff);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}
