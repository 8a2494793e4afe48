package dev.kizuna.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The Idempotency-Key filter reads a bounded amount: a body past the cap (10 MB) gets 413 after at most one buffer
 * past it, a declared length past it gets 413 before a byte is read, and a viewer's write is refused before the body
 * is touched. A replay answers with the first answer's ETag and Location.
 */
class IdempotencyLimitsTest extends ApiTestBase {

    private static final long CAP = 10L * 1024 * 1024;

    @Test
    void aStreamedBodyPastTheCapIsRefusedWithoutReadingTheRest() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        EndlessJson body = new EndlessJson(600L * 1024 * 1024);
        mvc.perform(new LazyPost("/api/v1/companies", body, -1).header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().is(413))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("urn:kizuna:problem:body-too-large"));
        assertThat(body.served.get()).isGreaterThan(CAP).isLessThan(CAP + 64 * 1024);
    }

    @Test
    void aDeclaredLengthPastTheCapIsRefusedBeforeReading() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        EndlessJson body = new EndlessJson(600L * 1024 * 1024);
        mvc.perform(new LazyPost("/api/v1/companies", body, 600L * 1024 * 1024).header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().is(413));
        assertThat(body.served.get()).isZero();
    }

    @Test
    void aViewersWriteIsRefusedBeforeTheBodyIsRead() throws Exception {
        String token = tokenFor(PermissionLevel.VIEWER);
        EndlessJson body = new EndlessJson(600L * 1024 * 1024);
        mvc.perform(new LazyPost("/api/v1/companies", body, -1).header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kizuna:problem:forbidden"));
        assertThat(body.served.get()).isZero();
    }

    @Test
    void aReplayKeepsETagAndLocation() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String key = UUID.randomUUID().toString();
        String json = "{\"name\":\"" + unique("冪等商事") + "\",\"status\":\"prospect\"}";
        MvcResult first = mvc.perform(post(token, "/api/v1/companies", json).header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn();
        String location = first.getResponse().getHeader("Location");
        String etag = first.getResponse().getHeader("ETag");
        assertThat(location).startsWith("/api/v1/companies/");
        assertThat(etag).isNotBlank();
        mvc.perform(post(token, "/api/v1/companies", json).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", location))
                .andExpect(header().string("ETag", etag))
                .andExpect(jsonPath("$.id").value(location.substring(location.lastIndexOf('/') + 1)));
    }

    @Test
    void aBodyUnderTheCapStillWorksAndAnotherBodyUnderTheSameKeyIsAConflict() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String key = UUID.randomUUID().toString();
        String padded = "{\"name\":\"" + unique("大本文商事") + "\"," + " ".repeat(600_000)
                + "\"status\":\"prospect\"}"; // ~600 KB: spooled to a temp file, read back by the controller
        mvc.perform(post(token, "/api/v1/companies", padded).header("Idempotency-Key", key))
                .andExpect(status().isCreated());
        mvc.perform(post(token, "/api/v1/companies", "{\"name\":\"別\"}").header("Idempotency-Key", key))
                .andExpect(status().isConflict());
    }

    /** {"name":"aaaa… for as long as asked, made as it is read (never held in memory), counting what was served. */
    static final class EndlessJson extends InputStream {
        final AtomicLong served = new AtomicLong();
        private final long length;

        EndlessJson(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long left = length - served.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            for (int i = 0; i < n; i++) {
                long at = served.get() + i;
                b[off + i] = at < 9 ? (byte) "{\"name\":\"".charAt((int) at) : (byte) 'a';
            }
            served.addAndGet(n);
            return n;
        }
    }

    /** A POST whose body comes from a stream (and, when not -1, declares a length), as a client streams it. */
    static final class LazyPost extends AbstractMockHttpServletRequestBuilder<LazyPost> {
        private final InputStream body;
        private final long declared;

        LazyPost(String path, InputStream body, long declared) {
            super(HttpMethod.POST);
            uri(path);
            contentType("application/json");
            this.body = body;
            this.declared = declared;
        }

        @Override
        protected MockHttpServletRequest createServletRequest(ServletContext context) {
            return new MockHttpServletRequest(context) {
                @Override
                public ServletInputStream getInputStream() {
                    return new DelegatingServletInputStream(body);
                }

                @Override
                public long getContentLengthLong() {
                    return declared;
                }

                @Override
                public int getContentLength() {
                    return declared > Integer.MAX_VALUE ? -1 : (int) declared;
                }
            };
        }
    }
}
