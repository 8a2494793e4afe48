package dev.kizuna.voice;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.cards.TextReader;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.files.FileSniffer;
import dev.kizuna.platform.files.FileStore;
import dev.kizuna.platform.files.UploadNames;
import dev.kizuna.platform.security.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Postcard scans at intake: the front (and the back) of a postcard, checked as card images are (JPEG or PNG by its
 * bytes, 10 MB, pixel counts from the header, not blank), kept in the file store and read on this machine through
 * cards' {@link TextReader}. The text read is only a draft for the intake form: a person corrects it and adds the
 * letter ({@link Letters#intake} with the scan's id), and only then is it saved as the letter's text. Without
 * Tesseract the pictures are still kept and the text is typed.
 */
@Service
@Transactional(readOnly = true)
public class LetterScans {

    static final String AUDIT_TYPE = "letter_scan";
    private static final Logger log = LoggerFactory.getLogger(LetterScans.class);

    /** A scan and the customers its text points at (by phone, address or name), most clues first. */
    public record Scanned(LetterScan scan, List<LetterSenders.Sender> suggestions) {
    }

    /** A picture's bytes (the caller closes them), type and size. */
    public record Image(InputStream content, String contentType, long size) {
    }

    private final LetterScanRepository scans;
    private final FileStore files;
    private final TextReader reader;
    private final LetterSenders senders;

    LetterScans(LetterScanRepository scans, FileStore files, TextReader reader, LetterSenders senders) {
        this.scans = scans;
        this.files = files;
        this.reader = reader;
        this.senders = senders;
    }

    /** Whether text can be read here (Tesseract with its Japanese models); without it the text is typed. */
    public boolean readingAvailable() {
        return reader.available();
    }

    /**
     * Keeps the pictures and reads their text (front first). Runs outside a transaction: reading takes seconds and
     * holds no database connection meanwhile. A bad picture is refused naming its field ({@code front} or
     * {@code back}) and the rule ({@code LetterScanTooLarge}, {@code LetterScanNotAnImage}, …).
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Scanned scan(LetterScanFile front, LetterScanFile back) {
        Check.of().required("front", front).verify();
        List<FieldProblem> problems = new ArrayList<>();
        refusal("front", front).ifPresent(problems::add);
        if (back != null) {
            refusal("back", back).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        String recognition = reader.available() ? LetterScan.READ : LetterScan.UNAVAILABLE;
        List<LetterScan.Line> lines = new ArrayList<>();
        boolean vertical = false;
        if (recognition.equals(LetterScan.READ)) {
            try {
                for (LetterScanFile side : back == null ? List.of(front) : List.of(front, back)) {
                    TextReader.Reading reading = read(side);
                    reading.lines().forEach(l -> lines.add(new LetterScan.Line(l.text(), l.confidence())));
                    vertical |= reading.vertical();
                }
            } catch (IOException | RuntimeException e) {
                log.warn("A postcard's text could not be read", e);
                recognition = LetterScan.FAILED;
                lines.clear();
            }
        }
        List<String> keys = new ArrayList<>();
        try {
            Stored f = store(front, keys);
            Stored b = back == null ? null : store(back, keys);
            UUID id = Ids.newId();
            scans.insert(id, new LetterScanRepository.Files(f.key(), f.type(), front.size(), b == null ? null : b.key(),
                    b == null ? null : b.type(), b == null ? null : back.size()), recognition, lines, vertical,
                    CurrentActor.idOrNull());
            LetterScan scan = find(id);
            return new Scanned(scan, senders.suggest(scan.text()));
        } catch (RuntimeException e) {
            keys.forEach(this::deleteQuietly);
            throw e;
        }
    }

    @PreAuthorize("isAuthenticated()")
    public LetterScan find(UUID id) {
        return scans.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** The customers the scan's text points at, most clues first. */
    @PreAuthorize("isAuthenticated()")
    public List<LetterSenders.Sender> suggestions(LetterScan scan) {
        return senders.suggest(scan.text());
    }

    /** The scan's front picture, or its back when asked and there is one. */
    @PreAuthorize("isAuthenticated()")
    public Image image(UUID id, boolean back) {
        LetterScanRepository.Files f = scans.files(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (back && f.backKey() == null) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        return back ? new Image(files.open(f.backKey()), f.backType(), f.backSize())
                : new Image(files.open(f.frontKey()), f.frontType(), f.frontSize());
    }

    /** The scan a letter was added with, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<LetterScan> ofLetter(Letter letter) {
        return letter.scanId() == null ? Optional.empty() : scans.find(letter.scanId());
    }

    private Optional<FieldProblem> refusal(String field, LetterScanFile file) {
        return reader.refusal(file.size(), file.content())
                .map(rule -> FieldProblem.of(field, "LetterScan" + rule, UploadNames.shown(file.fileName())));
    }

    private TextReader.Reading read(LetterScanFile file) throws IOException {
        try (InputStream in = file.content().get()) {
            return reader.read(in);
        }
    }

    private record Stored(String key, String type) {
    }

    private Stored store(LetterScanFile file, List<String> keys) {
        try (InputStream in = new BufferedInputStream(file.content().get(), FileSniffer.HEAD + 1)) {
            String type = FileSniffer.sniff(FileSniffer.head((BufferedInputStream) in));
            String key = files.put(in);
            keys.add(key);
            return new Stored(key, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteQuietly(String key) {
        try {
            files.delete(key);
        } catch (RuntimeException e) {
            log.warn("Could not remove the picture {} of a scan not kept", key, e);
        }
    }
}
