package dev.kizuna.dataio;

import static dev.kizuna.support.HostileFiles.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.KizunaProperties;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.HostileFiles;
import dev.kizuna.support.ZipBombs;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The import upload against files made to exhaust memory or break the reader (issue 15): each is refused with 422
 * problem+json naming the file field and the rule, in the caller's language, and leaves no stored file and no import
 * behind — and the same application, in the 256 MB heap the {@code hostile} surefire run gives it, then imports a
 * normal file. Every file is made here, small on disk.
 */
@Tag("hostile")
class HostileImportFilesTest extends ApiTestBase {

    @TempDir
    Path dir;
    @Autowired
    KizunaProperties properties;

    private static final String HEADER = "<row r=\"1\">" + cell("A1", "会社名") + "</row>";

    @Test
    void hostileWorkbooksAreRefusedNamingTheLimitAndLeaveNothingBehind() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        // 1.5 KB: one cell at column ZZZZZZ, which the old reader padded its row out to
        refused(member, HostileFiles.xlsx(dir.resolve("zzzzzz.xlsx"),
                w -> w.write(HEADER + "<row r=\"2\">" + cell("ZZZZZZ2", "x") + "</row>"), null), "ImportColumns")
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("XFD")));
        // a few MB: shared strings that unpack to 1.5 GB
        Path sharedBomb = ZipBombs.xlsx(dir.resolve("shared.xlsx"),
                ZipBombs.Part.of(ZipBombs.sheetHead() + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                        + ZipBombs.sheetTail()),
                new ZipBombs.Part("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats"
                        + ".org/spreadsheetml/2006/main\">", "<si><t>" + "あ".repeat(30) + "</t></si>", 1536, "</sst>"));
        assertThat(Files.size(sharedBomb)).isLessThan(8L << 20); // 1,536 MB unpacked
        refused(member, sharedBomb, "ImportPartSize", "ImportPackedTight");
        // 0.7 MB: one cell of 700 MB
        refused(member, ZipBombs.xlsx(dir.resolve("cell.xlsx"), new ZipBombs.Part(ZipBombs.sheetHead() + HEADER
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>", "a", 700, "</t></is></c></row>"
                + ZipBombs.sheetTail()), null), "ImportCellLength", "ImportPackedTight");
        // a long cell that is no bomb: Excel's own 32,767 characters a cell
        refused(member, HostileFiles.xlsx(dir.resolve("long.xlsx"), w -> w.write(HEADER + "<row r=\"2\">"
                + cell("A2", HostileFiles.noise(40_000, 7)) + "</row>"), null), "ImportCellLength")
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("32,767")));
        // row numbers that are not numbers, or past Excel's last row
        for (String r : List.of("abc", "0", "2000000")) {
            refused(member, HostileFiles.xlsx(dir.resolve("row-" + r + ".xlsx"), w -> w.write(HEADER + "<row r=\"" + r
                    + "\">" + cell("A2", "x") + "</row>"), null), "ImportRowNumber");
        }
        // a zip of two thousand parts
        java.util.Map<String, ZipBombs.Part> parts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 2_000; i++) {
            parts.put("xl/media/p" + i + ".xml", ZipBombs.Part.of("<x/>"));
        }
        refused(member, ZipBombs.zip(dir.resolve("parts.xlsx"), parts), "ImportZipEntries");
        // an attribute of 50 MB, which a parser would buffer whole
        refused(member, ZipBombs.xlsx(dir.resolve("attr.xlsx"), new ZipBombs.Part(ZipBombs.sheetHead()
                + "<row r=\"1\" spans=\"", "y", 50, "\">" + cell("A1", "x") + "</row>" + ZipBombs.sheetTail()), null),
                "ImportMarkupSize", "ImportPackedTight");

        // the import page says the same in the reader's language, and keeps nothing either
        var account = accounts.create(PermissionLevel.MEMBER);
        jdbc.sql("update app_user set locale = 'ja' where id = ?").param(account.id()).update();
        jakarta.servlet.http.Cookie session = mvc.perform(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestBuilders.formLogin("/login").user("email", account.email())
                        .password(account.password())).andReturn().getResponse().getCookie("SESSION");
        int before = storedFiles();
        mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "page.xlsx", "application/octet-stream",
                        Files.readAllBytes(dir.resolve("zzzzzz.xlsx")))).cookie(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("最終列 XFD を超えるセル")));
        assertThat(storedFiles()).isEqualTo(before);

        normalImportStillWorks(member);
    }

    @Test
    void hostileCsvFilesAreRefusedWithoutHoldingTheirLines() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        byte[] header = "会社名,電話\r\n".getBytes(StandardCharsets.UTF_8);
        // a 100 MB line
        refused(member, HostileFiles.streamed("file", "line.csv", "text/csv", header.length + (100L << 20),
                () -> HostileFiles.generated(header, header.length + (100L << 20), (byte) 'x')), "ImportCellLength");
        // five million columns
        refused(member, HostileFiles.streamed("file", "columns.csv", "text/csv", header.length + 5_000_000L,
                () -> HostileFiles.generated(header, header.length + 5_000_000L, (byte) ',')), "ImportColumns")
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("16,384")));
        // the same in the header, with the message in Japanese
        refusedIn("ja", member, HostileFiles.streamed("file", "wide.csv", "text/csv", 3_000_000L,
                () -> HostileFiles.generated(new byte[0], 3_000_000L, (byte) ',')), "ImportColumns")
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("XFD")))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("列")));
        normalImportStillWorks(member);
    }

    @Test
    void uploadNamesWithControlCharactersAreRefusedAndBidiControlsTakenOut() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        byte[] csv = ("会社名\r\n" + unique("名前テスト") + "\r\n").getBytes(StandardCharsets.UTF_8);
        int before = storedFiles();
        for (String name : List.of("a\u0000.csv", "line\nbreak.csv", "del\u007F.csv")) {
            mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", name, "text/csv", csv))
                            .header("Authorization", "Bearer " + member))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("file"))
                    .andExpect(jsonPath("$.errors[0].code").value("FileNameControl"));
        }
        mvc.perform(post(member, "/api/v1/imports", "").param("fileName", "raw\u0000.csv").contentType("text/csv")
                        .content(csv))
                .andExpect(status().is4xxClientError()) // the parameter check (400) or the name rule (422)
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(storedFiles()).isEqualTo(before);
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "customers\u202Evsc.exe", "text/csv",
                        csv)).header("Authorization", "Bearer " + member))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.fileName").value("customersvsc.exe"));
    }

    private ResultActions refused(String token, Path file, String... rules) throws Exception {
        return refused(token, new MockMultipartFile("file", file.getFileName().toString(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Files.readAllBytes(file)), rules);
    }

    private ResultActions refused(String token, MockMultipartFile file, String... rules) throws Exception {
        return refusedIn("en", token, file, rules);
    }

    private ResultActions refusedIn(String language, String token, MockMultipartFile file, String... rules)
            throws Exception {
        int before = storedFiles();
        long imports = importsNamed(file.getOriginalFilename());
        ResultActions result = mvc.perform(multipart("/api/v1/imports").file(file)
                        .header("Authorization", "Bearer " + token).header("Accept-Language", language))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value(Matchers.in(rules)));
        assertThat(storedFiles()).as("files left behind by %s", file.getOriginalFilename()).isEqualTo(before);
        assertThat(importsNamed(file.getOriginalFilename())).isEqualTo(imports);
        return result;
    }

    private long importsNamed(String name) {
        return jdbc.sql("select count(*) from data_import where file_name = ?").param(name).query(Long.class).single();
    }

    /** Files in the store, the upload area included: what a refused upload must not add to. */
    private int storedFiles() throws IOException {
        Path root = properties.dataDir().resolve("files");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return (int) all.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve(".cache"))).count();
        }
    }

    private void normalImportStillWorks(String token) throws Exception {
        String name = unique("通常取込");
        // a phone of its own: a customer with another's phone would be skipped as a look-alike
        String phone = "03-%04d-%04d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000),
                java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000));
        byte[] csv = ("会社名,電話番号\r\n株式会社" + name + "," + phone + "\r\n").getBytes(StandardCharsets.UTF_8);
        String body = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", name + ".csv",
                        "text/csv", csv)).header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(body, "$.id");
        mvc.perform(post(token, "/api/v1/imports/" + id + "/start", "")).andExpect(status().isAccepted());
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String now = mvc.perform(get(token, "/api/v1/imports/" + id)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            if ("done".equals(JsonPath.read(now, "$.status"))) {
                assertThat((Integer) JsonPath.read(now, "$.counts.created")).isEqualTo(1);
                return;
            }
            assertThat((String) JsonPath.read(now, "$.status")).isNotEqualTo("failed");
            assertThat(System.nanoTime()).as("import never finished: %s", now).isLessThan(end);
            Thread.sleep(100);
        }
    }

}
