package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.kizuna.commerce.OrderHistory;
import dev.kizuna.commerce.Orders;
import dev.kizuna.commerce.Product;
import dev.kizuna.commerce.ProductDraft;
import dev.kizuna.commerce.Products;
import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyDraft;
import dev.kizuna.platform.sampledata.SampleData;
import org.springframework.stereotype.Component;

/**
 * Seed 002's cosmetics D2C shop: four skincare products, and for the sample individual customers a purchase history
 * (the first order as a trial, then the subscription's deliveries) and a subscription — 化粧水 every 30 days, 美容液
 * monthly on the 25th, one paused, one skipping its next delivery, one cancelled — and the eighth customer asked for
 * no postal DM or postcards (DM不要), so the birthday and DM address lists leave her out.
 */
@Component
class MarketingSampleData implements SampleData {

    private final SampleCustomerRepository customers;
    private final Products products;
    private final Orders orders;
    private final Subscriptions subscriptions;
    private final MarketingMailSampleData mail;
    private final Companies companies;

    MarketingSampleData(SampleCustomerRepository customers, Products products, Orders orders,
            Subscriptions subscriptions, MarketingMailSampleData mail, Companies companies) {
        this.mail = mail;
        this.companies = companies;
        this.customers = customers;
        this.products = products;
        this.orders = orders;
        this.subscriptions = subscriptions;
    }

    @Override
    public String name() {
        return "marketing";
    }

    @Override
    public int order() {
        return 650;
    }

    @Override
    public void load() {
        Product lotion = products.create(new ProductDraft("SK-LOTION-120", "薬用美白化粧水 120mL", "本", 3_800L, 10, true));
        Product serum = products.create(new ProductDraft("SK-SERUM-30", "集中美容液 30mL", "本", 5_800L, 10, true));
        Product cleanser = products.create(new ProductDraft("SK-CLEANSE-150", "クレンジングジェル 150g", "本", 2_600L, 10, true));
        products.create(new ProductDraft("SK-TRIAL-7", "お試し7日間セット", "セット", 980L, 10, true));
        List<UUID> people = customers.firstIndividuals(8);
        LocalDate today = subscriptions.today();
        for (int i = 0; i < people.size(); i++) {
            UUID company = people.get(i);
            int pastOrders = i % 5; // F0 … F4 across the sample
            for (int k = 0; k < pastOrders; k++) {
                LocalDate on = today.minusDays(30L * (pastOrders - k) + i);
                String title = k == 0 ? "お試し7日間セット" : "薬用美白化粧水 120mL 定期便";
                long amount = k == 0 ? 980L : 3_420L;
                orders.importHistory(new OrderHistory(company, null, null, title, on, amount, 10, on, null, on));
            }
            if (i >= 6) {
                continue;
            }
            Product product = i % 3 == 1 ? serum : lotion;
            String unit = i % 3 == 1 ? "months" : "days";
            Integer every = i % 3 == 1 ? 1 : 30;
            Integer day = i % 3 == 1 ? 25 : null;
            LocalDate next = i % 3 == 1 ? nextOnDay(today.plusDays(1), 25) : today.plusDays(3 + i * 4);
            var items = new java.util.ArrayList<>(List.of(new SubscriptionDraft.ItemDraft(product.id(), 1,
                    product.unitPrice() * 90 / 100)));
            if (i == 2) {
                items.add(new SubscriptionDraft.ItemDraft(cleanser.id(), 1, null));
            }
            Subscription s = subscriptions.start(new SubscriptionDraft(company, null, items, unit, every, day, next,
                    i == 5 ? "deferred" : "card"));
            switch (i) {
                case 3 -> subscriptions.pause(s.id(), s.version(), today.plusDays(45));
                case 4 -> subscriptions.skip(s.id(), s.version());
                case 5 -> subscriptions.cancel(s.id(), s.version(), "使い切れずに余ってしまうため");
                default -> { }
            }
        }
        if (people.size() > 7) { // 「DM不要」: she asked on the phone for no more postal DM
            Company noDm = companies.find(people.get(7));
            companies.update(noDm.id(), noDm.version(), CompanyDraft.of(noDm).withPostalOptOut(true));
        }
        mail.load(today);
    }

    private static LocalDate nextOnDay(LocalDate from, int day) {
        LocalDate d = from.withDayOfMonth(Math.min(day, from.lengthOfMonth()));
        return d.isBefore(from) ? from.plusMonths(1).withDayOfMonth(Math.min(day, from.plusMonths(1).lengthOfMonth())) : d;
    }
}
