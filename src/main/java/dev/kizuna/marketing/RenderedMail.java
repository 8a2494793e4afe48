package dev.kizuna.marketing;

/** A template made for one customer: subject, plain text, and HTML (empty when the template has none). */
public record RenderedMail(String subject, String text, String html) {
}
