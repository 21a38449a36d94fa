package org.dyad.web;

/**
 * A request the server refuses, with its HTTP status, a short machine-readable code and a one-line message that
 * says what to do. Rendered as {@code {"error": code, "message": message}} by the API and as an error page by the
 * pages.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message.replace('\n', ' '));
        this.status = status;
        this.code = code;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
