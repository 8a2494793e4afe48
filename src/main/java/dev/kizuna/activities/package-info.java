/**
 * Activities (対応履歴): every call, e-mail, visit, letter, LINE message, chat and web meeting with a customer,
 * logged in seconds from a phone, with notes and follow-ups; the customer's timeline that every later module adds
 * its records to; the counts of unanswered calls that playbooks act on.
 * <p>
 * Public face: {@link dev.kizuna.activities.Activities}, {@link dev.kizuna.activities.ActivityOptions}, their
 * records, the event {@link dev.kizuna.activities.ActivityLogged}, and the extension point
 * {@link dev.kizuna.activities.TimelineSource} through which later modules (deals, orders, tasks, e-mails,
 * feedback) put their records on a customer's timeline.
 * <p>
 * Reports read {@link dev.kizuna.activities.ActivityStats} (counts per rep, channel and type; late logging; overdue
 * follow-ups; customers without activity) and {@link dev.kizuna.activities.Compliance} (入力遵守: one score 0–100
 * per rep and period with the formula in {@link dev.kizuna.activities.ComplianceScore}). The sales module's lead
 * assignment calls {@code Compliance.score(userId, period)} (empty for someone who is not a rep in the period)
 * or {@code Compliance.ranking(period)} to leave out reps under its threshold.
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all), identity, customers.
 */
@ApplicationModule(displayName = "Activities",
        allowedDependencies = {"identity", "customers"})
@ReadsTables(module = "identity", tables = "app_user",
        why = "the rep's name on activity lists and the timeline; who logged in a period (input compliance)")
@ReadsTables(module = "customers", tables = {"company", "contact"},
        why = "customer and contact names on activity lists and the timeline; each rep's customers without "
                + "activity (input compliance, one pass instead of a probe per customer)")
package dev.kizuna.activities;

import dev.kizuna.platform.db.ReadsTables;
import org.springframework.modulith.ApplicationModule;
