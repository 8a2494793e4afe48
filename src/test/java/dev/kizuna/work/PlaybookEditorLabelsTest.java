package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.regex.Pattern;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every field of the playbook editor has a name a screen reader says: the issue-24 sweep counted 41 step fields whose
 * visible label was not tied to them (hidden kinds' fields included, since a change of kind shows them).
 */
class PlaybookEditorLabelsTest extends ApiTestBase {

    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern FOR = Pattern.compile("<label[^>]*\\bfor=\"([^\"]+)\"");

    @Test
    void everyFieldOfANewPlaybookIsLabelled() throws Exception {
        var manager = accounts.create(PermissionLevel.MANAGER);
        var session = mvc.perform(formLogin("/login").user("email", manager.email()).password(manager.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        String html = mvc.perform(MockMvcRequestBuilders.get("/playbooks/new").cookie(session))
                .andReturn().getResponse().getContentAsString();
        var labelled = new HashSet<String>();
        FOR.matcher(html).results().forEach(m -> labelled.add(m.group(1)));
        var unlabelled = new ArrayList<String>();
        var controls = CONTROL.matcher(html);
        int count = 0;
        while (controls.find()) {
            String attributes = controls.group(2);
            if (attributes.contains("type=\"hidden\"") || attributes.contains("aria-label=")) {
                count++;
                continue;
            }
            count++;
            var id = ID.matcher(attributes);
            if (!id.find() || !labelled.contains(id.group(1))) {
                unlabelled.add(controls.group());
            }
        }
        assertThat(count).as("fields on the page").isGreaterThan(20);
        assertThat(unlabelled).isEmpty();
    }
}
