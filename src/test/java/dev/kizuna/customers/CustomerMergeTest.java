package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Merging two customers or two contacts on the real database: what survives, what moves, what is recorded. */
@KizunaTest
@RecordApplicationEvents
class CustomerMergeTest {

    private static final Random RANDOM = new Random();

    @Autowired
    CustomerMerge merge;
    @Autowired
    Companies companies;
    @Autowired
    Contacts contacts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Autowired
    private TestAccounts accounts;

    @BeforeEach
    void signInAsManager() {
        signInAs(PermissionLevel.MANAGER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from required_field").update();
    }

    private void signInAs(PermissionLevel level) {
        accounts.signInForService(accounts.create(level));
    }

    @Test
    void theSurvivorTakesTheChosenFieldsAndEverythingOfTheMergedCustomerAndTheMergedOneIsGone() {
        String phone = randomPhone();
        String number = randomCorporateNumber();
        Company keep = companies.create(draft(unique("株式会社残る"), "ノコル", phone, null, "残る 代表", null, List.of("重要")));
        Company gone = companies.create(draft(unique("(株)消える"), "キエル", phone, unique("gone") + "@example.jp",
                "消える 代表", number, List.of("展示会", "重要")));
        Company third = companies.create(draft(unique("第三商事"), "ダイサン", randomPhone(), null, "", null, List.of()));
        Contact keepsPrimary = contacts.create(contact(keep.id(), "残る 主担当", true));
        Contact movesPrimary = contacts.create(contact(gone.id(), "移る 主担当", true));
        Contact movesToo = contacts.create(contact(gone.id(), "移る 二人目", false));
        Contact leftBefore = contacts.create(contact(gone.id(), "転職 済み", false));
        contacts.update(leftBefore.id(), leftBefore.version(), withCompany(leftBefore, third.id()));
        Contact cameBefore = contacts.create(contact(third.id(), "転職 してきた", false));
        contacts.update(cameBefore.id(), cameBefore.version(), withCompany(cameBefore, gone.id()));

        Company survivor = merge.mergeCompanies(keep.id(), keep.version(), gone.id(), gone.version(),
                Map.of("email", "merge", "representative", "merge", "corporateNumber", "merge", "name", "keep"))
                .survivor();

        assertThat(survivor.id()).isEqualTo(keep.id());
        assertThat(survivor.name()).isEqualTo(keep.name());
        assertThat(survivor.email()).isEqualTo(gone.email());
        assertThat(survivor.representative()).isEqualTo("消える 代表");
        assertThat(survivor.corporateNumber()).isEqualTo(number);
        assertThat(survivor.nameKana()).isEqualTo("ノコル");
        assertThat(survivor.tags()).containsExactlyInAnyOrder("重要", "展示会");
        assertThat(survivor.version()).isGreaterThan(keep.version());
        assertThat(jdbc.sql("select count(*) from company where id = ?").param(gone.id()).query(Long.class).single())
                .isZero();

        List<Contact> now = contacts.forCompany(keep.id());
        assertThat(now).extracting(Contact::id)
                .containsExactlyInAnyOrder(keepsPrimary.id(), movesPrimary.id(), movesToo.id(), cameBefore.id());
        assertThat(now).filteredOn(Contact::primary).extracting(Contact::id).containsExactly(keepsPrimary.id());
        assertThat(contacts.moves(leftBefore.id())).extracting(ContactMove::fromCompany, ContactMove::toCompany)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(keep.name(), third.name()));
        assertThat(contacts.moves(cameBefore.id())).extracting(ContactMove::fromCompany, ContactMove::toCompany)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(third.name(), keep.name()));

        assertThat(events.stream(CompaniesMerged.class)).containsExactly(new CompaniesMerged(keep.id(), gone.id()));

        var entry = jdbc.sql("""
                select before_value::text as before, after_value::text as after from audit_event
                 where action = 'company.merged' and object_id = ?""").param(keep.id().toString())
                .query((rs, n) -> new String[] {rs.getString("before"), rs.getString("after")}).single();
        assertThat(JsonPath.<String>read(entry[0], "$.merged.name")).isEqualTo(gone.name());
        assertThat(JsonPath.<String>read(entry[0], "$.merged.corporateNumber")).isEqualTo(number);
        assertThat(JsonPath.<String>read(entry[0], "$.merged.email")).isEqualTo(gone.email());
        assertThat(JsonPath.<String>read(entry[0], "$.survivor.representative")).isEqualTo("残る 代表");
        assertThat(JsonPath.<String>read(entry[1], "$.mergedId")).isEqualTo(gone.id().toString());
        assertThat(JsonPath.<List<String>>read(entry[1], "$.movedContactIds"))
                .containsExactlyInAnyOrder(movesPrimary.id().toString(), movesToo.id().toString(), cameBefore.id().toString());
        assertThat(JsonPath.<List<String>>read(entry[1], "$.takenFromMerged"))
                .containsExactlyInAnyOrder("email", "representative", "corporateNumber");
        assertThat(jdbc.sql("select after_value->>'survivorId' from audit_event where action = 'company.mergedInto' and object_id = ?")
                .param(gone.id().toString()).query(String.class).single()).isEqualTo(keep.id().toString());
    }

    @Test
    void aStaleVersionOfEitherSideIsRefusedAndNothingChanges() {
        String phone = randomPhone();
        Company keep = companies.create(draft(unique("古い版A"), "", phone, null, "", null, List.of()));
        Company gone = companies.create(draft(unique("古い版B"), "", phone, null, "", null, List.of()));
        Contact stays = contacts.create(contact(gone.id(), "動かない 人", false));
        companies.update(gone.id(), gone.version(), CompanyDraft.of(gone));

        assertThatThrownBy(() -> merge.mergeCompanies(keep.id(), keep.version(), gone.id(), gone.version(), Map.of()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> merge.mergeCompanies(keep.id(), keep.version() + 1, gone.id(), gone.version() + 1, Map.of()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(companies.find(gone.id()).name()).isEqualTo(gone.name());
        assertThat(contacts.find(stays.id()).companyId()).isEqualTo(gone.id());
    }

    @Test
    void aCustomerIsNotMergedWithItselfNorByAnUnknownField() {
        Company one = companies.create(draft(unique("自分自身"), "", randomPhone(), null, "", null, List.of()));
        Company two = companies.create(draft(unique("相手"), "", randomPhone(), null, "", null, List.of()));
        assertThatThrownBy(() -> merge.mergeCompanies(one.id(), one.version(), one.id(), one.version(), Map.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("mergeId", "MergeSelf")));
        assertThatThrownBy(() -> merge.mergeCompanies(one.id(), one.version(), two.id(), two.version(),
                Map.of("shoeSize", "merge", "phone", "theirs")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("take.shoeSize", "take.phone"));
        // Refused before anything was written: both keep their version, and no merge is recorded.
        assertThat(companies.find(one.id()).version()).isEqualTo(one.version());
        assertThat(companies.find(two.id()).version()).isEqualTo(two.version());
        assertThat(mergesRecordedFor(one)).isZero();
    }

    @Test
    void membersMayNotMergeAndNothingChanges() {
        String phone = randomPhone();
        Company keep = companies.create(draft(unique("権限A"), "", phone, null, "", null, List.of()));
        Company gone = companies.create(draft(unique("権限B"), "", phone, null, "", null, List.of()));
        signInAs(PermissionLevel.MEMBER);
        assertThatThrownBy(() -> merge.mergeCompanies(keep.id(), keep.version(), gone.id(), gone.version(), Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(companies.find(keep.id()).version()).isEqualTo(keep.version());
        assertThat(companies.find(gone.id()).version()).isEqualTo(gone.version());
        assertThat(mergesRecordedFor(keep)).isZero();
        // A member may not merge, but still sees the pair (the list asks only for a signed-in user).
        assertThat(allPairs(page -> merge.companyPairs(page)))
                .filteredOn(p -> ids(p).containsAll(List.of(keep.id(), gone.id()))).singleElement()
                .extracting(DuplicatePair::reasons).isEqualTo(List.of("phone"));
    }

    private long mergesRecordedFor(Company survivor) {
        return jdbc.sql("select count(*) from audit_event where action = 'company.merged' and object_id = ?")
                .param(survivor.id().toString()).query(Long.class).single();
    }

    @Test
    void aSurvivorThatBreaksARuleUndoesTheWholeMerge() {
        String phone = randomPhone();
        Company keep = companies.create(draft(unique("規則A"), "", phone, null, "", null, List.of()));
        Company gone = companies.create(draft(unique("規則B"), "", phone, null, "代表 あり", null, List.of()));
        Contact person = contacts.create(contact(gone.id(), "戻る 人", false));
        jdbc.sql("insert into required_field (object_type, field) values ('company', 'representative')").update();

        assertThatThrownBy(() -> merge.mergeCompanies(keep.id(), keep.version(), gone.id(), gone.version(), Map.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("representative"));
        assertThat(companies.find(gone.id()).version()).isEqualTo(gone.version());
        assertThat(contacts.find(person.id()).companyId()).isEqualTo(gone.id());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'company.merged' and object_id = ?")
                .param(keep.id().toString()).query(Long.class).single()).isZero();

        Company survivor = merge.mergeCompanies(keep.id(), keep.version(), gone.id(), gone.version(),
                Map.of("representative", "merge")).survivor();
        assertThat(survivor.representative()).isEqualTo("代表 あり");
    }

    @Test
    void pairsSharingAPhoneAnEmailOrAReadingAreListedOnceWithTheirReasons() {
        String phone = randomPhone();
        String email = unique("pair") + "@example.jp";
        String kana = "ペア" + katakana();
        Company a = companies.create(draft(unique("ペアA"), kana, phone, email, "", null, List.of()));
        Company b = companies.create(draft(unique("ペアB"), kana, phone, email, "", null, List.of()));
        Company c = companies.create(draft(unique("ペアC"), "", randomPhone(), email, "", null, List.of()));
        List<DuplicatePair> all = allPairs(page -> merge.companyPairs(page));
        UUID first = a.id().compareTo(b.id()) < 0 ? a.id() : b.id();
        assertThat(all).filteredOn(p -> ids(p).containsAll(List.of(a.id(), b.id())))
                .singleElement().satisfies(p -> {
                    assertThat(p.first().id()).isEqualTo(first);
                    assertThat(p.reasons()).containsExactly("phone", "email", "kana");
                });
        assertThat(all).filteredOn(p -> ids(p).containsAll(List.of(a.id(), c.id()))).singleElement()
                .extracting(DuplicatePair::reasons).isEqualTo(List.of("email"));
        assertThat(all).filteredOn(p -> ids(p).contains(a.id()) || ids(p).contains(b.id()) || ids(p).contains(c.id()))
                .hasSize(3);
    }

    @Test
    void contactsWithTheSameEmailOrPhoneArePairedAndMergedKeepingTheirHistory() {
        Company one = companies.create(draft(unique("担当A社"), "", randomPhone(), null, "", null, List.of()));
        Company two = companies.create(draft(unique("担当B社"), "", randomPhone(), null, "", null, List.of()));
        String email = unique("same") + "@example.jp";
        String mobile = "090-" + String.format("%04d-%04d", RANDOM.nextInt(10000), RANDOM.nextInt(10000));
        Contact keep = contacts.create(new ContactDraft(one.id(), "鈴木 一郎", "スズキ イチロウ", "", "", null, mobile,
                email.toUpperCase(), "古いメモ", false));
        Contact gone = contacts.create(new ContactDraft(one.id(), "鈴木 一朗", "スズキ イチロウ", "営業部", "部長",
                mobile, null, email, "", false));
        gone = contacts.update(gone.id(), gone.version(), new ContactDraft(two.id(), gone.name(), gone.nameKana(),
                gone.department(), gone.title(), gone.phoneDisplay(), null, gone.email(), "", false));
        Contact goneNow = gone;

        List<DuplicatePair> pairs = allPairs(page -> merge.contactPairs(page));
        assertThat(pairs).filteredOn(p -> ids(p).containsAll(List.of(keep.id(), goneNow.id()))).singleElement()
                .extracting(DuplicatePair::reasons).isEqualTo(List.of("email", "phone"));

        Contact survivor = merge.mergeContacts(keep.id(), keep.version(), gone.id(), gone.version(),
                Map.of("name", "merge", "department", "merge", "title", "merge", "companyId", "merge")).survivor();
        assertThat(survivor.name()).isEqualTo("鈴木 一朗");
        assertThat(survivor.department()).isEqualTo("営業部");
        assertThat(survivor.companyId()).isEqualTo(two.id());
        assertThat(survivor.notes()).isEqualTo("古いメモ");
        assertThat(jdbc.sql("select count(*) from contact where id = ?").param(gone.id()).query(Long.class).single()).isZero();
        assertThat(contacts.moves(keep.id())).extracting(ContactMove::fromCompany, ContactMove::toCompany)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(one.name(), two.name()),
                        org.assertj.core.groups.Tuple.tuple(one.name(), two.name()));
        assertThat(events.stream(ContactsMerged.class)).containsExactly(new ContactsMerged(keep.id(), gone.id()));
        String before = jdbc.sql("select before_value::text from audit_event where action = 'contact.merged' and object_id = ?")
                .param(keep.id().toString()).query(String.class).single();
        assertThat(JsonPath.<String>read(before, "$.merged.department")).isEqualTo("営業部");
    }

    private static java.util.Set<UUID> ids(DuplicatePair p) {
        return java.util.Set.of(p.first().id(), p.second().id());
    }

    private static List<DuplicatePair> allPairs(java.util.function.Function<PageQuery, CursorPage<DuplicatePair>> list) {
        List<DuplicatePair> all = new ArrayList<>();
        String cursor = null;
        do {
            CursorPage<DuplicatePair> page = list.apply(new PageQuery(PageQuery.MAX_LIMIT, cursor));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    static CompanyDraft draft(String name, String kana, String phone, String email, String representative,
            String corporateNumber, List<String> tags) {
        return new CompanyDraft(CompanyKind.COMPANY, name, kana, corporateNumber, null, null, null, null, null, phone,
                email, null, representative, null, null, null, null, null, tags, CompanyStatus.CUSTOMER, null, false,
                false, false, java.util.Map.of());
    }

    private static ContactDraft contact(UUID companyId, String name, boolean primary) {
        return new ContactDraft(companyId, name, "", "", "", null, null, null, "", primary);
    }

    private static ContactDraft withCompany(Contact c, UUID companyId) {
        ContactDraft d = ContactDraft.of(c);
        return new ContactDraft(companyId, d.name(), d.nameKana(), d.department(), d.title(), d.phone(), d.mobile(),
                d.email(), d.notes(), d.primary());
    }

    static String randomPhone() {
        return String.format("06-%04d-%04d", 1000 + RANDOM.nextInt(9000), RANDOM.nextInt(10000));
    }

    static String randomCorporateNumber() {
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            rest.append(RANDOM.nextInt(10));
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (rest.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + rest.toString();
    }

    private static String katakana() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append((char) ('ア' + RANDOM.nextInt(40)));
        }
        return s.toString();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
