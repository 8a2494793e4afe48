package dev.kizuna.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /api/v1/reports: a manager's report of order amounts by month and rep as a stacked bar, the records behind one
 * bar, saved and shared; and definitions that cannot be run answered 422 naming the part at fault.
 */
class ReportsApiTest extends ApiTestBase {

    private String manager;
    private String customer;
    private TestAccounts.Account nakano;
    private TestAccounts.Account matsuo;
    private UUID company;

    @BeforeEach
    void orders() {
        manager = tokenFor(PermissionLevel.MANAGER);
        customer = unique("株式会社集計");
        nakano = accounts.create(PermissionLevel.MEMBER);
        matsuo = accounts.create(PermissionLevel.MEMBER);
        jdbc.sql("update app_user set display_name = ? where id = ?").params(unique("中野 由美"), nakano.id()).update();
        jdbc.sql("update app_user set display_name = ? where id = ?").params(unique("松尾 健太"), matsuo.id()).update();
        company = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, status) values (?, 'company', ?, 'customer')").params(company, customer)
                .update();
        order(nakano, "2026-10-05", 100_000);
        order(nakano, "2026-11-10", 200_000);
        order(nakano, "2026-11-20", 50_000);
        order(matsuo, "2026-11-15", 80_000);
    }

    private void order(TestAccounts.Account owner, String on, long amount) {
        jdbc.sql("""
                insert into sales_order (id, number, company_id, owner_id, title, ordered_on, invoice_amount)
                values (?, ?, ?, ?, '名刺', ?, ?)""")
                .params(UUID.randomUUID(), unique("SO-R"), company, owner.id(), LocalDate.parse(on), amount).update();
    }

    private String definition(String groupBy) {
        return """
                {"source":"orders","measure":{"function":"sum","field":"invoiceAmount"},"groupBy":"%s",
                 "period":{"field":"orderedOn"},"chart":"stacked",
                 "filters":[{"field":"customer","op":"eq","value":"%s"}]}""".formatted(groupBy, customer);
    }

    @Test
    void amountsByMonthAndRepAsAStackedBarAndTheRecordsBehindOneBar() throws Exception {
        String result = mvc.perform(post(manager, "/api/v1/reports/run", definition("owner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(result, "$.labels")).containsExactly("2026-10", "2026-11");
        String nakanoName = jdbc.sql("select display_name from app_user where id = ?").param(nakano.id()).query(String.class).single();
        List<Number> nakanoSeries = JsonPath.read(result, "$.series[?(@.name == '" + nakanoName + "')].values[*]");
        assertThat(nakanoSeries).extracting(Number::longValue).containsExactly(100_000L, 250_000L);
        assertThat(JsonPath.<String>read(result, "$.chart")).isEqualTo("stacked");

        String drill = """
                {"definition":%s,"group":"%s","month":"2026-11"}""".formatted(definition("owner"), nakanoName);
        mvc.perform(post(manager, "/api/v1/reports/records", drill)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].value").value(200000))
                .andExpect(jsonPath("$.items[0].href").value(org.hamcrest.Matchers.startsWith("/orders/")));
    }

    @Test
    void aSavedSharedReportRunsForOthersAndOnlyItsOwnerDeletesIt() throws Exception {
        String saved = mvc.perform(post(manager, "/api/v1/reports", "{\"name\":\"月別・顧客別の受注額\",\"shared\":true,"
                        + "\"definition\":" + definition("customer") + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(saved, "$.id");
        String member = tokenFor(PermissionLevel.MEMBER);
        mvc.perform(get(member, "/api/v1/reports")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].name").value(org.hamcrest.Matchers.contains("月別・顧客別の受注額")));
        mvc.perform(get(member, "/api/v1/reports/" + id + "/run")).andExpect(status().isOk())
                .andExpect(jsonPath("$.labels[1]").value("2026-11"));
        mvc.perform(delete(member, "/api/v1/reports/" + id)).andExpect(status().isForbidden());
        mvc.perform(delete(manager, "/api/v1/reports/" + id)).andExpect(status().isNoContent());
        mvc.perform(get(manager, "/api/v1/reports/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void definitionsThatCannotRunAreNamed() throws Exception {
        mvc.perform(post(manager, "/api/v1/reports/run", """
                {"source":"deals","measure":{"function":"count"},"groupBy":"shoeSize"}""").header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("groupBy"))
                .andExpect(jsonPath("$.errors[0].code").value("ReportUnknownField"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("shoeSize")));
        mvc.perform(post(manager, "/api/v1/reports/run", """
                {"source":"deals","measure":{"function":"sum","field":"stage"}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("measure.field"))
                .andExpect(jsonPath("$.errors[0].code").value("ReportNotNumber"));
        mvc.perform(post(manager, "/api/v1/reports/run", """
                {"source":"deals","filters":[{"field":"status","op":"eq","value":"won"},{"field":"nope","op":"eq","value":"x"}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("filters[1].field"));
        // figures per person are for managers: a member may not group by owner, but may group by stage
        String member = tokenFor(PermissionLevel.MEMBER);
        mvc.perform(post(member, "/api/v1/reports/run", definition("owner")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("groupBy"))
                .andExpect(jsonPath("$.errors[0].code").value("ReportFieldNotVisible"));
        mvc.perform(post(member, "/api/v1/reports/run", """
                {"source":"deals","groupBy":"stage","chart":"bar"}""")).andExpect(status().isOk());
        mvc.perform(post(manager, "/api/v1/reports/run", "{\"source\":\"horoscopes\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("source"));
    }
}
