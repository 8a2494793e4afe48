package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Seed 000's 「印刷発注のない既存客への営業」: 40 customers with 30 or more employees and no print orders, fed one a
 * business day to a board. The feeder runs over 2026-11-16..2026-11-30 (a weekend, 勤労感謝の日 on Monday the 23rd,
 * another weekend) on a clock the test controls — each day twice, from two threads at once, as two instances
 * would — and exactly one task appears per business day, none on the holiday or a weekend, no customer twice.
 */
class TargetListFeedTest extends ApiTestBase {

    @Autowired
    TargetLists lists;
    @Autowired
    PlaybookTimerJob timerJob;
    @Autowired
    BusinessCalendar calendar;

    private String admin;
    private String manager;
    private String member;
    private String boardId;
    private String tag;
    private String printKey;

    @BeforeEach
    void fixture() throws Exception {
        admin = tokenFor(PermissionLevel.ADMIN);
        manager = tokenFor(PermissionLevel.MANAGER);
        member = tokenFor(PermissionLevel.MEMBER);
        String roleId = read(post(admin, "/api/v1/roles", "{\"name\":\"" + unique("新規担当") + "\"}"), "$.id");
        boardId = read(post(manager, "/api/v1/boards", "{\"name\":\"" + unique("【倉庫】印刷発注のない既存客への営業")
                + "\",\"roleIds\":[\"" + roleId + "\"]}"), "$.id");
        printKey = "print_" + UUID.randomUUID().toString().substring(0, 6).replace('-', '_');
        mvc.perform(post(admin, "/api/v1/custom-fields", "{\"objectType\":\"company\",\"key\":\"" + printKey
                + "\",\"label\":\"印刷発注実績あり\",\"type\":\"checkbox\"}")).andExpect(status().isCreated());
        tag = unique("印刷営業");
    }

    @AfterEach
    void switchOff() {
        jdbc.sql("update target_list set active = false where name like '%' || ? || '%'").param(tag).update();
        SecurityContextHolder.clearContext();
    }

    private String read(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String path)
            throws Exception {
        String body = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, path).toString();
    }

    private String company(String name, String kana, int employees, boolean printOrders) throws Exception {
        return read(post(admin, "/api/v1/companies", "{\"name\":\"" + name + "\",\"nameKana\":\"" + kana
                + "\",\"employeeCount\":" + employees + ",\"tags\":[\"" + tag + "\"],\"customFields\":{\"" + printKey
                + "\":" + printOrders + "}}"), "$.id");
    }

    private String query() {
        return "filter[tag]=" + tag + "&filter[employeeCount][gte]=30&filter[customFields." + printKey + "]=false";
    }

    private List<String> fortyMatchingAndSomeNot() throws Exception {
        List<String> matching = new ArrayList<>();
        String[] kana = {"ア", "イ", "ウ", "エ", "オ", "カ", "キ", "ク", "ケ", "コ"};
        for (int i = 0; i < 40; i++) {
            matching.add(company("株式会社" + kana[i % 10] + "山印刷商会" + i + " " + tag, kana[i / 10] + kana[i % 10] + "ヤマ", 30 + i,
                    false));
        }
        company("有限会社小さな工房 " + tag, "チイサナコウボウ", 12, false); // too small
        company("株式会社大口印刷客 " + tag, "オオグチ", 300, true); // already orders printing
        return matching;
    }

    @Test
    void oneCustomerPerBusinessDayNoneOnTheHolidayOrWeekendNoneTwice() throws Exception {
        List<String> matching = fortyMatchingAndSomeNot();
        String listId = read(post(manager, "/api/v1/target-lists", "{\"name\":\"印刷発注のない既存客への営業 " + tag
                + "\",\"query\":\"" + query().replace("\"", "\\\"") + "\",\"orderField\":\"employeeCount\","
                + "\"orderDesc\":true,\"feedKind\":\"board\",\"boardId\":\"" + boardId + "\"}"), "$.id");
        mvc.perform(get(member, "/api/v1/target-lists/{id}", listId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.waiting").value(40)).andExpect(jsonPath("$.perDay").value(1))
                .andExpect(jsonPath("$.refresh").value("monthly"));

        LocalDate from = LocalDate.of(2026, 11, 16);
        LocalDate to = LocalDate.of(2026, 11, 30);
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 23))).as("勤労感謝の日").isFalse();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            var a = CompletableFuture.runAsync(() -> lists.runDay(d));
            var b = CompletableFuture.runAsync(() -> lists.runDay(d));
            a.join();
            b.join();
            lists.runDay(d); // a re-run the same day
        }

        UUID list = UUID.fromString(listId);
        Map<LocalDate, Long> perDay = new java.util.TreeMap<>();
        jdbc.sql("select fed_on, count(*) from target_list_member where list_id = ? and fed_on is not null group by fed_on")
                .param(list).query((rs, n) -> perDay.put(rs.getDate(1).toLocalDate(), rs.getLong(2))).list();
        List<LocalDate> businessDays = from.datesUntil(to.plusDays(1)).filter(calendar::isBusinessDay).toList();
        assertThat(businessDays).hasSize(10).doesNotContain(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 21));
        assertThat(perDay.keySet()).containsExactlyElementsOf(businessDays);
        assertThat(perDay.values()).allMatch(n -> n == 1);

        List<UUID> taskCompanies = jdbc.sql("select company_id from task where board_id = ?")
                .param(UUID.fromString(boardId)).query(UUID.class).list();
        assertThat(taskCompanies).hasSize(10).doesNotHaveDuplicates();
        assertThat(taskCompanies.stream().map(UUID::toString).toList()).allMatch(matching::contains);
        // Ordered by employee count, largest first: the first ten fed are the ten largest (69..60 employees).
        List<Integer> employees = jdbc.sql("select c.employee_count from target_list_member m join company c"
                + " on c.id = m.company_id where m.list_id = ? and m.fed_on is not null order by m.fed_on")
                .param(list).query(Integer.class).list();
        assertThat(employees).containsExactly(69, 68, 67, 66, 65, 64, 63, 62, 61, 60);
        assertThat(jdbc.sql("select count(*) from target_list_feed where list_id = ?").param(list).query(Long.class)
                .single()).isEqualTo(10);
        mvc.perform(get(member, "/api/v1/target-lists/{id}", listId)).andExpect(jsonPath("$.waiting").value(30))
                .andExpect(jsonPath("$.fed").value(10));
        mvc.perform(get(member, "/api/v1/target-lists/{id}/members?state=fed&limit=3", listId))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].fedOn").value("2026-11-30"))
                .andExpect(jsonPath("$.items[0].taskId").isNotEmpty());
    }

    @Test
    void aRefreshAddsNewMatchesDropsWaitingNonMatchesAndKeepsFedOnes() throws Exception {
        String first = company("株式会社青葉製作所 " + tag, "アオバ", 50, false);
        String second = company("株式会社桜井精機 " + tag, "サクライ", 40, false);
        String body = mvc.perform(post(manager, "/api/v1/target-lists", "{\"name\":\"移行キュー " + tag
                        + "\",\"query\":\"filter[tag]=" + tag + "\",\"feedKind\":\"board\",\"boardId\":\"" + boardId + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        lists.runDay(LocalDate.of(2026, 11, 24)); // feeds アオバ (kana order)
        String third = company("株式会社東山商事 " + tag, "ヒガシヤマ", 35, false);
        // 桜井 leaves the list's filter: no longer tagged (its tag replaced)
        jdbc.sql("update company set tags = '{}' where id = ?").param(UUID.fromString(second)).update();
        jdbc.sql("update company set tags = '{}' where id = ?").param(UUID.fromString(first)).update();
        int version = JsonPath.read(mvc.perform(get(manager, "/api/v1/target-lists/{id}", id)).andReturn().getResponse()
                .getContentAsString(), "$.version");
        mvc.perform(post(manager, "/api/v1/target-lists/{id}/refresh", "{\"version\":" + version + "}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.waiting").value(1))
                .andExpect(jsonPath("$.fed").value(1));
        mvc.perform(get(manager, "/api/v1/target-lists/{id}/members", id))
                .andExpect(jsonPath("$.items[0].companyId").value(third));
        mvc.perform(post(manager, "/api/v1/target-lists/{id}/refresh", "{\"version\":" + version + "}", id))
                .andExpect(status().isConflict());
    }

    @Test
    void byHandOrderMovesAndTheRulesNameTheField() throws Exception {
        String a = company("株式会社朝日紙工 " + tag, "アサヒ", 31, false);
        String b = company("株式会社北斗電機 " + tag, "ホクト", 32, false);
        String created = mvc.perform(post(manager, "/api/v1/target-lists", "{\"name\":\"手動順 " + tag
                        + "\",\"query\":\"filter[tag]=" + tag + "\",\"feedKind\":\"board\",\"boardId\":\"" + boardId + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(get(manager, "/api/v1/target-lists/{id}/members", id))
                .andExpect(jsonPath("$.items[0].companyId").value(a));
        mvc.perform(post(manager, "/api/v1/target-lists/{id}/move-up", "{\"version\":0,\"companyId\":\"" + b + "\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(get(manager, "/api/v1/target-lists/{id}/members", id))
                .andExpect(jsonPath("$.items[0].companyId").value(b))
                .andExpect(jsonPath("$.items[1].companyId").value(a));
        mvc.perform(post(manager, "/api/v1/target-lists/{id}/move-up", "{\"version\":0,\"companyId\":\"" + a + "\"}", id))
                .andExpect(status().isConflict());
        mvc.perform(post(member, "/api/v1/target-lists", "{\"name\":\"権限 " + tag + "\",\"feedKind\":\"board\","
                + "\"boardId\":\"" + boardId + "\"}")).andExpect(status().isForbidden());
        mvc.perform(post(manager, "/api/v1/target-lists", "{\"name\":\"規則 " + tag + "\",\"perDay\":0,"
                        + "\"orderField\":\"shoeSize\",\"feedKind\":\"board\",\"boardId\":\"" + boardId + "\"}")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'perDay')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'orderField')]").exists());
    }

    @Test
    void aScheduleFeedsEveryMatchOncePerPeriodIntoAPlaybook() throws Exception {
        for (String[] c : new String[][] {{"株式会社青葉製作所", "アオバ"}, {"株式会社桜井精機", "サクライ"},
                {"株式会社東山商事", "ヒガシヤマ"}}) {
            company(c[0] + " " + tag, c[1], 40, false);
        }
        String playbook = read(post(manager, "/api/v1/playbooks", "{\"name\":\"月次フォロー " + tag + "\",\"trigger\":"
                + "\"manual\",\"steps\":[{\"kind\":\"post\",\"title\":\"定期フォロー\",\"board\":\""
                + jdbc.sql("select name from board where id = ?").param(UUID.fromString(boardId)).query(String.class)
                .single() + "\"}]}"), "$.id");
        mvc.perform(post(manager, "/api/v1/target-lists", "{\"name\":\"壊れ " + tag + "\",\"feedMode\":\"period\","
                        + "\"refresh\":\"never\",\"feedKind\":\"playbook\",\"playbookId\":\"" + playbook + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("refresh"));
        String id = read(post(manager, "/api/v1/target-lists", "{\"name\":\"週次フォロー " + tag + "\",\"query\":"
                + "\"filter[tag]=" + tag + "\",\"feedMode\":\"period\",\"refresh\":\"weekly\",\"feedKind\":"
                + "\"playbook\",\"playbookId\":\"" + playbook + "\"}"), "$.id");
        jdbc.sql("update target_list set next_refresh_on = ? where id = ?") // as if made on Monday 16th
                .params(LocalDate.of(2026, 11, 16), UUID.fromString(id)).update();
        UUID p = UUID.fromString(playbook);
        java.util.function.Supplier<Long> runs = () -> jdbc.sql("select count(*) from playbook_run where playbook_id = ?")
                .param(p).query(Long.class).single();
        lists.runDay(LocalDate.of(2026, 11, 16));
        lists.runDay(LocalDate.of(2026, 11, 16));
        assertThat(runs.get()).isEqualTo(3);
        // recorded with the feed, in its transaction; the timer job takes each run's first step
        timerJob.fireDue();
        assertThat(jdbc.sql("select count(*) from playbook_run where playbook_id = ? and step = 0 and status = 'running'")
                .param(p).query(Long.class).single()).as("every fed run took its first step").isZero();
        assertThat(jdbc.sql("select count(*) from playbook_run_event e join playbook_run r on r.id = e.run_id"
                + " where r.playbook_id = ? and e.kind <> 'started'").param(p).query(Long.class).single())
                .isGreaterThanOrEqualTo(3);
        lists.runDay(LocalDate.of(2026, 11, 17));
        lists.runDay(LocalDate.of(2026, 11, 22)); // Sunday
        lists.runDay(LocalDate.of(2026, 11, 23)); // 勤労感謝の日: due, but not a business day
        assertThat(runs.get()).isEqualTo(3);
        lists.runDay(LocalDate.of(2026, 11, 24)); // the first business day of the next week's period
        lists.runDay(LocalDate.of(2026, 11, 24));
        assertThat(runs.get()).isEqualTo(6);
        mvc.perform(get(member, "/api/v1/target-lists/{id}", id)).andExpect(jsonPath("$.feedMode").value("period"))
                .andExpect(jsonPath("$.nextRefreshOn").value("2026-12-01"));
    }
}
