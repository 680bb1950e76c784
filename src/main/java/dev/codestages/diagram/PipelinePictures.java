package dev.codestages.diagram;

import dev.codestages.pipeline.PipelineFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pictures of an HTML report: every pipeline of every definition that was linted, each under the name
 * of its file (and its own name when the file defines several); only when there is none, the implicit
 * pipeline of each folder (its git source, buildspec, approval and appspec). A file that cannot be drawn
 * is left out: the findings say why.
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
            List<DiagramModel> models = PipelineFiles.readAll(path, display).stream().map(PipelineDiagrams::of).toList();
            pictures.addAll(of(models, display, direction));
        } catch (IOException e) {
            // not drawable: the lint findings report the file's problem
        }
    }

    /** The pictures of the pipelines of one file, captioned with the file's name, and each one's own when several. */
    public static List<DiagramPicture> of(List<DiagramModel> models, String display, Direction direction) {
        return models.stream().map(model -> new DiagramPicture(models.size() == 1 ? display : display + ": " + model.title(),
                SvgRenderer.element(Layout.of(model, direction)))).toList();
    }
}
