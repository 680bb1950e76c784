package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline a project folder implies when it has no pipeline definition: the classic
 * CodeCommit -> CodeBuild -> manual approval -> CodeDeploy flow of the AWS tutorials, built from what
 * the folder holds.
 *
 * <ul>
 *   <li>Source: a CodeCommit action on the folder's git repository (repository name = folder name) and
 *       current branch, read from {@code .git/HEAD} without a git binary; no branch when there is no
 *       repository or HEAD is detached. Output {@value #SOURCE_OUTPUT}.</li>
 *   <li>Build, when the folder has {@code buildspec.yml} (or {@code .yaml}): a CodeBuild action taking the
 *       source and making {@value #BUILD_OUTPUT}.</li>
 *   <li>Approval and Deploy, when the folder has {@code appspec.yml} (or {@code .yaml}): a Manual approval,
 *       then a CodeDeploy action taking the build output (or the source when there is no build).</li>
 * </ul>
 * Every element is positioned at 1:1; the origin names the folder.
 */
public final class ImplicitPipelineReader {

    public static final String SOURCE_OUTPUT = "SourceOutput";
    public static final String BUILD_OUTPUT = "BuildOutput";
    /** The stand-in bucket name of the local artifact store. */
    public static final String LOCAL_STORE = "codestages-local-artifacts";

    private static final int MAX_HEAD_BYTES = 4096;
    private static final int MAX_PARENTS = 64;

    private ImplicitPipelineReader() {
    }

    /**
     * The implicit pipeline of {@code folder}.
     *
     * @param folder  the project folder
     * @param display the folder as the user named it, for the origin
     */
    public static PipelineDocument read(Path folder, String display) {
        Path root = folder.toAbsolutePath().normalize();
        String name = root.getFileName() == null ? "repository" : root.getFileName().toString();
        Position at = Position.START;
        Origin origin = new Origin(Origin.Format.IMPLICIT, display, "");
        List<Stage> stages = new ArrayList<>();

        Value branch = currentBranch(root).map(b -> Value.literal(b, at)).orElse(Value.absent(at));
        stages.add(stage("Source", action("Source", Category.SOURCE, "CodeCommit",
                List.of(setting("RepositoryName", name), new Configuration.Setting(Value.literal("BranchName", at), branch)),
                List.of(), List.of(SOURCE_OUTPUT))));
        String deployInput = SOURCE_OUTPUT;
        if (exists(root, "buildspec.yml", "buildspec.yaml")) {
            stages.add(stage("Build", action("Build", Category.BUILD, "CodeBuild",
                    List.of(setting("ProjectName", name)), List.of(SOURCE_OUTPUT), List.of(BUILD_OUTPUT))));
            deployInput = BUILD_OUTPUT;
        }
        if (exists(root, "appspec.yml", "appspec.yaml")) {
            stages.add(stage("Approval", action("Approve", Category.APPROVAL, "Manual", List.of(), List.of(),
                    List.of())));
            stages.add(stage("Deploy", action("Deploy", Category.DEPLOY, "CodeDeploy",
                    List.of(setting("ApplicationName", name), setting("DeploymentGroupName", "local")),
                    List.of(deployInput), List.of())));
        }
        ArtifactStore store = new ArtifactStore(Value.absent(at), Value.literal("S3", at), Value.literal(LOCAL_STORE, at),
                Value.absent(at), at);
        Pipeline pipeline = new Pipeline(origin, Value.literal(name, at), Value.absent(at), List.of(store), stages,
                Value.absent(at), Value.absent(at), List.of(), at, true);
        return new PipelineDocument(display, List.of(pipeline), List.of());
    }

    private static Stage stage(String name, Action action) {
        return new Stage(Value.literal(name, Position.START), List.of(action), Position.START, true);
    }

    private static Action action(String name, Category category, String provider, List<Configuration.Setting> settings,
                                 List<String> inputs, List<String> outputs) {
        Position at = Position.START;
        Value none = Value.absent(at);
        return new Action(Value.literal(name, at), Value.literal(category.label(), at), Value.literal("AWS", at),
                Value.literal(provider, at), Value.literal("1", at), none, new Configuration(settings, at, true),
                inputs.stream().map(i -> Artifact.named(Value.literal(i, at))).toList(),
                outputs.stream().map(o -> Artifact.named(Value.literal(o, at))).toList(),
                none, none, none, none, List.of(), List.of(), List.of(), at);
    }

    private static Configuration.Setting setting(String key, String value) {
        return new Configuration.Setting(Value.literal(key, Position.START), Value.literal(value, Position.START));
    }

    private static boolean exists(Path folder, String... names) {
        for (String name : names) {
            if (Files.isRegularFile(folder.resolve(name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The branch HEAD names in the git repository holding {@code folder} (searched upwards), following a
     * {@code .git} file ({@code gitdir: ...}) as worktrees and submodules have. Empty when there is no
     * repository, HEAD is detached, or it cannot be read.
     */
    static Optional<String> currentBranch(Path folder) {
        Path dir = folder;
        for (int i = 0; dir != null && i < MAX_PARENTS; i++, dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            try {
                if (Files.isDirectory(dotGit)) {
                    return branchIn(dotGit.resolve("HEAD"));
                }
                if (Files.isRegularFile(dotGit)) {
                    String text = head(dotGit).strip();
                    if (!text.startsWith("gitdir:")) {
                        return Optional.empty();
                    }
                    Path gitDir = dir.resolve(text.substring("gitdir:".length()).strip());
                    return branchIn(gitDir.resolve("HEAD"));
                }
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> branchIn(Path headFile) throws IOException {
        if (!Files.isRegularFile(headFile)) {
            return Optional.empty();
        }
        String text = head(headFile).strip();
        String prefix = "ref: refs/heads/";
        if (text.startsWith(prefix) && text.length() > prefix.length() && text.indexOf('\n') < 0) {
            return Optional.of(text.substring(prefix.length()));
        }
        return Optional.empty();
    }

    /** The start of a small file, bounded so that a strange .git cannot make us read much. */
    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_HEAD_BYTES), StandardCharsets.UTF_8);
        }
    }
}
