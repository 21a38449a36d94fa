package org.dyad.web;

/**
 * A token bucket: up to {@code burst} requests at once, refilled at {@code perMinute}. Thread-safe.
 */
final class RateLimiter {
    private final int burst;
    private final double perNano;
    private double tokens;
    private long last;

    RateLimiter(int perMinute, int burst) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate must be at least 1 a minute and burst at least 1, got "
                    + perMinute + " and " + burst);
        }
        this.burst = burst;
        this.perNano = perMinute / 60e9;
        this.tokens = burst;
        this.last = System.nanoTime();
    }

    /** Takes one request's token; false when none is left (the caller answers 429). */
    synchronized boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Seconds until the next token, at least 1. */
    synchronized long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }
}
