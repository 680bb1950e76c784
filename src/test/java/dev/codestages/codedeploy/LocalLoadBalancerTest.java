package dev.codestages.codedeploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local load balancer with real servers behind it on 127.0.0.1. */
class LocalLoadBalancerTest {

    private final List<HttpServer> instances = new ArrayList<>();

    /** A server on 127.0.0.1 that answers {@code text}; returns its port. */
    private int instance(String text) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        server.createContext("/", exchange -> {
            byte[] body = (text + " " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        instances.add(server);
        return server.getAddress().getPort();
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(server -> server.stop(0));
    }

    @Test
    void requestsGoToTheRegisteredInstancesInTurn() throws Exception {
        try (LocalLoadBalancer balancer = LocalLoadBalancer.start()) {
            balancer.register("i-1", instance("one"));
            balancer.register("i-2", instance("two"));

            assertThat(WebFleet.get(balancer.url() + "path?q=1", 4)).containsExactly("i-1=one /path?q=1",
                    "i-2=two /path?q=1", "i-1=one /path?q=1", "i-2=two /path?q=1");
        }
    }

    @Test
    void aDeregisteredInstanceGetsNoRequestAndNoneRegisteredIs503() throws Exception {
        try (LocalLoadBalancer balancer = LocalLoadBalancer.start()) {
            balancer.register("i-1", instance("one"));
            balancer.register("i-2", instance("two"));
            balancer.deregister("i-1");

            assertThat(WebFleet.get(balancer.url(), 2)).containsOnly("i-2=two /");
            balancer.deregister("i-2");
            assertThat(WebFleet.get(balancer.url())).startsWith("503 no instance is registered");
        }
    }

    @Test
    void anInstanceThatDoesNotAnswerIsPassedOverAndNoneAnsweringIs502() throws Exception {
        int silent;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            silent = free.getLocalPort();
        }
        try (LocalLoadBalancer balancer = LocalLoadBalancer.start()) {
            balancer.register("i-1", silent);
            assertThat(WebFleet.get(balancer.url())).isEqualTo("502 no registered instance answered: i-1 (port "
                    + silent + ")");
            balancer.register("i-2", instance("two"));
            assertThat(WebFleet.get(balancer.url(), 2)).containsOnly("i-2=two /");
        }
    }

    @Test
    void aRequestForAnotherHostIsRefused() throws Exception {
        try (LocalLoadBalancer balancer = LocalLoadBalancer.start()) {
            balancer.register("i-1", instance("one"));
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), balancer.port())) {
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 421").doesNotContain("one");
            }
        }
    }
}
