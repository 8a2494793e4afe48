package dev.kizuna.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.CompanyDraft;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What playbooks will act on: ActivityLogged counts the unanswered calls in a row, per customer and contact. */
@KizunaTest
@RecordApplicationEvents
class ActivityLoggedTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    Activities activities;
    @Autowired
    ActivityOptions options;
    @Autowired
    Companies companies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    UUID phone;
    UUID mail;
    UUID type;

    @BeforeEach
    void signInAsMember() {
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        accounts.signInForService(member);
        phone = option(ActivityOption.CHANNEL, "電話");
        mail = option(ActivityOption.CHANNEL, "メール");
        type = option(ActivityOption.TYPE, "商品問い合わせ");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UUID option(String kind, String name) {
        return options.of(kind, true).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    private ActivityLogged log(UUID company, UUID channel, Outcome outcome) {
        activities.log(new ActivityDraft(null, null, channel, type, company, null, null, outcome, "", null, null));
        List<ActivityLogged> logged = events.stream(ActivityLogged.class).toList();
        return logged.getLast();
    }

    @Test
    void fiveUnansweredCallsInARowAreCountedAndACallThatGetsThroughStartsAgain() {
        UUID company = companies.create(new CompanyDraft(dev.kizuna.customers.CompanyKind.COMPANY, "不通カウント工業" + UUID.randomUUID().toString().substring(0, 6),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(), dev.kizuna.customers.CompanyStatus.CUSTOMER, null, false, false, false, java.util.Map.of())).id();
        assertThat(log(company, phone, Outcome.UNREACHED).unreachedInARowCompany()).isEqualTo(1);
        assertThat(log(company, phone, Outcome.REACHED).unreachedInARowCompany()).isZero();
        for (int i = 1; i <= 4; i++) {
            assertThat(log(company, phone, Outcome.UNREACHED).unreachedInARowCompany()).isEqualTo(i);
        }
        ActivityLogged email = log(company, mail, null);
        assertThat(email.call()).isFalse();
        assertThat(email.unreachedInARowCompany()).as("an e-mail neither counts nor resets").isEqualTo(4);
        ActivityLogged fifth = log(company, phone, Outcome.UNREACHED);
        assertThat(fifth.call()).isTrue();
        assertThat(fifth.outcome()).isEqualTo(Outcome.UNREACHED);
        assertThat(fifth.unreachedInARowCompany()).isEqualTo(5);
        assertThat(activities.unreachedInARow(company)).isEqualTo(5);
    }
}
