package org.dyad.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.dyad.output.RecordJson;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches the handlers (headers or address too long, a malformed request)
 * in the API's shape, {@code {"error": ..., "message": ...}}, with the security headers, and no server details.
 */
final class JettyErrors extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Out.JSON);
        Headers.set(fields::put);
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object message = request.getAttribute(ERROR_MESSAGE);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Out.JSON);
        Headers.set(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(body(response.getStatus(), message == null ? null : message.toString())),
                callback);
        return true;
    }

    private static byte[] body(int status, String reason) {
        String message = (reason == null || reason.isBlank() ? "request refused" : reason)
                + (status == 431 ? ": request headers are limited to 16 KB" : status == 414 ? ": the address is too long"
                : "");
        return RecordJson.write(new DyadServer.ErrorBody(status == 431 || status == 414 ? "too_large" : "http_" + status,
                message.replace('\n', ' '))).getBytes(StandardCharsets.UTF_8);
    }
}
