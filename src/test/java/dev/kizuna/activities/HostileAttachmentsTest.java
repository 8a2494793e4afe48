package dev.kizuna.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.KizunaProperties;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.files.FileStore;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.work.TaskAttachments;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Activity and task attachments are no longer taken at their word (issue 15): a program named invoice.pdf is refused
 * by its first bytes, names with control characters are refused and bidi controls taken out, nothing refused leaves a
 * file behind, and a file is shown in the browser only when its bytes are an image or a PDF — even one stored before.
 */
@Tag("hostile")
class HostileAttachmentsTest extends ApiTestBase {

    private static final byte[] PDF = "%PDF-1.4\n請求書\n%%EOF".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired
    KizunaProperties properties;
    @Autowired
    FileStore files;

    private String member;
    private String activity;
    private String task;

    @BeforeEach
    void fixture() throws Exception {
        member = tokenFor(PermissionLevel.MEMBER);
        String admin = tokenFor(PermissionLevel.ADMIN);
        String company = JsonPath.read(mvc.perform(post(member, "/api/v1/companies",
                "{\"name\":\"" + unique("添付攻撃") + "\",\"status\":\"customer\"}")).andReturn().getResponse()
                .getContentAsString(), "$.id");
        activity = JsonPath.read(mvc.perform(post(member, "/api/v1/activities",
                        "{\"companyId\":\"%s\",\"kind\":\"note\",\"details\":\"請求書\"}".formatted(company)))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String role = JsonPath.read(mvc.perform(post(admin, "/api/v1/roles", "{\"name\":\"" + unique("担当") + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String board = JsonPath.read(mvc.perform(post(admin, "/api/v1/boards", "{\"name\":\"" + unique("板")
                + "\",\"roleIds\":[\"" + role + "\"]}")).andReturn().getResponse().getContentAsString(), "$.id");
        task = JsonPath.read(mvc.perform(post(member, "/api/v1/tasks", "{\"title\":\"添付\",\"boardId\":\"" + board + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private org.springframework.test.web.servlet.ResultActions send(String path, String name, String type, byte[] bytes)
            throws Exception {
        return mvc.perform(multipart(path, path.contains("activities") ? activity : task)
                .file(new MockMultipartFile("file", name, type, bytes)).header("Authorization", "Bearer " + member)
                .header("Accept-Language", "en"));
    }

    @Test
    void aProgramNamedInvoicePdfAndNamesWithControlCharactersAreRefusedLeavingNothing() throws Exception {
        int before = storedFiles();
        for (String path : new String[] {"/api/v1/activities/{id}/attachments", "/api/v1/tasks/{id}/attachments"}) {
            String field = path.contains("activities") ? "attachments" : "file";
            send(path, "invoice.pdf", "application/pdf", EXE).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(field))
                    .andExpect(jsonPath("$.errors[0].code").value("FileContentMismatch"))
                    .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("PDF")));
            send(path, "photo.jpg", "image/jpeg", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].code").value("FileContentMismatch"));
            for (String name : new String[] {"a\u0000.pdf", "two\r\nlines.pdf", "bell\u0007.pdf"}) {
                send(path, name, "application/pdf", PDF).andExpect(status().isUnprocessableContent())
                        .andExpect(jsonPath("$.errors[0].field").value(field))
                        .andExpect(jsonPath("$.errors[0].code").value("FileNameControl"));
            }
        }
        send("/api/v1/tasks/{id}/attachments", "notes.txt", "text/plain", PNG).andExpect(status().isUnprocessableContent());
        assertThat(storedFiles()).isEqualTo(before);
        assertThatThrownBy(() -> Attachments.checkCount(Attachments.MAX_FILES + 1))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> TaskAttachments.checkCount(TaskAttachments.MAX_FILES + 1))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void bidiControlsAreTakenOutAndOnlyImagesAndPdfsOpenInTheBrowser() throws Exception {
        String added = send("/api/v1/activities/{id}/attachments", "invoice\u202Efdp.exe", "application/pdf", PDF)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.fileName").value("invoicefdp.exe"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(added, "$.id");
        mvc.perform(get(member, "/api/v1/attachments/{id}/content", id)).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string("Content-Disposition", Matchers.not(Matchers.containsString("%E2%80%AE"))));
        Cookie session = signIn();
        mvc.perform(MockMvcRequestBuilders.get("/attachments/{id}", id).cookie(session)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        // A PNG sent as a JPEG is kept as the PNG it is.
        send("/api/v1/activities/{id}/attachments", "card.jpg", "image/jpeg", PNG).andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"));

        // A program kept before uploads were sniffed, typed as a PDF, goes out as a download of unknown type.
        UUID legacy = UUID.randomUUID();
        String key = files.put(new java.io.ByteArrayInputStream(EXE));
        jdbc.sql("""
                insert into activity_attachment (id, activity_id, file_name, content_type, size_bytes, storage_key)
                values (?, ?, ?, 'application/pdf', ?, ?)""").params(legacy, UUID.fromString(activity),
                "invoice\u202Eexe.pdf", EXE.length, key).update();
        mvc.perform(MockMvcRequestBuilders.get("/attachments/{id}", legacy).cookie(session)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string("Content-Disposition", Matchers.not(Matchers.containsString("%E2%80%AE"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        // On tasks: a ZIP is a download, a PDF opens.
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        String zipId = JsonPath.read(send("/api/v1/tasks/{id}/attachments", "版下.zip", "application/zip", zip)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(MockMvcRequestBuilders.get("/task-attachments/{id}", zipId).cookie(session))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        String pdfId = JsonPath.read(send("/api/v1/tasks/{id}/attachments", "校正.pdf", "application/pdf", PDF)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(MockMvcRequestBuilders.get("/task-attachments/{id}", pdfId).cookie(session))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")));
    }

    private Cookie signIn() throws Exception {
        var account = accounts.create(PermissionLevel.MEMBER);
        return mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                        .formLogin("/login").user("email", account.email()).password(account.password()))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private int storedFiles() throws IOException {
        Path root = properties.dataDir().resolve("files");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return (int) all.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve(".cache"))).count();
        }
    }
}
