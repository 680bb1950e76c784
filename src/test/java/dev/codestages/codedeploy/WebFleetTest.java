package dev.codestages.codedeploy;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every test of a group behind the local load balancer needs: a folder of its own, python3 to serve
 * the test revision ({@link WebFleet}), and the instances' servers stopped afterwards.
 */
abstract class WebFleetTest {

    @TempDir
    Path temp;

    @BeforeEach
    void needsPython() {
        assumeThat(WebFleet.python()).as("python3 serves the test revision").isTrue();
    }

    @AfterEach
    void stopServers() throws Exception {
        WebFleet.stopServers(temp.resolve("store/Web"));
    }
}
