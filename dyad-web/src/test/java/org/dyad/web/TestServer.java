package org.dyad.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.dyad.store.Store;
import org.dyad.store.Stores;

/** A server on a random loopback port over a store, and an HTTP client for it. Close it to stop both. */
final class TestServer implements AutoCloseable {
    final Store store;
    final Javalin app;
    final String base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(Path db, WebSettings settings, IngestApi.Pipeline pipeline) {
        this.store = Stores.open(db.toString());
        this.app = DyadServer.create(store, settings.withPort(0), () -> pipeline).start();
        this.base = "http://127.0.0.1:" + app.port();
    }

    static TestServer demo() {
        return new TestServer(DemoStore.path(), WebSettings.defaults(), source -> {
            throw new IllegalStateException("no ingest in this test");
        });
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
