package dev.codestages.codedeploy;

import dev.codestages.run.RunListener;
import dev.codestages.run.StepStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Test help for the load balancer tests: revisions of {@code src/test/resources/codedeploy/web-bundle}
 * that serve their version over HTTP, a listener that records what a user sees (the load balancer's
 * address, every step) and can act when a step starts, real requests to 127.0.0.1, and the instances'
 * servers stopped at the end.
 */
class WebFleet implements RunListener {

    private static final Path FIXTURE = Path.of("src/test/resources/codedeploy/web-bundle");

    final List<String> steps = Collections.synchronizedList(new ArrayList<>());
    final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private final List<StepAction> actions = new ArrayList<>();
    volatile String balancer;

    private record StepAction(String step, Consumer<String> action) {
    }

    /** Runs {@code action} with the load balancer's address when {@code step} ({@code i-1 BlockTraffic}) starts. */
    WebFleet when(String step, Consumer<String> action) {
        actions.add(new StepAction(step, action));
        return this;
    }

    @Override
    public void started(String step) {
        steps.add(step);
        for (StepAction action : actions) {
            if (action.step().equals(step)) {
                action.action().accept(balancer);
            }
        }
    }

    @Override
    public void note(String step, String message) {
        notes.add(step + ": " + message);
        if (message.startsWith("load balancer on ")) {
            balancer = message.substring("load balancer on ".length()).split(" ")[0];
        }
    }

    @Override
    public void finished(String step, StepStatus status, long durationMs) {
    }

    @Override
    public void output(String step, String line) {
    }

    static Path bundle(Path temp, String version, String... failOn) throws IOException {
        Path bundle = temp.resolve("bundles").resolve(version);
        try (Stream<Path> fixture = Files.walk(FIXTURE)) {
            for (Path file : fixture.filter(Files::isRegularFile).toList()) {
                Path target = bundle.resolve(FIXTURE.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Files.writeString(bundle.resolve("app/version.txt"), version + "\n", StandardCharsets.UTF_8);
        Files.writeString(bundle.resolve("fail-on"), String.join("\n", failOn) + "\n", StandardCharsets.UTF_8);
        return bundle;
    }

    /** Which instance answered and what: {@code i-2=v1}, or the status and text of the load balancer's own answer. */
    static String get(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.headers().firstValue("X-Codestages-Instance").map(i -> i + "=" + response.body().strip())
                    .orElse(response.statusCode() + " " + response.body().strip());
        } catch (IOException e) {
            return "no answer: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** {@code count} requests in a row. */
    static List<String> get(String url, int count) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(get(url));
        }
        return answers;
    }

    /** Stops what the hooks started in every instance folder of the group. */
    static void stopServers(Path groupFolder) throws IOException {
        if (!Files.isDirectory(groupFolder)) {
            return;
        }
        try (Stream<Path> instances = Files.list(groupFolder)) {
            for (Path instance : instances.filter(Files::isDirectory).toList()) {
                InstanceProcesses.stop(instance.toRealPath());
            }
        }
    }

    static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
