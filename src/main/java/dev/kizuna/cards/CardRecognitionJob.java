package dev.kizuna.cards;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.kizuna.platform.files.FileStore;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every second each instance takes the oldest queued card no one is reading (a lease in the database, so two
 * instances never read one card) and reads it on its own single thread: a hundred cards queue up without holding a
 * request or more than one core. Without Tesseract nothing is claimed and cards wait as queued. A card that cannot
 * be read after three tries, or where nothing was found, is marked failed with the reason.
 */
@Component
class CardRecognitionJob {

    static final int LEASE_SECONDS = 120;
    private static final int MAX_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(CardRecognitionJob.class);

    private final BusinessCardRepository cards;
    private final FileStore files;
    private final CardReader reader;
    private final Tesseract tesseract;
    private final boolean enabled;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("kizuna-cards").daemon(true).factory());
    private final AtomicBoolean busy = new AtomicBoolean();

    CardRecognitionJob(BusinessCardRepository cards, FileStore files, CardReader reader, Tesseract tesseract,
            @Value("${kizuna.cards.worker:true}") boolean enabled) {
        this.cards = cards;
        this.files = files;
        this.reader = reader;
        this.tesseract = tesseract;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 2000)
    void poll() {
        if (!enabled || !busy.compareAndSet(false, true)) {
            return;
        }
        boolean handedOver = false;
        try {
            if (tesseract.available()) {
                var claimed = cards.claim(LEASE_SECONDS);
                if (claimed.isPresent()) {
                    thread.submit(() -> readAndFree(claimed.get()));
                    handedOver = true;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for business cards to read", e);
        } finally {
            if (!handedOver) {
                busy.set(false);
            }
        }
    }

    private void readAndFree(UUID id) {
        try {
            read(id);
        } finally {
            busy.set(false);
        }
    }

    /** Reads one claimed card now (also for tests that do not wait for the poll). */
    void read(UUID id) {
        var keys = cards.keys(id).orElse(null);
        if (keys == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            Map<String, CardField> fields = new LinkedHashMap<>();
            StringBuilder text = new StringBuilder();
            read(keys.front(), fields, text);
            if (keys.back() != null) {
                read(keys.back(), fields, text);
            }
            if (fields.isEmpty()) {
                cards.failed(id, "CardNothingRead");
            } else {
                cards.recognised(id, fields, text.toString(), (System.nanoTime() - start) / 1e9);
            }
        } catch (Exception e) {
            if (!tesseract.available()) {
                cards.release(id);
            } else if (cards.attempts(id) >= MAX_ATTEMPTS) {
                log.warn("Business card {} could not be read", id, e);
                cards.failed(id, "CardUnreadable");
            } else {
                cards.release(id);
            }
        }
    }

    /** Fields of the front first; the back fills what the front did not have. */
    private void read(String key, Map<String, CardField> fields, StringBuilder text) throws Exception {
        try (InputStream in = files.open(key)) {
            CardReader.Reading reading = reader.read(in);
            reading.fields().forEach((name, field) -> fields.putIfAbsent(name.key(), field));
            text.append(text.isEmpty() ? "" : "\n").append(reading.text());
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
