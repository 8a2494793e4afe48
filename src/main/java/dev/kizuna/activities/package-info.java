/**
 * Activities (対応履歴): every call, e-mail, visit, letter, LINE message, chat and web meeting with a customer,
 * logged in seconds from a phone, with notes and follow-ups; the customer's timeline that every later module adds
 * its records to; the counts of unanswered calls that playbooks act on.
 * <p>
 * Public face: {@link dev.kizuna.activities.Activities}, {@link dev.kizuna.activities.ActivityOptions}, their
 * records, the event {@link dev.kizuna.activities.ActivityLogged}, and the extension point
 * {@link dev.kizuna.activities.TimelineSource} through which later modules (deals, orders, tasks, e-mails,
 * feedback) put their records on a customer's timeline.
 */
@ApplicationModule(displayName = "Activities")
package dev.kizuna.activities;

import org.springframework.modulith.ApplicationModule;
