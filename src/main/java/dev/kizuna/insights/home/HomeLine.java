package dev.kizuna.insights.home;

/**
 * One line of a home card: what it is ({@code text}), a short detail (a due date, an amount), the page of the record
 * it is about (one tap away) and a tone: {@code danger} (overdue), {@code warning} (needs attention) or null.
 */
public record HomeLine(String text, String detail, String href, String tone) {

    static HomeLine of(String text, String detail, String href) {
        return new HomeLine(text, detail, href, null);
    }

    HomeLine tone(String tone) {
        return new HomeLine(text, detail, href, tone);
    }
}
