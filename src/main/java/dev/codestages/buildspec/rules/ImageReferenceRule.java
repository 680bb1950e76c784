package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BatchTask;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** BS094: a batch build's {@code image} that is not a container image reference. */
public final class ImageReferenceRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS094", "image is not a container image reference", Severity.WARNING,
            FileKind.BUILDSPEC,
            "A batch task's 'env.image' (and each 'batch.build-matrix.dynamic.env.image') names the container"
                    + " image the build runs in: a CodeBuild curated image such as 'aws/codebuild/standard:7.0' or"
                    + " a registry image 'registry/name:tag' or 'name@sha256:...'. The reference grammar is"
                    + " Docker's (distribution/reference): the repository path is lower case letters, digits and"
                    + " '.', '_', '-' separators, a tag is at most 128 letters, digits, '_', '.' or '-'. A reference"
                    + " outside that grammar (capital letters in the repository, a space, an empty tag) cannot"
                    + " be pulled. It is a warning because how CodeBuild reports such an image (when the batch"
                    + " starts, or when the task's build is provisioned) is not documented. Values with '$' are"
                    + " left alone.",
            BuildspecDocPages.BATCH, """
                    version: 0.2
                    batch:
                      build-list:
                        - identifier: linux_arm
                          env:
                            image: aws/codebuild/Amazonlinux2-aarch64-standard:3.0
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    batch:
                      build-list:
                        - identifier: linux_arm
                          env:
                            image: aws/codebuild/amazonlinux2-aarch64-standard:3.0
                    phases:
                      build:
                        commands:
                          - make
                    """);

    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String DOMAIN = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?"
            + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+])(?::[0-9]+)?";
    private static final Pattern REFERENCE = Pattern.compile("(?:" + DOMAIN + "/)?" + COMPONENT + "(?:/" + COMPONENT
            + ")*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (YamlScalar image : images(buildspec)) {
            String value = image.value();
            if (image.isNull() || value.contains("$") || REFERENCE.matcher(value).matches()) {
                continue;
            }
            String lower = value.toLowerCase(Locale.ROOT);
            boolean onlyCase = !lower.equals(value) && REFERENCE.matcher(lower).matches();
            context.report(image, "image " + image.quoted() + " is not a container image reference"
                            + (onlyCase ? ": a repository name is lower case" : ""),
                    onlyCase ? "write '" + lower + "'" : "write registry/name:tag, such as aws/codebuild/standard:7.0");
        }
    }

    /** Every image a batch names: each task's {@code env.image} and each item of the matrix's image list. */
    private static List<YamlScalar> images(Buildspec buildspec) {
        List<YamlScalar> images = new ArrayList<>();
        for (BatchTask task : BatchTask.all(buildspec)) {
            if (task.body().get("env") instanceof YamlMapping env && env.get("image") instanceof YamlScalar image) {
                images.add(image);
            }
        }
        if (buildspec.root().get("batch") instanceof YamlMapping batch
                && batch.get("build-matrix") instanceof YamlMapping matrix
                && matrix.get("dynamic") instanceof YamlMapping dynamic
                && dynamic.get("env") instanceof YamlMapping env) {
            images.addAll(Buildspec.stringItems(env.get("image")));
        }
        return images;
    }
}
