package dev.codestages.codedeploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.codedeploy.lambda.TrafficStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link ServiceGroupReader}: a group's compute platform, traffic configuration and termination wait. */
class ServiceGroupReaderTest {

    @TempDir
    Path temp;

    private Path template(String resources) throws Exception {
        Path file = temp.resolve("template.yml");
        Files.writeString(file, "Resources:\n" + resources.indent(2), StandardCharsets.UTF_8);
        return file;
    }

    private static final String LAMBDA_APP = """
            App:
              Type: AWS::CodeDeploy::Application
              Properties: {ApplicationName: app, ComputePlatform: Lambda}
            """;

    @Test
    void aCustomLinearConfigurationNamedByItsNameGivesItsSteps() throws Exception {
        Path file = template(LAMBDA_APP + """
                Linear:
                  Type: AWS::CodeDeploy::DeploymentConfig
                  Properties:
                    DeploymentConfigName: Linear25Every2
                    ComputePlatform: Lambda
                    TrafficRoutingConfig:
                      Type: TimeBasedLinear
                      TimeBasedLinear: {LinearPercentage: 25, LinearInterval: 2}
                Group:
                  Type: AWS::CodeDeploy::DeploymentGroup
                  Properties: {ApplicationName: !Ref App, DeploymentGroupName: live, DeploymentConfigName: Linear25Every2}
                """);

        ServiceGroup group = ServiceGroupReader.find(file, "live").orElseThrow();

        assertThat(group.computePlatform()).isEqualTo("Lambda");
        assertThat(group.config().steps()).extracting(TrafficStep::newVersionPercent).containsExactly(25, 50, 75, 100);
        assertThat(group.config().steps().get(3).offset()).isEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void anEcsGroupKeepsItsTerminationWaitAndDefaultsToAllAtOnce() throws Exception {
        Path file = template("""
                App:
                  Type: AWS::CodeDeploy::Application
                  Properties: {ComputePlatform: ECS}
                Group:
                  Type: AWS::CodeDeploy::DeploymentGroup
                  Properties:
                    ApplicationName: !Ref App
                    DeploymentGroupName: web
                    BlueGreenDeploymentConfiguration:
                      TerminateBlueInstancesOnDeploymentSuccess: {Action: TERMINATE, TerminationWaitTimeInMinutes: 5}
                """);

        ServiceGroup group = ServiceGroupReader.find(file, "web").orElseThrow();

        assertThat(group.config().name()).isEqualTo("CodeDeployDefault.ECSAllAtOnce");
        assertThat(group.terminationWait()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anApplicationWithoutComputePlatformIsServerAndAnUnknownGroupIsNotFound() throws Exception {
        Path file = template("""
                App:
                  Type: AWS::CodeDeploy::Application
                Group:
                  Type: AWS::CodeDeploy::DeploymentGroup
                  Properties: {ApplicationName: !Ref App, DeploymentGroupName: fleet}
                """);

        assertThat(ServiceGroupReader.find(file, "fleet").orElseThrow().computePlatform()).isEqualTo("Server");
        assertThat(ServiceGroupReader.find(file, "other")).isEmpty();
    }

    @Test
    void aTrafficRoutingTypeCodeDeployDoesNotKnowIsRefusedWithWhereItIs() throws Exception {
        Path file = template(LAMBDA_APP + """
                Odd:
                  Type: AWS::CodeDeploy::DeploymentConfig
                  Properties:
                    TrafficRoutingConfig: {Type: TimeBasedSpiral}
                Group:
                  Type: AWS::CodeDeploy::DeploymentGroup
                  Properties: {ApplicationName: !Ref App, DeploymentGroupName: live, DeploymentConfigName: !Ref Odd}
                """);

        assertThatThrownBy(() -> ServiceGroupReader.find(file, "live")).isInstanceOf(DeploymentGroupException.class)
                .hasMessageEndingWith("resource 'Group': the TrafficRoutingConfig Type of Odd is 'TimeBasedSpiral';"
                        + " CodeDeploy knows TimeBasedCanary, TimeBasedLinear and AllAtOnce");
    }
}
