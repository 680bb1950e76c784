package dev.codestages.console;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * What every request to the console must pass. The Host header must name this console (localhost or
 * 127.0.0.1, with its port when a port is given): a page of another site whose name an attacker points at
 * 127.0.0.1 (DNS rebinding) sends its own name and is refused. A state-changing request must carry the
 * token made at start-up and embedded in the page, and come from the console's own origin (Origin, else
 * Referer): another site open in the same browser can neither read the token nor forge the origin. Every
 * response carries a Content-Security-Policy that allows nothing the console does not serve itself.
 */
final class RequestGuard {

    /** The header a state-changing request carries the token in; a custom header also forces a CORS preflight. */
    static final String TOKEN_HEADER = "X-Console-Token";

    /** Scripts, styles, images and connections from the console only; no inline script, no frame, no plugin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    private final String token;
    private final int port;

    RequestGuard(String token, int port) {
        this.token = token;
        this.port = port;
    }

    /** A fresh random token, 256 bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String token() {
        return token;
    }

    /** True when the Host header names this console. */
    boolean hostAllowed(HttpExchange exchange) {
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        if (hosts == null || hosts.size() != 1) {
            return false;
        }
        String host = hosts.get(0).trim().toLowerCase(Locale.ROOT);
        for (String name : List.of("localhost", "127.0.0.1")) {
            if (host.equals(name) || host.equals(name + ":" + port)) {
                return true;
            }
        }
        return false;
    }

    /** True when the request comes from a page of this console: its Origin, else its Referer. */
    boolean sameOrigin(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null) {
            return origins().contains(origin.toLowerCase(Locale.ROOT));
        }
        String referer = exchange.getRequestHeaders().getFirst("Referer");
        if (referer == null) {
            return false;
        }
        String lower = referer.toLowerCase(Locale.ROOT);
        return origins().stream().anyMatch(o -> lower.startsWith(o + "/"));
    }

    private List<String> origins() {
        return List.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    /** True when the request carries the console's token (compared in constant time). */
    boolean tokenValid(HttpExchange exchange) {
        String given = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /** The headers every response carries. */
    static void secure(Headers headers) {
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Cache-Control", "no-store");
    }
}
