package dev.kizuna.marketing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyKind;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.Contacts;
import org.springframework.stereotype.Component;

/** One customer's values of the {@link MergeFields}, as written in a Japanese mail (dates 2026年12月14日). */
@Component
class MergeValues {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Companies companies;
    private final Contacts contacts;
    private final SubscriptionRepository subscriptions;
    private final FiguresRepository figures;

    MergeValues(Companies companies, Contacts contacts, SubscriptionRepository subscriptions,
            FiguresRepository figures) {
        this.companies = companies;
        this.contacts = contacts;
        this.subscriptions = subscriptions;
        this.figures = figures;
    }

    /** The customer's values; 送信者名 and 配信停止URL are added by the sender. */
    Map<String, String> of(UUID companyId) {
        Company c = companies.find(companyId);
        Map<String, String> v = new HashMap<>();
        v.put("会社名", c.name());
        v.put("氏名", c.kind() == CompanyKind.INDIVIDUAL ? c.name() : contacts.forCompany(companyId).stream()
                .sorted((a, b) -> Boolean.compare(b.primary(), a.primary())).map(Contact::name).findFirst()
                .orElse(c.name()));
        subscriptions.nextDeliveryOf(companyId).ifPresent(next -> {
            v.put("次回お届け日", date(next.getKey()));
            v.put("定期便", next.getValue());
        });
        var f = figures.find(companyId);
        v.put("Fステージ", "F" + f.map(CustomerFigures::stage).orElse(0));
        v.put("購入回数", String.valueOf(f.map(CustomerFigures::paidOrders).orElse(0)));
        f.ifPresent(x -> v.put("最終購入日", date(x.lastOn())));
        return v;
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
