package dev.codestages.codedeploy.ecs;

import java.util.List;
import java.util.Map;

/**
 * The local command a container runs, since no container runtime is assumed: the command {@code run
 * --container IMAGE=COMMAND} gives for its image (exactly, else for the image without its tag or digest),
 * else the container definition's own entryPoint and command, quoted for {@code sh}.
 */
final class ContainerCommands {

    private ContainerCommands() {
    }

    static String of(TaskDefinition.Container container, Map<String, String> byImage) {
        String image = container.image() == null ? "" : container.image();
        if (byImage.containsKey(image)) {
            return byImage.get(image);
        }
        String bare = image.replaceFirst("@.*$", "").replaceFirst(":[^:/]*$", "");
        if (byImage.containsKey(bare)) {
            return byImage.get(bare);
        }
        return container.command().isEmpty() ? null : quoted(container.command());
    }

    private static String quoted(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(out.length() == 0 ? "" : " ").append('\'').append(word.replace("'", "'\\''")).append('\'');
        }
        return out.toString();
    }
}
