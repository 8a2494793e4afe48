package dev.kizuna.cards.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.cards.BusinessCard;
import dev.kizuna.cards.BusinessCards;
import dev.kizuna.cards.CardFieldName;
import dev.kizuna.cards.CardUpload;
import dev.kizuna.cards.ConfirmedCard;
import dev.kizuna.cards.UploadOutcome;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.files.StoredFileResponse;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Business card pages: upload (several files, or the phone's camera for front and back), the review queue with the
 * queue's progress, and the review form: the image beside the fields, low-confidence ones marked.
 */
@Controller
class CardsController {

    private final BusinessCards cards;
    private final Users users;
    private final FormErrors errors;

    CardsController(BusinessCards cards, Users users, FormErrors errors) {
        this.cards = cards;
        this.users = users;
        this.errors = errors;
    }

    @GetMapping("/cards")
    String queue(@RequestParam(defaultValue = "recognised") String status, Model model) {
        String shown = BusinessCard.STATUSES.contains(status) ? status : BusinessCard.RECOGNISED;
        model.addAttribute("status", shown);
        model.addAttribute("statuses", BusinessCard.STATUSES);
        model.addAttribute("cards", cards.page(shown, PageQuery.first(100)).items());
        model.addAttribute("counts", cards.counts());
        model.addAttribute("engine", cards.recognitionAvailable());
        model.addAttribute("users", users.pickable());
        return "cards/queue";
    }

    @PostMapping("/cards")
    String upload(@RequestParam(value = "files", required = false) List<MultipartFile> files,
            @RequestParam(value = "front", required = false) MultipartFile front,
            @RequestParam(value = "back", required = false) MultipartFile back,
            @RequestParam(value = "ownerId", required = false) String ownerId, RedirectAttributes redirect) {
        List<CardUpload> batch = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                batch.add(upload(f, null));
            }
        }
        if (front != null && !front.isEmpty()) {
            batch.add(upload(front, back == null || back.isEmpty() ? null : upload(back, null)));
        }
        try {
            UploadOutcome outcome = cards.upload(batch, ownerId == null || ownerId.isBlank() ? null : UUID.fromString(ownerId));
            if (!outcome.queued().isEmpty()) {
                Flash.success(redirect, "cards.upload.done", outcome.queued().size());
            }
            if (!outcome.refused().isEmpty()) {
                Flash.warning(redirect, "cards.upload.refused", String.join(", ",
                        outcome.refused().stream().map(UploadOutcome.Refusal::fileName).toList()));
            }
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "cards.upload.refused", "-");
        }
        return "redirect:/cards?status=queued";
    }

    private static CardUpload upload(MultipartFile file, CardUpload back) {
        return new CardUpload(file.getOriginalFilename(), file.getSize(), () -> {
            try {
                return file.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, back);
    }

    @GetMapping("/cards/{id}")
    String review(@PathVariable String id, Model model) {
        BusinessCard card = cards.find(cardId(id));
        return form(card, values(card), model);
    }

    private String form(BusinessCard card, Map<String, String> values, Model model) {
        model.addAttribute("card", card);
        model.addAttribute("fieldNames", java.util.Arrays.stream(CardFieldName.values()).map(CardFieldName::key).toList());
        model.addAttribute("values", values);
        return "cards/review";
    }

    private static Map<String, String> values(BusinessCard card) {
        Map<String, String> values = new LinkedHashMap<>();
        for (CardFieldName f : CardFieldName.values()) {
            values.put(f.key(), card.value(f.key()));
        }
        return values;
    }

    @PostMapping("/cards/{id}")
    String confirm(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        BusinessCard card = cards.find(cardId(id));
        Map<String, String> reviewed = new LinkedHashMap<>();
        for (CardFieldName f : CardFieldName.values()) {
            reviewed.put(f.key(), form.getOrDefault(f.key(), ""));
        }
        long version = parseVersion(form.get("version"));
        return errors.saveVersioned(model, () -> {
            ConfirmedCard done = cards.confirm(card.id(), version, reviewed);
            Flash.success(redirect, "cards.review.outcome." + done.outcome());
            return "redirect:/contacts/" + done.contactId();
        }, () -> form(card, reviewed, model));
    }

    @GetMapping("/cards/{id}/image")
    ResponseEntity<InputStreamResource> image(@PathVariable String id,
            @RequestParam(required = false) String side) {
        BusinessCard card = cards.find(cardId(id));
        BusinessCards.Image image = cards.image(card.id(), "back".equals(side));
        return StoredFileResponse.of(image.content(), image.contentType(), card.fileName(), image.size(), true);
    }

    private static long parseVersion(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw new RuleViolationException(FieldProblem.of("version", "NotBlank"));
        }
    }

    private static UUID cardId(String id) {
        return dev.kizuna.platform.Ids.parse(id).orElseThrow(() -> new NotFoundException("card", id));
    }
}
