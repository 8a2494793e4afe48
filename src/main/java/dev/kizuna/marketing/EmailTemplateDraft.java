package dev.kizuna.marketing;

/** What a person typed for a template; nulls keep what was there when changing one. */
public record EmailTemplateDraft(String name, String subject, String bodyText, String bodyHtml) {
}
