package dev.kizuna.platform.api;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a cursor's bytes with an HMAC so that a cursor this server did not hand out is told apart from one it
 * did, whatever the client puts in it. The key is the installation's (kept in the database by
 * {@link CursorKey}, the same for every instance behind a load balancer); until it is installed, a key made
 * for this process is used (plain unit tests).
 */
final class CursorSeal {

    private static final int TAG_BYTES = 16;
    private static volatile byte[] key = random();

    private CursorSeal() {
    }

    static void install(byte[] installationKey) {
        key = installationKey.clone();
    }

    static byte[] seal(byte[] payload) {
        byte[] out = Arrays.copyOf(payload, payload.length + TAG_BYTES);
        System.arraycopy(tag(payload), 0, out, payload.length, TAG_BYTES);
        return out;
    }

    /** @throws InvalidCursorException unless {@code sealed} came from {@link #seal} with this key */
    static byte[] open(byte[] sealed) {
        if (sealed.length < TAG_BYTES) {
            throw new InvalidCursorException();
        }
        byte[] payload = Arrays.copyOf(sealed, sealed.length - TAG_BYTES);
        byte[] tag = Arrays.copyOfRange(sealed, payload.length, sealed.length);
        if (!MessageDigest.isEqual(tag, tag(payload))) {
            throw new InvalidCursorException();
        }
        return payload;
    }

    private static byte[] tag(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
