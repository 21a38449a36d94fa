package org.dyad.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A JDK HTTP server on a random local port serving fixed bodies, so that no test touches the network. */
final class LocalServer implements AutoCloseable {
    record Page(String contentType, byte[] body, int status) {
    }

    private final HttpServer server;
    final Map<String, Page> pages = new ConcurrentHashMap<>();
    /** Paths answered with a 302 to the given Location. */
    final Map<String, String> redirects = new ConcurrentHashMap<>();
    final AtomicInteger hits = new AtomicInteger();

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            String to = redirects.get(ex.getRequestURI().getPath());
            if (to != null) {
                ex.getResponseHeaders().set("Location", to);
                ex.sendResponseHeaders(302, -1);
                ex.close();
                return;
            }
            Page p = pages.get(ex.getRequestURI().getPath());
            if (p == null) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().set("Content-Type", p.contentType());
            ex.sendResponseHeaders(p.status(), p.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(p.body());
            }
        });
        server.start();
    }

    void put(String path, String contentType, byte[] body) {
        pages.put(path, new Page(contentType, body, 200));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
