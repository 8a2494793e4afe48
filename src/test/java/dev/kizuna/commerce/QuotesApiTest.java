package dev.kizuna.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Quotes through /api/v1: pricing and tax per rate, numbering, the PDF, editing, acceptance and revisions. */
class QuotesApiTest extends CommerceApiTestBase {

    /** A quote of 3 boxes of cards (10%) and 3 boxes of sweets (8%, reduced rate), issued 2026-11-24. */
    private String quoteOfCardsAndSweets(String deal) throws Exception {
        String cards = product(unique("BC"), 3_000, 10);
        return CommerceFixture.post(mvc, member, "/api/v1/quotes", "{\"dealId\":\"" + deal + "\",\"title\":\"名刺と焼き菓子\","
                + "\"issuedOn\":\"2026-11-24\",\"lines\":[{\"productId\":\"" + cards + "\",\"quantity\":3},"
                + "{\"description\":\"焼き菓子\",\"quantity\":3,\"unitPrice\":1199,\"taxRate\":8}]}");
    }

    private String newDeal() throws Exception {
        return fx.deal(mvc, member, "名刺・封筒の年間契約", 500_000);
    }

    /** A quote of the deal, accepted (so at version 1); returns its id. */
    private String acceptedQuote(String deal) throws Exception {
        String id = JsonPath.read(quoteOfCardsAndSweets(deal), "$.id");
        mvc.perform(post(member, "/api/v1/quotes/{id}/accept", "{\"version\":0}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("accepted"));
        return id;
    }

    @Test
    void aQuoteIsPricedLineByLineAndTaxedPerRateWithTheReducedRateRoundedDown() throws Exception {
        String quote = quoteOfCardsAndSweets(newDeal());
        assertThat((String) JsonPath.read(quote, "$.number")).matches("Q-2026-\\d{6}");
        assertThat((Integer) JsonPath.read(quote, "$.revision")).isEqualTo(1);
        assertThat((String) JsonPath.read(quote, "$.validUntil")).isEqualTo("2026-12-24");
        assertThat((Integer) JsonPath.read(quote, "$.lines[0].amount.amount")).isEqualTo(9_000);
        assertThat((String) JsonPath.read(quote, "$.lines[0].description")).isEqualTo("名刺印刷 100枚");
        // 10%: 9,000 → 900; 8%: 3,597 → 287.76, rounded down to 287.
        assertThat((Integer) JsonPath.read(quote, "$.totals.rates[1].tax.amount")).isEqualTo(287);
        assertThat((Integer) JsonPath.read(quote, "$.totals.total.amount")).isEqualTo(9_000 + 900 + 3_597 + 287);
    }

    @Test
    void quotesAreNumberedOneAfterAnother() throws Exception {
        String deal = newDeal();
        String number = JsonPath.read(quoteOfCardsAndSweets(deal), "$.number");
        String next = CommerceFixture.post(mvc, member, "/api/v1/quotes", "{\"dealId\":\"" + deal
                + "\",\"title\":\"別案\",\"issuedOn\":\"2026-11-24\",\"lines\":[{\"description\":\"封筒\",\"unitPrice\":8500,\"taxRate\":10}]}");
        int n = Integer.parseInt(number.substring(7));
        assertThat((String) JsonPath.read(next, "$.number")).isEqualTo("Q-2026-%06d".formatted(n + 1));
    }

    @Test
    void aQuoteWithoutTitleOrLinesIsRefusedNamingBoth() throws Exception {
        mvc.perform(post(member, "/api/v1/quotes", "{\"dealId\":\"" + newDeal() + "\",\"title\":\"\",\"lines\":[]}")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'lines')].message").value("明細を1行以上入力してください（商品、または品名と単価）。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].code").value("NotBlank"));
    }

    @Test
    void aQuoteIsPrintedAsAJapanesePdfWithItsNumberAndTaxPerRate() throws Exception {
        String quote = quoteOfCardsAndSweets(newDeal());
        String number = JsonPath.read(quote, "$.number");
        byte[] pdf = mvc.perform(get(member, "/api/v1/quotes/" + JsonPath.read(quote, "$.id") + ".pdf"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll(" +", " ");
            assertThat(text).contains("御 見 積 書", number, "御中", "名刺印刷 100枚", "焼き菓子 ※", "8%対象（軽減） ¥3,597",
                    "消費税 ¥287");
        }
    }

    @Test
    void aDraftIsEditedAtItsVersionAndAStaleEditIsRefused() throws Exception {
        String id = JsonPath.read(quoteOfCardsAndSweets(newDeal()), "$.id");
        mvc.perform(patch(member, "/api/v1/quotes/{id}", "{\"version\":0,\"notes\":\"納期：5営業日\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notes").value("納期：5営業日"));
        mvc.perform(patch(member, "/api/v1/quotes/{id}", "{\"version\":0,\"notes\":\"古い版から\"}", id))
                .andExpect(status().isConflict());
    }

    @Test
    void anAcceptedQuoteIsNoLongerEdited() throws Exception {
        String id = acceptedQuote(newDeal());
        mvc.perform(patch(member, "/api/v1/quotes/{id}", "{\"version\":1,\"notes\":\"承認後\"}", id))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].code").value("QuoteNotDraft"));
    }

    @Test
    void aRevisionKeepsTheNumberAndSupersedesTheQuoteWhichIsNotRevisedTwice() throws Exception {
        String deal = newDeal();
        String id = acceptedQuote(deal);
        String number = JsonPath.read(body(get(member, "/api/v1/quotes/{id}", id)), "$.number");
        String revision = body(post(member, "/api/v1/quotes/{id}/revisions", "{\"version\":1}", id));
        assertThat((String) JsonPath.read(revision, "$.number")).isEqualTo(number);
        assertThat((Integer) JsonPath.read(revision, "$.revision")).isEqualTo(2);
        assertThat((String) JsonPath.read(revision, "$.label")).isEqualTo(number + "-2");
        assertThat((String) JsonPath.read(revision, "$.status")).isEqualTo("draft");
        assertThat((Integer) JsonPath.read(revision, "$.lines.length()")).isEqualTo(2);
        mvc.perform(get(member, "/api/v1/quotes/{id}", id)).andExpect(jsonPath("$.status").value("superseded"));
        mvc.perform(post(member, "/api/v1/quotes/{id}/revisions", "{\"version\":2}", id))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].code").value("QuoteSuperseded"));
        mvc.perform(get(member, "/api/v1/quotes?filter[dealId]=" + deal)).andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void viewersMayNotAcceptAQuote() throws Exception {
        String id = JsonPath.read(quoteOfCardsAndSweets(newDeal()), "$.id");
        mvc.perform(post(tokenFor(PermissionLevel.VIEWER), "/api/v1/quotes/{id}/accept", "{\"version\":0}", id))
                .andExpect(status().isForbidden());
        mvc.perform(get(member, "/api/v1/quotes/{id}", id)).andExpect(jsonPath("$.status").value("draft"));
    }
}
