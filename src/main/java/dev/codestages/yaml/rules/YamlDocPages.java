package dev.codestages.yaml.rules;

/** The pages the {@code YAML###} rules cite as their source. */
final class YamlDocPages {

    static final String YAML_SPEC = "https://yaml.org/spec/1.1/";
    static final String BUILDSPEC_REF = "https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html";

    private YamlDocPages() {
    }
}
