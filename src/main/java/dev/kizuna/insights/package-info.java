/**
 * Insights: what management reads. First the morning daily report (日報): per rep and per team, the activities
 * by channel and type, new customers, overdue follow-ups and input compliance of the days since the last report,
 * on a page, through the API and by e-mail at each team's time on business days.
 * <p>
 * Reads other modules through their facades only; nothing depends on this module. Deal figures come from the sales
 * module (SalesDay). Orders and payments
 * appear in the report once the modules that own them exist; until then the report says so instead of showing
 * numbers it does not have.
 */
@ApplicationModule(displayName = "Insights")
package dev.kizuna.insights;

import org.springframework.modulith.ApplicationModule;
