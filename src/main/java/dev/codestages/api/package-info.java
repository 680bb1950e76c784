/**
 * The AWS API on localhost: {@link dev.codestages.api.AwsApiHandler} answers the awsJson1.1 requests of the
 * real {@code aws} CLI and SDKs ({@code POST /} with {@code X-Amz-Target: CodePipeline_20150709.*},
 * {@code CodeDeploy_20141006.*}, {@code CodeBuild_20161006.*}), signed with Signature Version 4 and the local
 * credentials the server prints, over the same engine and the same execution store as {@code codestages run}
 * and the console. Shapes, field names and error types follow the botocore service models. Loaded only by
 * the local server, never by lint. See docs/aws-api.md.
 */
package dev.codestages.api;
