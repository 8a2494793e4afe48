package dev.kizuna.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * A small HTTP load generator on the JDK client: {@code connections} virtual users, each on its own HTTP/1.1
 * connection, send one request after another for a while (after a warm-up), and the latencies are counted. A
 * request is an error when it throws or answers 4xx/5xx. With a {@link ServerCpu}, the server's and the database's CPU
 * time over the measured window is divided by the requests in it. The virtual users are platform threads named
 * {@code load-user-N} and the clients' work runs on {@code load-client-N} threads: the server's requests run on
 * virtual threads, and keeping the generator off their carrier threads is what lets its CPU time be told apart.
 */
public final class LoadGenerator {

    /** What one virtual user sends next: (user number, request number) → request. */
    public interface Scenario extends BiFunction<Integer, Long, HttpRequest> {
    }

    /** Handed each answer of a scenario (e.g. to keep a deal's version). */
    public interface Answers {
        void answered(int user, HttpResponse<byte[]> response);
    }

    /** {@code cpuMsPerRequest}: the server JVM's CPU-ms per request; {@code dbCpuMsPerRequest}: the database's. */
    public record Result(String scenario, int connections, double requestsPerSecond, double p50Ms, double p95Ms,
            double p99Ms, long requests, long errors, double kbPerRequest, double cpuMsPerRequest,
            double dbCpuMsPerRequest) {
    }

    private static final ExecutorService CLIENT_WORK = Executors.newCachedThreadPool(
            Thread.ofPlatform().name(ServerCpu.CLIENT_THREADS + "client-", 0).daemon().factory());

    private final List<HttpClient> clients;
    private final ServerCpu cpu;

    /** One client (one connection, own cookies) per virtual user; {@code cpu} null: no CPU figures. */
    public LoadGenerator(List<HttpClient> clients, ServerCpu cpu) {
        this.clients = clients;
        this.cpu = cpu;
    }

    public Result run(String name, int connections, Duration warmup, Duration measured, Scenario scenario,
            Answers answers) throws InterruptedException {
        if (connections > clients.size()) {
            throw new IllegalArgumentException("only " + clients.size() + " virtual users");
        }
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[connections];
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch done = new CountDownLatch(connections);
        for (int u = 0; u < connections; u++) {
            long[] mine = new long[1 << 20];
            latencies.add(mine);
            int user = u;
            Thread.ofPlatform().name(ServerCpu.CLIENT_THREADS + "user-" + u).daemon().start(() -> {
                try {
                    long n = 0;
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break;
                        }
                        boolean failed;
                        int size = 0;
                        try {
                            HttpResponse<byte[]> response = clients.get(user).send(scenario.apply(user, n++),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            failed = response.statusCode() >= 400;
                            size = response.body().length;
                            if (answers != null) {
                                answers.answered(user, response);
                            }
                        } catch (Exception e) {
                            failed = true;
                        }
                        long after = System.nanoTime();
                        if (before >= measureFrom && counts[user] < mine.length) {
                            mine[counts[user]++] = after - before;
                            bytes.addAndGet(size);
                            if (failed) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        long untilMeasured = measureFrom - System.nanoTime();
        if (untilMeasured > 0) {
            Thread.sleep(untilMeasured / 1_000_000, (int) (untilMeasured % 1_000_000));
        }
        ServerCpu.Sample cpuFrom = cpu == null ? null : cpu.sample();
        done.await();
        ServerCpu.Spent spent = cpu == null ? new ServerCpu.Spent(0, 0) : ServerCpu.between(cpuFrom, cpu.sample());
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int u = 0; u < connections; u++) {
            System.arraycopy(latencies.get(u), 0, all, at, counts[u]);
            at += counts[u];
        }
        Arrays.sort(all);
        double seconds = measured.toNanos() / 1e9;
        return new Result(name, connections, total / seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), total,
                errors.get(), total == 0 ? 0 : bytes.get() / 1024.0 / total,
                total == 0 || cpu == null ? Double.NaN : spent.serverNanos() / 1e6 / total,
                total == 0 || cpu == null ? Double.NaN : spent.databaseNanos() / 1e6 / total);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    public static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(CLIENT_WORK)
                .cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }
}
