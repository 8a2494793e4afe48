package dev.kizuna.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accounting exports: an invoice with 10% and reduced 8% lines becomes one 売掛金 / 売上高 line per rate, tax rounded
 * down per rate; a payment becomes 普通預金 / 売掛金; each package's columns, in CP932 that reads back unchanged.
 */
class AccountingExportTest extends ApiTestBase {

    static final Charset CP932 = Charset.forName("windows-31j");

    private String manager;
    private String number;

    @BeforeEach
    void anInvoiceAndAPayment() throws Exception {
        manager = tokenFor(PermissionLevel.MANAGER);
        String company = JsonPath.read(mvc.perform(post(tokenFor(PermissionLevel.ADMIN), "/api/v1/companies",
                "{\"name\":\"株式会社髙﨑食品" + unique("") + "\",\"nameKana\":\"タカサキショクヒン\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        UUID order = UUID.randomUUID();
        number = "O-2030-" + order.toString().substring(0, 6);
        // 名刺 10% 33,333 yen and 菓子折り 8% 10,999 yen, invoiced on 2030-04-30; 20,000 yen paid on 2030-05-10.
        jdbc.sql("""
                insert into sales_order (id, number, company_id, title, ordered_on, subtotal, tax, invoice_amount,
                    invoiced_on, due_on) values (?, ?, ?, '名刺と贈答品', date '2030-04-20', 44332, 4212, 48544,
                    date '2030-04-30', date '2030-05-31')
                """).params(order, number, UUID.fromString(company)).update();
        jdbc.sql("""
                insert into order_line (order_id, position, description, quantity, unit, unit_price, tax_rate, amount)
                values (?, 1, '名刺印刷', 1, '式', 33333, 10, 33333), (?, 2, '菓子折り', 1, '箱', 10999, 8, 10999)
                """).params(order, order).update();
        jdbc.sql("insert into payment (id, order_id, received_on, amount, note) values (?, ?, date '2030-05-10', 20000, '一部入金')")
                .params(UUID.randomUUID(), order).update();
    }

    @Test
    void yayoiGetsOneJournalLinePerTaxRateWithoutAHeader() throws Exception {
        List<String> lines = lines("yayoi", "sales", "2030-04-01", "2030-04-30");
        assertThat(lines).hasSize(2);
        String[] ten = lines.getFirst().split(",", -1);
        assertThat(ten).hasSize(25);
        assertThat(ten[0]).isEqualTo("2000");
        assertThat(ten[3]).isEqualTo("2030/04/30");
        assertThat(ten[4]).isEqualTo("売掛金");
        assertThat(ten[5]).startsWith("株式会社髙﨑食品");
        assertThat(ten[8]).isEqualTo("36666"); // 33,333 + 3,333 (10%, rounded down)
        assertThat(ten[10]).isEqualTo("売上高");
        assertThat(ten[13]).isEqualTo("課税売上込10%");
        assertThat(ten[15]).isEqualTo("3333");
        String[] eight = lines.get(1).split(",", -1);
        assertThat(eight[13]).isEqualTo("課税売上込軽減8%");
        assertThat(eight[14]).isEqualTo("11878"); // 10,999 + 879 (8%, rounded down)
        assertThat(eight[15]).isEqualTo("879");
    }

    @Test
    void moneyForwardHasItsHeaderAndBalancedLinesSharingTheTransactionNumber() throws Exception {
        List<String> lines = lines("moneyforward", "sales", "2030-04-01", "2030-04-30");
        assertThat(lines.getFirst()).startsWith("取引No,取引日,借方勘定科目,借方補助科目,借方部門,借方取引先,借方税区分,借方インボイス,借方金額(円)");
        assertThat(lines.getFirst().split(",", -1)).hasSize(27);
        String[] ten = lines.get(1).split(",", -1);
        String[] eight = lines.get(2).split(",", -1);
        assertThat(ten[0]).isEqualTo(eight[0]);
        assertThat(ten[8]).isEqualTo(ten[16]).isEqualTo("36666");
        assertThat(ten[14]).isEqualTo("課税売上 10%");
        assertThat(eight[14]).isEqualTo("課税売上 (軽)8%");
        assertThat(eight[17]).isEqualTo("879");
    }

    @Test
    void freeeGetsIncomeTransactionsAndPaymentsSettleTheReceivable() throws Exception {
        List<String> sales = lines("freee", "sales", "2030-04-01", "2030-04-30");
        assertThat(sales.getFirst()).startsWith("収支区分,管理番号,発生日,決済期日,取引先,勘定科目,税区分,金額,税計算区分,税額");
        String[] ten = sales.get(1).split(",", -1);
        assertThat(ten).hasSize(17);
        assertThat(ten[0]).isEqualTo("収入");
        assertThat(ten[1]).isEqualTo(number);
        assertThat(ten[3]).isEqualTo("2030/05/31");
        assertThat(ten[6]).isEqualTo("課税売上10%");
        assertThat(sales.get(2).split(",", -1)[6]).isEqualTo("課税売上8%（軽）");
        List<String> payments = lines("freee", "payments", "2030-05-01", "2030-05-31");
        String[] paid = payments.get(1).split(",", -1);
        assertThat(paid[5]).isEqualTo("売掛金");
        assertThat(paid[7]).isEqualTo("20000");
        assertThat(paid[14]).isEqualTo("2030/05/10");
        assertThat(paid[15]).isEqualTo("普通預金");
        assertThat(paid[10]).contains("一部入金");
    }

    @Test
    void aCustomerNamedLikeAFormulaIsWrittenAsTextAndAmountsStayNumbers() throws Exception {
        // a name that arrived through the public inquiry form
        jdbc.sql("update company set name = ? where id = (select company_id from sales_order where number = ?)")
                .params("=cmd|' /C calc'!A0", number).update();
        jdbc.sql("update payment set note = '@SUM(1+1)' where order_id = (select id from sales_order where number = ?)")
                .param(number).update();
        String[] sale = lines("freee", "sales", "2030-04-01", "2030-04-30").get(1).split(",", -1);
        assertThat(sale[4]).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(sale[7]).isEqualTo("36666");
        String[] yayoi = lines("yayoi", "sales", "2030-04-01", "2030-04-30").getFirst().split(",", -1);
        assertThat(yayoi[5]).startsWith("'=cmd");
        String[] mf = lines("moneyforward", "payments", "2030-05-01", "2030-05-31").get(1).split(",", -1);
        assertThat(mf[5]).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(mf[8]).isEqualTo("20000");
        assertThat(mf[18]).as("the memo starts with the order number, so it is plain text").startsWith(number);
    }

    @Test
    void badRequestsNameTheFieldAndMembersMayNotExport() throws Exception {
        mvc.perform(get(manager, "/api/v1/exports/accounting?format=obic&kind=sales&since=2030-04-01&until=2030-04-30")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(get(manager, "/api/v1/exports/accounting?format=yayoi&kind=sales&since=2030-04-30&until=2030-04-01"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("until"));
        mvc.perform(get(tokenFor(PermissionLevel.MEMBER), "/api/v1/exports/accounting?format=yayoi&kind=sales&since=2030-04-01&until=2030-04-30"))
                .andExpect(status().isForbidden());
        mvc.perform(get(manager, "/api/v1/exports/accounting?format=yayoi&kind=sales&since=2030-04-01&until=2030-04-30"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("kizuna-yayoi-sales-2030-04-01_2030-04-30.csv")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsStringIgnoringCase(
                        "charset=windows-31j")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'export.accounting' and after_value->>'format' = 'yayoi'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aManagerDownloadsFromThePageSignedInWithoutAToken() throws Exception {
        var boss = accounts.create(PermissionLevel.MANAGER);
        jakarta.servlet.http.Cookie session = mvc.perform(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestBuilders.formLogin("/login").user("email", boss.email())
                        .password(boss.password())).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/exports/accounting")
                        .cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("弥生会計（弥生インポート形式）")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/exports/accounting")
                        .cookie(session).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("format", "yayoi").param("kind", "sales").param("since", "2030-04-30")
                        .param("until", "2030-04-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        String to = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/exports/accounting")
                        .cookie(session).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("format", "yayoi").param("kind", "sales").param("since", "2030-04-01")
                        .param("until", "2030-04-30"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        byte[] file = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(to)
                        .cookie(session)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(file, CP932)).contains(number).contains("課税売上込軽減8%");
    }

    private List<String> lines(String format, String kind, String since, String until) throws Exception {
        byte[] body = mvc.perform(get(manager, "/api/v1/exports/accounting?format=" + format + "&kind=" + kind
                        + "&since=" + since + "&until=" + until))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, CP932);
        assertThat(text).doesNotContain("?").contains("\r\n");
        // This test's own order (other tests' orders share the database): the header, then its lines.
        List<String> all = List.of(text.split("\r\n"));
        List<String> mine = new java.util.ArrayList<>();
        if (!"yayoi".equals(format)) {
            mine.add(all.getFirst());
        }
        all.stream().filter(l -> l.contains(number)).forEach(mine::add);
        return mine;
    }
}
