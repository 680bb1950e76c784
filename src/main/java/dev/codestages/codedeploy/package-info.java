/**
 * CodeDeploy for EC2/On-Premises as AWS runs it, over the local agent of {@code run}: the deployment
 * configurations ({@link dev.codestages.codedeploy.DeploymentConfig}, minimum healthy hosts), the
 * deployment groups read from their real formats ({@link dev.codestages.codedeploy.DeploymentGroup},
 * with one reader per format: {@link dev.codestages.codedeploy.TemplateGroupReader} for a CloudFormation
 * template and {@link dev.codestages.codedeploy.ApiGroupReader} for {@code aws deploy get-deployment-group}
 * JSON), and {@link dev.codestages.codedeploy.DeploymentGroupPlayer}, which deploys one revision to every
 * instance of a group, each instance a folder of its own, in the order the group's
 * {@link dev.codestages.codedeploy.FleetHealth} gives, and decides the outcome as the service does.
 * The agent reads the appspec model only; nothing here reads an appspec key. Depends on {@code yaml},
 * {@code pipeline} (intrinsic functions) and {@code run} (the agent).
 */
package dev.codestages.codedeploy;
