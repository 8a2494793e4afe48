package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/**
 * Customer text is stored as the person typed it (㈱ stays ㈱, ① stays ①, 﨑 stays 﨑, full-width letters stay);
 * only search keys and duplicate checks fold it, so (株)さくら still finds ㈱さくら and the other way round.
 */
class CustomerTextTest extends ApiTestBase {

    @Test
    void namesAndAddressesComeBackAsTheyWentIn() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String suffix = unique("");
        String name = "㈱さくら①精機﨑ＡＢＣ" + suffix;
        String json = mvc.perform(post(member, "/api/v1/companies", """
                        {"name":"%s","street":"栄三丁目１番１号","building":"シャチホコビル５階","representative":"髙橋　一郎",
                         "industry":"Ⅲ類"}""".formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(json, "$.name")).isEqualTo(name);
        assertThat((String) JsonPath.read(json, "$.street")).isEqualTo("栄三丁目１番１号");
        assertThat((String) JsonPath.read(json, "$.building")).isEqualTo("シャチホコビル５階");
        assertThat((String) JsonPath.read(json, "$.representative")).isEqualTo("髙橋　一郎");
        assertThat((String) JsonPath.read(json, "$.industry")).isEqualTo("Ⅲ類");
        String company = JsonPath.read(json, "$.id");
        String contact = mvc.perform(post(member, "/api/v1/contacts", """
                        {"companyId":"%s","name":"﨑山　花子①","department":"営業（第２）"}""".formatted(company)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(contact, "$.name")).isEqualTo("﨑山　花子①");
        assertThat((String) JsonPath.read(contact, "$.department")).isEqualTo("営業（第２）");
    }

    @Test
    void searchFindsEitherSpellingOfTheSameName() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String suffix = unique("").substring(1);
        String circled = "㈱さくら" + suffix;
        String bracketed = "(株)もみじ" + suffix;
        for (String name : List.of(circled, bracketed)) {
            mvc.perform(post(member, "/api/v1/companies", "{\"name\":\"" + name + "\"}")).andExpect(status().isCreated());
        }
        assertThat(names("(株)さくら" + suffix)).containsExactly(circled);
        assertThat(names("㈱もみじ" + suffix)).containsExactly(bracketed);
        // the duplicate check folds too: typing (株)さくら… is warned about ㈱さくら…
        mvc.perform(post(member, "/api/v1/companies/duplicate-candidates", "{\"name\":\"(株)さくら" + suffix + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].name").value(
                        org.hamcrest.Matchers.hasItem(circled)));
    }

    private List<String> names(String q) throws Exception {
        String body = mvc.perform(get(tokenFor(PermissionLevel.VIEWER), "/api/v1/companies").param("q", q))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.items[*].name");
    }
}
