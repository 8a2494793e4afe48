package dev.kizuna.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

/**
 * What makes two requests "the same" for an Idempotency-Key: method, path and query, then the body. A multipart
 * body is digested part by part from the parts the server already parsed (and spooled to disk), so the controller
 * still finds them; any other body is digested while it is spooled ({@link SpooledBody}).
 */
final class RequestDigest {

    private RequestDigest() {
    }

    static MessageDigest start(HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
    }

    static void addParts(MessageDigest digest, HttpServletRequest request) throws IOException, ServletException {
        byte[] buffer = new byte[16 * 1024];
        for (Part part : request.getParts()) {
            digest.update(("\n--" + part.getName() + ";" + part.getSubmittedFileName() + ";" + part.getContentType()
                    + ";" + part.getSize() + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream in = part.getInputStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
