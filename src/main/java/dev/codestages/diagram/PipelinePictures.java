package dev.codestages.diagram;

import dev.codestages.pipeline.PipelineFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pictures of an HTML report: every pipeline definition that was linted, each under the name of its
 * file; only when there is none, the implicit pipeline of each folder (its git source, buildspec,
 * approval and appspec). A file that cannot be drawn is left out: the findings say why.
 */
public final class PipelinePictures {

    private PipelinePictures() {
    }

    /**
     * @param definitions pipeline definition files, by path, with the name to show
     * @param folders     the folders that were linted, by path, with the name to show
     */
    public static List<DiagramPicture> draw(Map<Path, String> definitions, Map<Path, String> folders,
                                            Direction direction) {
        List<DiagramPicture> pictures = new ArrayList<>();
        definitions.forEach((path, display) -> drawOne(path, display, direction, pictures));
        if (definitions.isEmpty()) {
            folders.forEach((path, display) -> drawOne(path, display, direction, pictures));
        }
        return pictures;
    }

    private static void drawOne(Path path, String display, Direction direction, List<DiagramPicture> pictures) {
        try {
            DiagramModel model = PipelineDiagrams.of(PipelineFiles.read(path, display));
            pictures.add(new DiagramPicture(display, SvgRenderer.element(Layout.of(model, direction))));
        } catch (IOException e) {
            // not drawable: the lint findings report the file's problem
        }
    }
}
