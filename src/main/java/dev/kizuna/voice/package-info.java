/**
 * Voice of the customer (お客様の声): feedback items that reach the product team and come back to the customers who
 * asked (seed 000's 改善要求・不満点 board, seed 001's features born from customers' voices), surveys with NPS on short
 * public links, and seed 002's postcard reply desk (お手紙返信).
 * <p>
 * Public face: the facades {@link dev.kizuna.voice.FeedbackItems}, {@link dev.kizuna.voice.FeedbackReplies},
 * {@link dev.kizuna.voice.Surveys}, {@link dev.kizuna.voice.Letters} (the reply desk), {@link dev.kizuna.voice.LetterResearch}
 * and {@link dev.kizuna.voice.LetterWriters}, their records and the event {@link dev.kizuna.voice.FeedbackClosed}. Closing an item gives every asking customer's owner a
 * task (work's facade); a reply e-mail goes only to a contact of a customer that accepts e-mail, and what was said is
 * logged on the customer's timeline (activities' facade). Votes are weighted by the customer's yearly contract revenue
 * read through success's facade. Survey scores are a health measure ({@code surveyScore}) through success's plug-in
 * point. The reply desk's research panel reads subscriptions (marketing) and orders (commerce) through their facades;
 * its writers and the letters board's manager are told through notifications. A postcard's scan (front and back) is
 * read on this machine through cards' {@code TextReader}; the text only fills the intake form for a person to correct.
 * <p>
 * Lists join {@code company} and {@code contact} read-only for names; the sample data reads the first sample companies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voice of the customer",
        allowedDependencies = {"identity", "customers", "activities", "work", "success", "commerce", "marketing",
                "notifications", "cards"})
@ReadsTables(module = "customers", tables = {"company", "contact"},
        why = "customer and contact names on feedback lists, votes and letters; finding a postcard's sender by name,"
                + " reading, phone or address; the sample data's first companies")
@ReadsTables(module = "identity", tables = "app_user", why = "names of who logged an item or wrote a letter")
@ReadsTables(module = "success", tables = "success_health_score",
        why = "the product team's ranking of feedback by the health band of the customers asking (危険 and 注意);"
                + " survey NPS per health band")
@ReadsTables(module = "success", tables = {"success_contract", "success_plan", "success_plan_phase"},
        why = "survey NPS per plan and per lifecycle phase on the day each customer answered")
package dev.kizuna.voice;

import dev.kizuna.platform.db.ReadsTables;
