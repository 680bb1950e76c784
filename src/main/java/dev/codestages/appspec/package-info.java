/**
 * The CodeDeploy AppSpec model: platform detection (EC2/On-Premises, Lambda, ECS), the structure per
 * platform, the lifecycle events and their order, and the checker that runs the {@code AS###} rules.
 * Depends on {@code yaml} and {@code lint} only.
 */
package dev.codestages.appspec;
