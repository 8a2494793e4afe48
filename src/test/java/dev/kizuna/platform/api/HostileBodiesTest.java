package dev.kizuna.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.api.IdempotencyLimitsTest.EndlessJson;
import dev.kizuna.platform.api.IdempotencyLimitsTest.LazyPost;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's 600 MB POST, in the 256 MB heap of the {@code hostile} surefire run: streamed with and without an
 * Idempotency-Key, by a member and by a viewer, it is refused with a 4xx problem+json after reading a bounded part of
 * it — and the same instance then answers the next ordinary request normally. (Before the fix the filter read the
 * whole body into memory and the instance died with OutOfMemoryError.)
 */
@Tag("hostile")
class HostileBodiesTest extends ApiTestBase {

    private static final long BODY = 600L * 1024 * 1024;
    private static final long BOUND = 11L * 1024 * 1024;

    @Test
    void sixHundredMegabytePostsAreRefusedAndTheNextRequestIsServed() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String viewer = tokenFor(PermissionLevel.VIEWER);
        for (String token : new String[] {member, viewer}) {
            for (boolean withKey : new boolean[] {true, false}) {
                EndlessJson body = new EndlessJson(BODY);
                LazyPost request = new LazyPost("/api/v1/companies", body, -1).header("Authorization", "Bearer " + token);
                if (withKey) {
                    request.header("Idempotency-Key", UUID.randomUUID().toString());
                }
                mvc.perform(request).andExpect(status().is4xxClientError())
                        .andExpect(header().string("Content-Type",
                                org.hamcrest.Matchers.startsWith("application/problem+json")));
                assertThat(body.served.get()).as("bytes read, key=%s", withKey).isLessThan(BOUND);
            }
        }
        mvc.perform(post(member, "/api/v1/companies",
                        "{\"name\":\"" + unique("大容量後商事") + "\",\"status\":\"prospect\"}"))
                .andExpect(status().isCreated());
    }
}
