package dev.codestages.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codestages.engine.EngineClock;
import dev.codestages.run.GitRepos;
import dev.codestages.run.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lab of docs/aws-api.md set up for a test: the sample app (a build that exports APP_VERSION, a deployment
 * validated by a hook) committed in {@code TEMP/demo}, the API served over it with fresh credentials, and the
 * {@code aws} CLI pointed at it; {@link #violations()} checks every answer against the botocore models.
 */
final class AwsCliLab {

    final Path repo;
    final ApiCredentials credentials = ApiCredentials.generate();
    final ApiTestServer server;
    final AwsCli aws;

    private AwsCliLab(Path temp, ApiProject project) throws Exception {
        repo = project.directory();
        server = new ApiTestServer(new AwsApiHandler(project, credentials));
        Files.createDirectories(temp.resolve("home"));
        aws = new AwsCli(server.endpoint(), credentials.accessKeyId(), credentials.secretAccessKey(), temp.resolve("home"));
    }

    static AwsCliLab in(Path temp) throws Exception {
        return new AwsCliLab(temp, new ApiProject(sampleApp(temp), null, temp.resolve("store"), temp.resolve("instance"),
                EngineClock.system(1), Map.of()));
    }

    /** The API served over {@code project} (another sample than the lab's) with fresh credentials. */
    static AwsCliLab serving(Path temp, ApiProject project) throws Exception {
        return new AwsCliLab(temp, project);
    }

    /** The lab's sample app, committed in a new git repository {@code temp/demo}. */
    static Path sampleApp(Path temp) throws Exception {
        Path repo = temp.resolve("demo");
        GitRepos.init(repo);
        Trees.copy(Path.of(AwsCliLab.class.getResource("lab").toURI()), repo);
        repo.resolve("scripts/validate.sh").toFile().setExecutable(true);
        GitRepos.commitAll(repo, "sample app");
        return repo;
    }

    /** Stops serving; what every answer sent breaks of the botocore model of its operation. */
    List<String> violations() throws IOException {
        server.close();
        Map<String, BotocoreModel> models = Map.of("CodePipeline_20150709", BotocoreModel.of("codepipeline"),
                "CodeDeploy_20141006", BotocoreModel.of("codedeploy"), "CodeBuild_20161006", BotocoreModel.of("codebuild"));
        ObjectMapper json = new ObjectMapper();
        List<String> violations = new ArrayList<>();
        for (ApiTestServer.Exchange exchange : server.exchanges()) {
            String[] target = exchange.target().split("\\.");
            violations.addAll(models.get(target[0]).check(target[1], exchange.status(), json.readTree(exchange.body())));
        }
        return violations;
    }
}
