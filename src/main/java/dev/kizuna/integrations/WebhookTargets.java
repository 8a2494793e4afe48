package dev.kizuna.integrations;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where an administrator's webhook may post: not into Kizuna's own network. Loopback, link-local (cloud metadata
 * at 169.254.169.254 included), private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT, unspecified and
 * multicast addresses are refused — checked when the webhook is saved and again, after resolving the name, before
 * every delivery. An on-premise receiver on such an address needs {@code KIZUNA_WEBHOOK_ALLOW_PRIVATE=true}.
 */
@Component
class WebhookTargets {

    private final boolean allowPrivate;

    WebhookTargets(@Value("${kizuna.webhooks.allow-private-targets:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Whether the URL names a refused address outright (an IP, or a name that resolves to one now). */
    boolean refusesOnSave(String url) {
        String host = host(url);
        if (allowPrivate || host == null) {
            return false;
        }
        try {
            return refused(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return false; // not resolvable from here now; checked again before each delivery
        }
    }

    /** Resolves the URL's host now and refuses it if any of its addresses is refused (or it does not resolve). */
    void checkBeforeSending(String url) throws RefusedTargetException {
        String host = host(url);
        if (allowPrivate) {
            return;
        }
        try {
            if (host == null || refused(InetAddress.getAllByName(host))) {
                throw new RefusedTargetException();
            }
        } catch (UnknownHostException e) {
            throw new RefusedTargetException();
        }
    }

    static boolean refused(InetAddress... addresses) {
        for (InetAddress a : addresses) {
            byte[] b = a.getAddress();
            boolean cgnat = b.length == 4 && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64;
            boolean zeroNet = b.length == 4 && b[0] == 0;
            boolean uniqueLocal = a instanceof Inet6Address && (b[0] & 0xFE) == 0xFC;
            if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                    || a.isMulticastAddress() || cgnat || zeroNet || uniqueLocal) {
                return true;
            }
        }
        return false;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replace("[", "").replace("]", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The webhook's address is one Kizuna does not post to. */
    static final class RefusedTargetException extends Exception {
        RefusedTargetException() {
            super("refused target address");
        }
    }
}
