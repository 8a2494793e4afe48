package dev.kizuna.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time the server spends, read at the start and end of a measured window, so a scenario's cost per request can
 * be compared across runs even while other work shares the machine (a request's wall time on a loaded machine is
 * mostly waiting for a core; its CPU time is not).
 * <p>
 * The load generator runs in the server's JVM, so "the server" is the CPU time of the JVM's threads ({@code
 * ThreadMXBean.getThreadCpuTime}: the carrier threads of the requests' virtual threads, Tomcat's, the pool's, the
 * jobs') less the load generator's own (named {@value #CLIENT_THREADS}…, the JDK HTTP client's {@code HttpClient-}…,
 * the test's {@code main}, the recorder's {@code JFR}…). The JIT compiler and the garbage collector are left out:
 * they are not Java threads, and in a window of a few seconds on a loaded machine compilation alone cost more than
 * the requests (the process's CPU time put 490 ms on a home page the quiet machine serves 16 a second of). The
 * embedded PostgreSQL is another process: its CPU time is read from /proc for the postmaster (with its reaped
 * children) and its live backends.
 */
final class ServerCpu {

    /** Name prefix of the load generator's threads; {@link LoadGenerator} names its threads so. */
    static final String CLIENT_THREADS = "load-";

    private static final long TICK_NANOS = 10_000_000L; // USER_HZ = 100 on Linux

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Optional<Long> postmaster;

    /** {@code dataDir}: the application's data directory, whose postgres/postmaster.pid names the database. */
    ServerCpu(Path dataDir) {
        this.postmaster = readPid(dataDir.resolve("postgres").resolve("postmaster.pid"));
    }

    /** CPU times at one moment: each of the server's threads, the database. */
    record Sample(Map<Long, Long> serverThreadNanos, long databaseNanos) {
    }

    /** CPU spent between two samples: by the server's JVM (less the load generator) and by the database. */
    record Spent(long serverNanos, long databaseNanos) {
    }

    Sample sample() {
        Map<Long, Long> server = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && !isClient(info.getThreadName())) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    server.put(info.getThreadId(), cpu);
                }
            }
        }
        return new Sample(server, databaseNanos());
    }

    /**
     * What was spent from {@code start} to {@code end}. A thread that ended in between takes its CPU time since
     * {@code start} with it (the server's threads are long-lived carriers and pools); one that started in between
     * counts whole.
     */
    static Spent between(Sample start, Sample end) {
        long server = 0;
        for (var thread : end.serverThreadNanos().entrySet()) {
            server += thread.getValue() - start.serverThreadNanos().getOrDefault(thread.getKey(), 0L);
        }
        return new Spent(server, end.databaseNanos() - start.databaseNanos());
    }

    /** The load generator's, the test's and the recorder's threads. */
    static boolean isClient(String threadName) {
        return threadName.startsWith(CLIENT_THREADS) || threadName.startsWith("HttpClient-") || threadName.equals("main")
                || threadName.startsWith("JFR") || threadName.startsWith("surefire-");
    }

    /** The postmaster's own and reaped children's time, plus its live children's (the connections' backends). */
    private long databaseNanos() {
        if (postmaster.isEmpty()) {
            return 0;
        }
        long ticks = ticks(postmaster.get(), true);
        ticks += ProcessHandle.of(postmaster.get()).map(p -> p.children().mapToLong(c -> ticks(c.pid(), false)).sum())
                .orElse(0L);
        return ticks * TICK_NANOS;
    }

    /** utime + stime (+ cutime + cstime) from /proc/PID/stat; 0 when the process is gone. */
    private static long ticks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name in parentheses may hold spaces: the fields start after the last ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withReapedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
