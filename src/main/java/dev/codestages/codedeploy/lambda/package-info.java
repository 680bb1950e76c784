/**
 * AWS Lambda played locally for CodeDeploy: a function store under {@code .codestages/lambda/<function>/}
 * with published versions and weighted aliases ({@link dev.codestages.codedeploy.lambda.LambdaStore}),
 * invocation by alias weights ({@link dev.codestages.codedeploy.lambda.LambdaInvoker}), the functions of the
 * template and of {@code --function} before the store ({@link dev.codestages.codedeploy.lambda.LocalFunctions}),
 * run with their runtime ({@code HandlerCommands}, {@link dev.codestages.codedeploy.lambda.JavaHandlerMain}),
 * the traffic plans of the Lambda deployment configurations ({@link dev.codestages.codedeploy.lambda.LambdaDeploymentConfig})
 * and the shifting of an alias along such a plan on an injectable clock
 * ({@link dev.codestages.codedeploy.lambda.LambdaTrafficShifter}). See docs/lambda.md.
 */
package dev.codestages.codedeploy.lambda;
