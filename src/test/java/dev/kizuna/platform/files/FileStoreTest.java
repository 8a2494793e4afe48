package dev.kizuna.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.kizuna.platform.KizunaProperties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store keeps what it is given and gives it back, on disk and in an S3-compatible bucket. The bucket is
 * moto's S3 server on loopback ({@code moto_server}, from Python's moto package); where that is not installed the
 * S3 test is skipped and says so.
 */
class FileStoreTest {

    private static final byte[] PDF = "%PDF-1.4 見積書 株式会社さくら精機 御中".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;

    @Test
    void onDiskAFileIsKeptUnderTheDataDirectoryReadBackAndDeleted() throws IOException {
        FileStore store = new FileStore(properties(), new S3Settings(null, null, "ap-northeast-1", null, null, true, "kizuna/"));
        String key = store.put(new ByteArrayInputStream(PDF));

        assertThat(key).matches("\\d{4}/\\d{2}/[0-9a-f-]{36}");
        assertThat(dataDir.resolve("files").resolve(key)).hasBinaryContent(PDF);
        assertThat(store.path(key)).isEqualTo(dataDir.resolve("files").resolve(key));
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(Files.list(dataDir.resolve("files/.incoming"))).as("no temporary file left behind").isEmpty();
        store.delete(key);
        assertThat(dataDir.resolve("files").resolve(key)).doesNotExist();
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inAnS3CompatibleBucketAFileIsKeptUnderThePrefixReadBackAndDeleted() throws Exception {
        Optional<List<String>> moto = motoServer();
        Assumptions.assumeTrue(moto.isPresent(), "moto_server (Python moto) is not installed: S3 storage not exercised");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>(moto.get());
        command.addAll(List.of("-H", "127.0.0.1", "-p", String.valueOf(port)));
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("moto.log").toFile()).start();
        try {
            String endpoint = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newHttpClient();
            awaitUp(http, endpoint);
            // A bucket as an administrator would create it beforehand.
            assertThat(http.send(HttpRequest.newBuilder(URI.create(endpoint + "/kizuna-files"))
                    .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .isEqualTo(200);

            FileStore store = new FileStore(properties(),
                    new S3Settings("kizuna-files", endpoint, "ap-northeast-1", "test", "test", true, "kizuna/"));
            String key = store.put(new ByteArrayInputStream(PDF));
            try (InputStream in = store.open(key)) {
                assertThat(in.readAllBytes()).isEqualTo(PDF);
            }
            assertThat(dataDir.resolve("files").resolve(key)).as("nothing on disk").doesNotExist();
            assertThat(store.path(key)).as("a local copy for random access").hasBinaryContent(PDF)
                    .startsWith(dataDir.resolve("files/.cache"));
            String listing = http.send(HttpRequest.newBuilder(URI.create(endpoint + "/kizuna-files?list-type=2")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(listing).contains("<Key>kizuna/" + key + "</Key>");

            store.delete(key);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(endpoint + "/kizuna-files?list-type=2")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).doesNotContain(key);
            store.destroy();
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private KizunaProperties properties() {
        return new KizunaProperties(dataDir, false, new KizunaProperties.Admin(null, null),
                new KizunaProperties.Security(null, new KizunaProperties.LoginThrottle(5, Duration.ofMinutes(15))));
    }

    private static void awaitUp(HttpClient http, String endpoint) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(endpoint + "/")).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("moto_server did not start on " + endpoint);
    }

    /** The command that starts moto's server, if this machine has one. */
    private static Optional<List<String>> motoServer() {
        for (String dir : (System.getenv("PATH") + java.io.File.pathSeparator + "/root/.pyenv/shims").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "moto_server");
            if (Files.isExecutable(candidate)) {
                return Optional.of(List.of(candidate.toString()));
            }
        }
        return Optional.empty();
    }
}
