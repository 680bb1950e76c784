package dev.codestages.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.pipeline.PipelineFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link AsciiRenderer} at 80 and 120 columns on the samples and every real pipeline: no line is
 * wider than asked, every stage and action name is there in full, and stages that do not fit continue
 * on a new row after a transition arrow.
 */
class AsciiRendererTest {

    private static List<DiagramModel> models() throws IOException {
        List<DiagramModel> models = new ArrayList<>(List.of(Samples.classic(), Samples.wide(), Samples.longNames()));
        for (Path folder : List.of(Path.of("src/test/resources/corpus/real/pipeline"),
                Path.of("../shared/corpus/real/pipeline"))) {
            if (Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList()) {
                        try {
                            models.add(PipelineDiagrams.of(PipelineFiles.read(file, file.toString())));
                        } catch (IOException e) {
                            // no readable pipeline in it: nothing to draw
                        }
                    }
                }
                break;
            }
        }
        return models;
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 120})
    void everyLineFitsTheWidthAndEveryNameIsThereInFull(int width) throws IOException {
        for (DiagramModel model : models()) {
            String ascii = AsciiRenderer.render(model, width);
            assertThat(ascii.lines()).as(model.title()).allMatch(line -> line.length() <= width);
            String picture = ascii.split("\nArtifacts:\n")[0];
            for (DiagramModel.Stage stage : model.stages()) {
                List<String> names = new ArrayList<>(List.of(stage.name()));
                stage.actions().forEach(action -> names.add(action.name()));
                // a name up to 60 characters fits on one line of its box; longer ones: see the next test
                names.stream().map(AsciiRenderer::ascii).filter(name -> name.length() <= 60)
                        .forEach(name -> assertThat(picture).as("%s at %d", name, width).contains(name));
            }
        }
    }

    @Test
    void theTitleOfAnExecutionKeepsItsDashInAscii() {
        DiagramModel classic = Samples.classic();
        DiagramModel executed = new DiagramModel(classic.title() + " \u2014 Succeeded", classic.stages(), classic.flows(),
                classic.transitions());
        assertThat(AsciiRenderer.render(executed, 80).lines().findFirst().orElseThrow())
                .isEqualTo(classic.title() + " - Succeeded");
        assertThat(AsciiRenderer.ascii("\u201cdeploy\u201d \u2192 prod\u2026 \u00e9t\u00e9")).isEqualTo("\"deploy\" -> prod... ?t?");
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 120})
    void stagesThatDoNotFitContinueOnANewRowAfterTheTransitionArrow(int width) {
        String ascii = AsciiRenderer.render(Samples.longNames(), width);
        assertThat(ascii).contains("\n --> ", "\n -X> ").contains("Disabled transitions (-X>):\n  Build-And-Test-");
        String huge = Samples.longNames().stages().get(2).actions().get(0).name();
        // the box that holds it stands alone in its row: its lines, borders and spaces taken out, give the name
        assertThat(ascii.split("\nArtifacts:\n")[0].replaceAll("[\\s|#]", "")).contains(huge);
        assertThat(AsciiRenderer.render(Samples.classic(), width)).doesNotContain("\n --> ")
                .contains("Source              Build              Approval              Deploy\n");
    }

    @org.junit.jupiter.api.Test
    void topToBottomPutsEachStageOnARowOfItsOwn() {
        String ascii = AsciiRenderer.render(Samples.classic(), 120, Direction.TB);
        assertThat(ascii).contains("\nSource\n", "\n     Build\n", "\n     Approval\n", "\n     Deploy\n");
        assertThat(ascii.lines().filter(line -> line.startsWith(" --> "))).hasSize(3);
    }
}
