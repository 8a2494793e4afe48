package dev.kizuna.cards;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.files.FileSniffer;
import dev.kizuna.platform.files.FileStore;
import dev.kizuna.platform.files.UploadNames;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business cards (名刺): upload a batch of card images (each checked on its own: a bad file is refused with its
 * reason and the rest go on), list and read them with the fields recognised, and confirm the reviewed fields into a
 * contact ({@link CardConfirmation}). Recognition runs in the background ({@code CardRecognitionJob}).
 */
@Service
@Transactional
public class BusinessCards {

    /** Files in one upload. */
    public static final int BATCH_MAX = 40;

    private final BusinessCardRepository cards;
    private final FileStore files;
    private final CardConfirmation confirmation;
    private final Tesseract tesseract;

    BusinessCards(BusinessCardRepository cards, FileStore files, CardConfirmation confirmation, Tesseract tesseract) {
        this.cards = cards;
        this.files = files;
        this.confirmation = confirmation;
        this.tesseract = tesseract;
    }

    /** Queues every acceptable image of the batch for recognition; {@code ownerId} null: the uploader is the owner. */
    @PreAuthorize("hasRole('MEMBER')")
    public UploadOutcome upload(List<CardUpload> batch, UUID ownerId) {
        if (batch.isEmpty()) {
            throw new RuleViolationException(FieldProblem.of("files", "NotBlank"));
        }
        if (batch.size() > BATCH_MAX) {
            throw new RuleViolationException(FieldProblem.of("files", "CardBatchSize", BATCH_MAX));
        }
        UUID actor = CurrentActor.required().actorId();
        UUID owner = ownerId == null ? actor : ownerId;
        List<BusinessCard> queued = new ArrayList<>();
        List<UploadOutcome.Refusal> refused = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            CardUpload upload = batch.get(i);
            String name = UploadNames.shown(upload.fileName());
            Optional<String> refusal = refusal(upload).or(() -> upload.back() == null ? Optional.empty() : refusal(upload.back()));
            if (refusal.isPresent()) {
                refused.add(new UploadOutcome.Refusal(i, name, refusal.get()));
                continue;
            }
            UUID id = Ids.newId();
            Stored front = store(upload);
            Stored back = upload.back() == null ? null : store(upload.back());
            cards.insert(new BusinessCardRepository.NewCard(id, front.key(), name.isBlank() ? "card" : name,
                    front.type(), upload.size(), back == null ? null : back.key(), back == null ? null : back.type(),
                    back == null ? null : upload.back().size(), owner, actor));
            queued.add(find(id));
        }
        return new UploadOutcome(queued, refused);
    }

    private record Stored(String key, String type) {
    }

    private Stored store(CardUpload upload) {
        try (InputStream in = new BufferedInputStream(upload.content().get(), FileSniffer.HEAD + 1)) {
            String type = FileSniffer.sniff(FileSniffer.head((BufferedInputStream) in));
            return new Stored(files.putUntilRollback(in), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> refusal(CardUpload upload) {
        if (upload.size() <= 0) {
            return Optional.of("CardNotAnImage");
        }
        try (InputStream in = upload.content().get()) {
            byte[] head = in.readNBytes(FileSniffer.HEAD);
            return CardImages.refusal(head, upload.size(), upload.content());
        } catch (IOException e) {
            return Optional.of("CardNotAnImage");
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BusinessCard find(UUID id) {
        return cards.find(id).orElseThrow(() -> new NotFoundException("card", id));
    }

    /** Newest first; {@code status} one of {@link BusinessCard#STATUSES} or null for every card. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<BusinessCard> page(String status, PageQuery page) {
        if (status != null && !BusinessCard.STATUSES.contains(status)) {
            throw new RuleViolationException(FieldProblem.of("filter[status]", "OneOf",
                    String.join(", ", BusinessCard.STATUSES)));
        }
        return cards.page(status, page);
    }

    /** How many cards stand in each status: the queue's progress. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Long> counts() {
        return cards.counts();
    }

    /** Whether Tesseract is installed here with its Japanese models; without it cards wait as queued. */
    public boolean recognitionAvailable() {
        return tesseract.available();
    }

    /** The card's image (front, or back when asked and there is one) with its type. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Image image(UUID id, boolean back) {
        BusinessCardRepository.Keys keys = cards.keys(id).orElseThrow(() -> new NotFoundException("card", id));
        if (back && keys.back() == null) {
            throw new NotFoundException("card", id);
        }
        return new Image(files.open(back ? keys.back() : keys.front()), back ? keys.backType() : keys.contentType(),
                back ? keys.backSize() : keys.size());
    }

    /** An image's bytes (the caller closes them), type and size. */
    public record Image(InputStream content, String contentType, long size) {
    }

    /** Cards that became this contact, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BusinessCard> ofContact(UUID contactId) {
        return cards.ofContact(contactId);
    }

    /**
     * The reviewed fields (by key, as fixed by the assistant) into a contact and its company: the customer master's
     * duplicate check first (same e-mail or phone → that contact is updated; at another company → moved there, the
     * move kept in its history), then the owner is told. {@code version}: the card's, as read.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public ConfirmedCard confirm(UUID id, long version, Map<String, String> reviewed) {
        return confirmation.confirm(find(id), version, reviewed);
    }
}
