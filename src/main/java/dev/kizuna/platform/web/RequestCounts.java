package dev.kizuna.platform.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests per client and public path in the current one-minute window, held in memory and bounded: once
 * {@code maxClients} are counted in a window, every further client of a path shares one count, so a flood from many
 * addresses is limited as one client instead of filling the heap.
 */
final class RequestCounts {

    private static final String OVERFLOW = "*";

    private final int maxClients;
    private long window = Long.MIN_VALUE;
    private ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    RequestCounts(int maxClients) {
        this.maxClients = maxClients;
    }

    /** Counts one request at {@code nowMillis}; whether it is within the path's limit for this minute. */
    boolean admit(PublicPath path, String client, long nowMillis) {
        ConcurrentHashMap<String, AtomicInteger> current = countsFor(nowMillis / 60_000);
        String key = path.prefix() + " " + client;
        AtomicInteger count = current.get(key);
        if (count == null) {
            String shared = current.size() >= maxClients ? path.prefix() + " " + OVERFLOW : key;
            count = current.computeIfAbsent(shared, k -> new AtomicInteger());
        }
        return count.incrementAndGet() <= path.perMinute();
    }

    /** Clients counted in the current window (for the bound's test). */
    int clients() {
        return counts.size();
    }

    private synchronized ConcurrentHashMap<String, AtomicInteger> countsFor(long minute) {
        if (minute != window) {
            counts = new ConcurrentHashMap<>();
            window = minute;
        }
        return counts;
    }

    /** Seconds until the next window opens. */
    static long secondsLeft(long nowMillis) {
        return Math.max(1, 60 - (nowMillis / 1000) % 60);
    }
}
