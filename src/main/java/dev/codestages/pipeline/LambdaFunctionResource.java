package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import java.util.Map;
import java.util.Objects;

/**
 * One Lambda function of a CloudFormation template, {@code AWS::Lambda::Function} or (with the SAM transform)
 * {@code AWS::Serverless::Function}, as far as a local run needs it: its name, runtime and handler, its
 * environment variables and where its code is. The code is exactly one of: inline source ({@code Code.ZipFile},
 * {@code InlineCode}), a local path as {@code aws cloudformation package} takes it ({@code Code} or
 * {@code CodeUri} as a string, relative to the template's folder), code elsewhere ({@code S3Bucket}/{@code S3Key},
 * an {@code s3://} URI, a container image, a deploy-time value; {@link #remoteCode} says which), or none.
 *
 * @param logicalId   the resource's logical id
 * @param name        {@code FunctionName} when the template writes it out, else null (CloudFormation then
 *                    generates one, and the logical id is the name a local run answers to)
 * @param runtime     {@code Runtime}, or null when absent or known only at deploy time
 * @param handler     {@code Handler}, or null when absent or known only at deploy time
 * @param inlineCode  the inline source, or null
 * @param codePath    the local path of the code, as written, or null
 * @param remoteCode  what the code is when it is not local ({@code S3Bucket/S3Key}, ...), or null
 * @param environment {@code Environment.Variables} whose values the template fixes
 * @param at          where the resource's logical id is
 */
public record LambdaFunctionResource(String logicalId, String name, String runtime, String handler, String inlineCode,
                                     String codePath, String remoteCode, Map<String, String> environment, Position at) {

    public static final String LAMBDA_TYPE = "AWS::Lambda::Function";
    public static final String SERVERLESS_TYPE = "AWS::Serverless::Function";

    public LambdaFunctionResource {
        Objects.requireNonNull(logicalId, "logicalId");
        environment = Map.copyOf(environment);
        int kinds = (inlineCode != null ? 1 : 0) + (codePath != null ? 1 : 0) + (remoteCode != null ? 1 : 0);
        if (kinds > 1) {
            throw new IllegalArgumentException("a function's code is inline, a local path or elsewhere, not several");
        }
    }

    /** The name the function answers to: its {@code FunctionName}, else its logical id. */
    public String localName() {
        return name != null ? name : logicalId;
    }

    /**
     * True when {@code reference} names this function: its {@code FunctionName}, its logical id, or a
     * {@code !Ref} of it as the pipeline reader keeps one it cannot resolve ({@code !Ref LogicalId}).
     */
    public boolean answersTo(String reference) {
        return reference.equals(name) || reference.equals(logicalId) || reference.equals("!Ref " + logicalId);
    }
}
