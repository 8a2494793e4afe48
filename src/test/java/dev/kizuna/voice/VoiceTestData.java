package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Customers, contacts and boards for the voice tests, made through the API as a test would by hand. */
final class VoiceTestData {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final String token;

    VoiceTestData(MockMvc mvc, JdbcClient jdbc, String token) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.token = token;
    }

    String post(String path, String json) throws Exception {
        MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization",
                "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        assertThat(r.getStatus()).as(path + " " + r.getContentAsString()).isBetween(200, 201);
        return r.getContentAsString();
    }

    String id(String path, String json) throws Exception {
        return JsonPath.read(post(path, json), "$.id");
    }

    String company(String name, String ownerId, boolean emailOptIn) throws Exception {
        return id("/api/v1/companies", "{\"name\":\"" + name + "-" + java.util.UUID.randomUUID().toString()
                .substring(0, 6) + "\",\"nameKana\":\"テスト\",\"ownerId\":" + (ownerId == null ? "null" : "\""
                + ownerId + "\"") + ",\"emailOptIn\":" + emailOptIn + "}");
    }

    String contact(String companyId, String name, String email) throws Exception {
        return id("/api/v1/contacts", "{\"companyId\":\"" + companyId + "\",\"name\":\"" + name + "\",\"email\":"
                + (email == null ? "null" : "\"" + email + "\"") + "}");
    }

    /** Seed 000's 改善要求 board, made when this database has none yet. */
    String feedbackBoard() throws Exception {
        var existing = jdbc.sql("select id::text from board where name = ?").param(LoopClosing.BOARD)
                .query(String.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        return id("/api/v1/boards", "{\"name\":\"" + LoopClosing.BOARD + "\"}");
    }

    String option(String kind, String name) {
        return jdbc.sql("select id::text from activity_option where kind = ? and name = ?").params(kind, name)
                .query(String.class).single();
    }
}
