package dev.codestages.pipeline;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Lambda functions of a CloudFormation template into {@link LambdaFunctionResource}s, with intrinsic
 * functions resolved as the pipeline reader resolves them ({@link Intrinsics}: a parameter's default is a
 * literal, a {@code !Sub} or {@code !Join} of literals too; anything else is known only at deploy time).
 * <ul>
 * <li>{@code AWS::Lambda::Function}: {@code Code.ZipFile} is inline source; {@code Code} as a string is a local
 *     path, which {@code aws cloudformation package} uploads (a folder is zipped, a file taken as it is);
 *     {@code Code.S3Bucket}/{@code S3Key} and {@code Code.ImageUri} are code elsewhere
 *     (<a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-code.html">Code</a>,
 *     <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-cli-package.html">package</a>).</li>
 * <li>{@code AWS::Serverless::Function}: {@code InlineCode} is inline source, {@code CodeUri} a local path unless
 *     it is an {@code s3://} URI or a {@code Bucket}/{@code Key} object. {@code Globals.Function} gives the
 *     defaults: its {@code Handler}, {@code Runtime} and {@code CodeUri} apply where the resource has none, and its
 *     {@code Environment.Variables} are merged under the resource's, as the SAM specification's Globals section
 *     says (primitive values are replaced by the resource's, maps are merged;
 *     <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html">Globals</a>).</li>
 * </ul>
 * A file that is not a template has no functions.
 */
public final class LambdaFunctionReader {

    private LambdaFunctionReader() {
    }

    /** The functions of the template {@code file}; none when it is absent, a folder or not a template. */
    public static List<LambdaFunctionResource> read(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        YamlMapping root = new YamlLoader().load(file).rootMapping();
        return root == null || !CloudFormationReader.accepts(root) ? List.of() : read(root);
    }

    /** The functions of a template's root mapping. */
    public static List<LambdaFunctionResource> read(YamlMapping root) {
        Intrinsics intrinsics = Intrinsics.of(root);
        YamlMapping globals = root.get("Globals") instanceof YamlMapping g && g.get("Function") instanceof YamlMapping f
                ? f : null;
        List<LambdaFunctionResource> functions = new ArrayList<>();
        if (!(root.get("Resources") instanceof YamlMapping resources)) {
            return functions;
        }
        for (YamlEntry entry : resources.entries()) {
            if (!(entry.value() instanceof YamlMapping resource) || !(resource.get("Type") instanceof YamlScalar type)) {
                continue;
            }
            YamlMapping properties = resource.get("Properties") instanceof YamlMapping p ? p : null;
            if (type.value().equals(LambdaFunctionResource.LAMBDA_TYPE)) {
                functions.add(lambda(entry, properties, intrinsics));
            } else if (type.value().equals(LambdaFunctionResource.SERVERLESS_TYPE)) {
                functions.add(serverless(entry, properties, globals, intrinsics));
            }
        }
        return functions;
    }

    /** Where a function's code is: exactly one of the three, or none. */
    private record Code(String inline, String path, String remote) {

        static final Code NONE = new Code(null, null, null);

        static Code elsewhere(String what) {
            return new Code(null, null, what);
        }

        /** Inline source, or code elsewhere when the template leaves it to deploy time. */
        static Code inline(YamlNode node, String property, Intrinsics intrinsics) {
            String text = literal(node, intrinsics);
            return text != null ? new Code(text, null, null) : elsewhere(property + ", a deploy-time value");
        }

        /** A path as {@code aws cloudformation package} takes it, or an {@code s3://} URI, or a deploy-time value. */
        static Code location(YamlNode node, String property, Intrinsics intrinsics) {
            String text = literal(node, intrinsics);
            if (text == null) {
                return elsewhere(property + ", a deploy-time value");
            }
            return text.startsWith("s3://") ? elsewhere("Amazon S3 (" + text + ")") : new Code(null, text, null);
        }
    }

    private static LambdaFunctionResource lambda(YamlEntry entry, YamlMapping properties, Intrinsics intrinsics) {
        YamlNode node = properties == null ? null : properties.get("Code");
        Code code = Code.NONE;
        if (node instanceof YamlMapping mapping && !Intrinsics.isIntrinsic(node)) {
            if (mapping.has("ZipFile")) {
                code = Code.inline(mapping.get("ZipFile"), "Code.ZipFile", intrinsics);
            } else if (mapping.has("ImageUri")) {
                code = Code.elsewhere("a container image (Code.ImageUri)");
            } else if (mapping.has("S3Bucket") || mapping.has("S3Key")) {
                code = Code.elsewhere("Amazon S3 (Code.S3Bucket/S3Key)");
            }
        } else if (node != null) {
            code = Code.location(node, "Code", intrinsics);
        }
        return new LambdaFunctionResource(entry.keyText(), property(properties, "FunctionName", intrinsics),
                property(properties, "Runtime", intrinsics), property(properties, "Handler", intrinsics), code.inline(),
                code.path(), code.remote(), environment(properties, intrinsics, new LinkedHashMap<>()),
                entry.key().start());
    }

    private static LambdaFunctionResource serverless(YamlEntry entry, YamlMapping properties, YamlMapping globals,
                                                     Intrinsics intrinsics) {
        YamlNode inlineCode = properties == null ? null : properties.get("InlineCode");
        YamlNode codeUri = own(properties, globals, "CodeUri");
        Code code = Code.NONE;
        if (properties != null && properties.get("ImageUri") != null) {
            code = Code.elsewhere("a container image (ImageUri)");
        } else if (inlineCode != null) {
            code = Code.inline(inlineCode, "InlineCode", intrinsics);
        } else if (codeUri instanceof YamlMapping && !Intrinsics.isIntrinsic(codeUri)) {
            code = Code.elsewhere("Amazon S3 (CodeUri Bucket/Key)");
        } else if (codeUri != null) {
            code = Code.location(codeUri, "CodeUri", intrinsics);
        }
        Map<String, String> environment = environment(globals, intrinsics, new LinkedHashMap<>());
        environment(properties, intrinsics, environment);
        return new LambdaFunctionResource(entry.keyText(), property(properties, "FunctionName", intrinsics),
                literal(own(properties, globals, "Runtime"), intrinsics),
                literal(own(properties, globals, "Handler"), intrinsics), code.inline(), code.path(), code.remote(),
                environment, entry.key().start());
    }

    /** The resource's own value of {@code key}, else the Globals' one (a primitive is replaced, not merged). */
    private static YamlNode own(YamlMapping properties, YamlMapping globals, String key) {
        YamlNode node = properties == null ? null : properties.get(key);
        return node != null ? node : globals == null ? null : globals.get(key);
    }

    /** Adds the {@code Environment.Variables} whose values the template fixes to {@code into}. */
    private static Map<String, String> environment(YamlMapping properties, Intrinsics intrinsics,
                                                   Map<String, String> into) {
        if (properties != null && properties.get("Environment") instanceof YamlMapping environment
                && environment.get("Variables") instanceof YamlMapping variables && !Intrinsics.isIntrinsic(variables)) {
            for (YamlEntry variable : variables.entries()) {
                String value = literal(variable.value(), intrinsics);
                if (value != null) {
                    into.put(variable.keyText(), value);
                }
            }
        }
        return into;
    }

    private static String property(YamlMapping properties, String key, Intrinsics intrinsics) {
        return properties == null ? null : literal(properties.get(key), intrinsics);
    }

    /** The text the template fixes for {@code node}, or null when it is absent, null or known only at deploy time. */
    private static String literal(YamlNode node, Intrinsics intrinsics) {
        if (node == null || node instanceof YamlScalar scalar && scalar.isNull() && !Intrinsics.isIntrinsic(node)) {
            return null;
        }
        if (!(node instanceof YamlScalar) && !Intrinsics.isIntrinsic(node)) {
            return null;
        }
        Value value = intrinsics.value(node);
        return value.isLiteral() ? value.text() : null;
    }
}
