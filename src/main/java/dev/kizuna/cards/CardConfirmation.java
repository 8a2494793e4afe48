package dev.kizuna.cards;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.CompanyDraft;
import dev.kizuna.customers.CompanyKind;
import dev.kizuna.customers.CompanyStatus;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.ContactDraft;
import dev.kizuna.customers.Contacts;
import dev.kizuna.customers.DuplicateCandidate;
import dev.kizuna.notifications.Notifications;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * A reviewed card into the customer master, only through the customers facades: the company found by the duplicate
 * check (the same name once 株式会社 and spaces are set aside, else the same phone) or made; the contact found by the
 * duplicate check (same e-mail, phone or mobile) and updated (moved when at another company: {@code Contacts.update}
 * keeps the move) or made. Then the card keeps its contact, and its owner is told with a link.
 */
@Component
class CardConfirmation {

    private final Companies companies;
    private final Contacts contacts;
    private final CardAddresses addresses;
    private final Notifications notifications;
    private final BusinessCardRepository cards;

    CardConfirmation(Companies companies, Contacts contacts, CardAddresses addresses, Notifications notifications,
            BusinessCardRepository cards) {
        this.companies = companies;
        this.contacts = contacts;
        this.addresses = addresses;
        this.notifications = notifications;
        this.cards = cards;
    }

    ConfirmedCard confirm(BusinessCard card, long version, Map<String, String> reviewed) {
        if (!BusinessCard.RECOGNISED.equals(card.status())) {
            throw new RuleViolationException(FieldProblem.of("status", "CardNotRecognised"));
        }
        Map<CardFieldName, String> f = fields(card, reviewed);
        Check.of().required("name", f.get(CardFieldName.NAME)).required("company", f.get(CardFieldName.COMPANY))
                .verify();
        UUID companyId = company(f, card.ownerId());
        List<Contact> same = contacts.withEmailOrPhone(f.get(CardFieldName.EMAIL),
                java.util.stream.Stream.of(f.get(CardFieldName.PHONE), f.get(CardFieldName.MOBILE))
                        .filter(Objects::nonNull).toList());
        ContactDraft draft = new ContactDraft(companyId, f.get(CardFieldName.NAME), f.get(CardFieldName.NAME_KANA),
                f.get(CardFieldName.DEPARTMENT), f.get(CardFieldName.TITLE), f.get(CardFieldName.PHONE),
                f.get(CardFieldName.MOBILE), f.get(CardFieldName.EMAIL), "", false);
        Contact contact;
        String outcome;
        if (same.isEmpty()) {
            contact = contacts.create(draft);
            outcome = "created";
        } else {
            Contact before = same.getFirst();
            contact = contacts.update(before.id(), before.version(), new ContactDraft(companyId, draft.name(),
                    draft.nameKana(), draft.department(), draft.title(), or(draft.phone(), before.phoneDisplay()),
                    or(draft.mobile(), before.mobileDisplay()), or(draft.email(), before.email()), before.notes(),
                    before.primary(), Map.of()));
            outcome = before.companyId().equals(companyId) ? "updated" : "moved";
        }
        Map<String, CardField> kept = new HashMap<>(card.fields());
        f.forEach((name, value) -> {
            CardField read = card.fields().get(name.key());
            kept.put(name.key(), new CardField(value, read != null && read.value().equals(value) ? read.confidence() : 100));
        });
        if (!cards.reviewed(card.id(), version, kept, contact.id(), companyId, CurrentActor.idOrNull())) {
            throw new StaleVersionException("card", card.id());
        }
        notifications.tell(card.ownerId(), "card", "cards.notice.in", contact.name() + "（" + contact.companyName() + "）",
                "/contacts/" + contact.id());
        return new ConfirmedCard(card.id(), contact.id(), companyId, outcome);
    }

    /** The card's fields with the reviewer's values over them; a key no card has is refused by name. */
    private static Map<CardFieldName, String> fields(BusinessCard card, Map<String, String> reviewed) {
        Map<CardFieldName, String> f = new EnumMap<>(CardFieldName.class);
        card.fields().forEach((key, field) -> CardFieldName.byKey(key).ifPresent(n -> f.put(n, blankToNull(field.value()))));
        for (var e : reviewed.entrySet()) {
            CardFieldName name = CardFieldName.byKey(e.getKey()).orElseThrow(
                    () -> new RuleViolationException(FieldProblem.of("fields." + e.getKey(), "UnknownField")));
            f.put(name, blankToNull(e.getValue()));
        }
        return f;
    }

    private UUID company(Map<CardFieldName, String> f, UUID ownerId) {
        String name = f.get(CardFieldName.COMPANY);
        CardAddresses.Split address = addresses.split(f.get(CardFieldName.POSTAL_CODE), f.get(CardFieldName.ADDRESS));
        CompanyDraft draft = new CompanyDraft(CompanyKind.COMPANY, name, null, f.get(CardFieldName.CORPORATE_NUMBER),
                f.get(CardFieldName.POSTAL_CODE), address.prefecture(), address.city(), address.street(), null,
                f.get(CardFieldName.PHONE), null, f.get(CardFieldName.WEBSITE), null, null, null, null, null, ownerId,
                List.of(), CompanyStatus.PROSPECT, null, false, false, false, Map.of());
        List<DuplicateCandidate> candidates = companies.likelyDuplicates(draft, null);
        return candidates.stream().filter(c -> nameKey(c.name()).equals(nameKey(name))).findFirst()
                .or(() -> candidates.stream().filter(c -> "phone".equals(c.reason())).findFirst())
                .map(DuplicateCandidate::id).orElseGet(() -> companies.create(draft).id());
    }

    /** A company's name as compared: without its legal form, spaces and width differences. */
    static String nameKey(String name) {
        String n = CardNames.company(CardText.tidy(name == null ? "" : name));
        return CardText.compact(n.replaceAll("株式会社|有限会社|合同会社|(?i)co\\.?,? ?ltd\\.?|inc\\.?", "")).toLowerCase();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
