package dev.codestages.codedeploy;

import dev.codestages.run.InstanceLifecycle;
import dev.codestages.run.RunListener;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * The traffic side of one group deployment: for a group with a load balancer, the
 * {@link LocalLoadBalancer} and each instance's port ({@code CODESTAGES_INSTANCE_PORT} in its hooks'
 * environment, kept in {@code <instance>/.codestages/instance-port} so that the application a previous
 * deployment started is found on the same port); for a group without one, nothing: no port is opened.
 * {@link #close()} stops the load balancer at the end of the deployment.
 */
final class GroupTraffic implements AutoCloseable {

    static final String PORT_VARIABLE = "CODESTAGES_INSTANCE_PORT";
    private static final String PORT_FILE = ".codestages/instance-port";
    private static final java.util.Set<Integer> HANDED_OUT = new java.util.HashSet<>();

    private final LocalLoadBalancer balancer;
    private final String groupName;
    private final RunListener listener;

    private GroupTraffic(LocalLoadBalancer balancer, String groupName, RunListener listener) {
        this.balancer = balancer;
        this.groupName = groupName;
        this.listener = listener;
    }

    /** A load balancer for a group that has one; nothing for the others. */
    static GroupTraffic open(DeploymentGroup group, RunListener listener) throws IOException {
        if (!group.loadBalanced()) {
            return new GroupTraffic(null, group.name(), listener);
        }
        LocalLoadBalancer balancer = LocalLoadBalancer.start();
        listener.note(group.name(), "load balancer on " + balancer.url() + " (try: curl -i " + balancer.url() + ")");
        return new GroupTraffic(balancer, group.name(), listener);
    }

    boolean balanced() {
        return balancer != null;
    }

    /** The load balancer's address, or null without one. */
    String url() {
        return balancer == null ? null : balancer.url();
    }

    /** Puts {@code instance} in the load balancer (an instance already serving when the deployment starts). */
    void register(String instance, Path folder) throws IOException {
        if (balancer != null) {
            int port = port(folder);
            balancer.register(instance, port);
            listener.note(groupName, instance + " registered with the load balancer (port " + port + ")");
        }
    }

    void deregister(String instance) {
        if (balancer != null) {
            balancer.deregister(instance);
            listener.note(groupName, instance + " deregistered from the load balancer");
        }
    }

    /**
     * What {@code instance} plays of {@code events}: its port in the hooks' environment, and BlockTraffic
     * and AllowTraffic taking it out of the load balancer and putting it back.
     */
    InstanceLifecycle lifecycle(java.util.List<String> events, String instance, Path folder) throws IOException {
        if (balancer == null) {
            return new InstanceLifecycle(events, Map.of(), InstanceLifecycle.TrafficSwitch.NONE);
        }
        int port = port(folder);
        return new InstanceLifecycle(events, Map.of(PORT_VARIABLE, String.valueOf(port)), event -> {
            if (event.equals("BlockTraffic")) {
                deregister(instance);
            } else {
                register(instance, folder);
            }
        });
    }

    /** The instance's port: the one it had, or a free one on 127.0.0.1, remembered in its folder. */
    static int port(Path folder) throws IOException {
        Path file = folder.resolve(PORT_FILE);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                int port = Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip());
                if (port > 0 && port < 65536) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // a new port below
            }
        }
        int port = freePort();
        Path parent = file.getParent();
        if (Files.isSymbolicLink(parent)) {
            throw new IOException(parent + " is a symbolic link; instance files are written only inside the instance");
        }
        Files.createDirectories(parent);
        Files.writeString(file, port + "\n", StandardCharsets.UTF_8);
        return port;
    }

    /** A port free on 127.0.0.1 now, and not one handed out before in this process (two instances never share one). */
    private static synchronized int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.close();
            listener.note(groupName, "load balancer " + balancer.url() + " stopped");
        }
    }
}
