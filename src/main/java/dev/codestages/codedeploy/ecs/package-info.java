/**
 * Amazon ECS blue/green deployments of CodeDeploy played locally: task definitions
 * ({@link dev.codestages.codedeploy.ecs.TaskDefinition}) whose containers run as local processes
 * ({@link dev.codestages.codedeploy.ecs.LocalTaskSet}), a weighted HTTP listener on 127.0.0.1 standing in for the
 * load balancer's production and test listeners ({@link dev.codestages.codedeploy.ecs.WeightedListener}), and
 * the deployment itself ({@link dev.codestages.codedeploy.ecs.EcsDeployment}). See docs/ecs.md.
 */
package dev.codestages.codedeploy.ecs;
