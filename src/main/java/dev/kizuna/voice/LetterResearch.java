package dev.kizuna.voice;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import dev.kizuna.activities.Activities;
import dev.kizuna.activities.Activity;
import dev.kizuna.activities.ActivityFilter;
import dev.kizuna.commerce.Order;
import dev.kizuna.commerce.Orders;
import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.marketing.Subscription;
import dev.kizuna.marketing.Subscriptions;
import dev.kizuna.platform.api.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The research panel beside the writing area (seed 002: "never start writing before checking the customer"): the
 * customer's profile (age from the birthday, region), past inquiries and other activities, subscriptions (product,
 * cycle, next delivery) and order history — each read through its module's facade.
 */
@Service
@Transactional(readOnly = true)
public class LetterResearch {

    /** What the writer checks before writing. {@code age} is null without a birthday. */
    public record Panel(Company customer, Integer age, String region, List<Activity> inquiries,
            List<Subscription> subscriptions, List<Order> orders) {
    }

    private final Companies companies;
    private final Activities activities;
    private final Subscriptions subscriptions;
    private final Orders orders;

    LetterResearch(Companies companies, Activities activities, Subscriptions subscriptions, Orders orders) {
        this.companies = companies;
        this.activities = activities;
        this.subscriptions = subscriptions;
        this.orders = orders;
    }

    @PreAuthorize("isAuthenticated()")
    public Panel of(UUID companyId, LocalDate today) {
        Company c = companies.find(companyId);
        Integer age = c.birthday() == null ? null : Period.between(c.birthday(), today).getYears();
        String region = ((c.prefecture() == null ? "" : c.prefecture()) + (c.city() == null ? "" : c.city())).strip();
        return new Panel(c, age, region,
                activities.list(ActivityFilter.ofCompany(companyId), PageQuery.first(5)).items(),
                subscriptions.list(companyId, null, PageQuery.first(5)).items(),
                orders.list(companyId, PageQuery.first(5)).items());
    }
}
