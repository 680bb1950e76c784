package dev.codestages.codedeploy;

import dev.codestages.codedeploy.lambda.LambdaDeploymentConfig;
import java.time.Duration;

/**
 * A deployment group of the AWS Lambda or Amazon ECS compute platform as a template defines it: its
 * application, its name, the application's {@code ComputePlatform} ({@code Lambda}, {@code ECS}, or
 * {@code Server} for EC2/On-Premises) and, for Lambda and ECS, its traffic-shifting configuration.
 *
 * @param config null for a Server group
 * @param terminationWait how long an ECS blue/green deployment keeps the original task set after the traffic
 *                        moved ({@code TerminateBlueInstancesOnDeploymentSuccess.TerminationWaitTimeInMinutes}; 0
 *                        when unset)
 */
public record ServiceGroup(String applicationName, String name, String computePlatform, LambdaDeploymentConfig config,
                           Duration terminationWait) {

    public static final String SERVER = "Server";
    public static final String LAMBDA = "Lambda";
    public static final String ECS = "ECS";
}
