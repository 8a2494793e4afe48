package dev.kizuna.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The proxies whose forwarding headers are believed ({@code KIZUNA_TRUSTED_PROXIES}: addresses and CIDR ranges,
 * comma-separated, e.g. {@code 10.0.0.0/8, 192.168.1.5}). Empty (the default): nobody's, so a client cannot claim
 * another address by sending {@code X-Forwarded-For} itself.
 */
public final class TrustedProxies {

    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            return rest == 0 || ((address[full] ^ network[full]) & (0xFF << (8 - rest)) & 0xFF) == 0;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Parses the setting; an entry that is not an IP address or range stops the start with a clear message. */
    public static TrustedProxies parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : setting == null ? new String[0] : setting.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            String[] parts = e.split("/", 2);
            byte[] network = literal(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException("KIZUNA_TRUSTED_PROXIES: not an IP address or range: " + e);
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("KIZUNA_TRUSTED_PROXIES: bad prefix length: " + e);
            }
            ranges.add(new Range(network, prefix));
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean trusts(String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    /**
     * The client behind a chain of hops (nearest last, as X-Forwarded-For lists them): the nearest hop that is not
     * a trusted proxy; when every hop is one, the farthest.
     */
    public String client(String peer, List<String> hops) {
        if (!trusts(peer) || hops.isEmpty()) {
            return peer;
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop) == null) {
                return peer; // a forged or garbled entry: believe nothing beyond it
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return hops.getFirst();
    }

    /** The bytes of an IP literal (IPv4, or IPv6 with or without brackets), or null; never a DNS lookup. */
    static byte[] literal(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.isEmpty() || !LITERAL.matcher(t).matches()) {
            return null;
        }
        if (!t.contains(":") && Arrays.stream(t.split("\\.", -1)).filter(s -> !s.isEmpty()).count() != 4) {
            return null;
        }
        try {
            return InetAddress.getByName(t.toLowerCase(Locale.ROOT)).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
