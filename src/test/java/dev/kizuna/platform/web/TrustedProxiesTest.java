package dev.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** KIZUNA_TRUSTED_PROXIES: which peers' forwarding headers are believed, and which hop is the client. */
class TrustedProxiesTest {

    @Test
    void nothingIsTrustedByDefault() {
        TrustedProxies none = TrustedProxies.parse("");
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.client("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void rangesAndSingleAddressesOfBothFamilies() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.5 ,fd00::/8");
        assertThat(proxies.trusts("10.200.3.4")).isTrue();
        assertThat(proxies.trusts("11.0.0.1")).isFalse();
        assertThat(proxies.trusts("192.168.1.5")).isTrue();
        assertThat(proxies.trusts("192.168.1.6")).isFalse();
        assertThat(proxies.trusts("fd12:3456::1")).isTrue();
        assertThat(proxies.trusts("2001:db8::1")).isFalse();
        assertThat(proxies.trusts("localhost")).isFalse();
        assertThat(TrustedProxies.parse("172.16.0.0/12").trusts("172.31.255.255")).isTrue();
        assertThat(TrustedProxies.parse("172.16.0.0/12").trusts("172.32.0.0")).isFalse();
    }

    @Test
    void theClientIsTheNearestHopThatIsNotATrustedProxy() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8");
        assertThat(proxies.client("10.0.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        // A client that sends its own X-Forwarded-For cannot pick its address: the proxy appended the real one.
        assertThat(proxies.client("10.0.0.1", List.of("1.1.1.1", "203.0.113.9", "10.0.0.2"))).isEqualTo("203.0.113.9");
        assertThat(proxies.client("10.0.0.1", List.of("not-an-address"))).isEqualTo("10.0.0.1");
        assertThat(proxies.client("10.0.0.1", List.of("10.0.0.3", "10.0.0.2"))).isEqualTo("10.0.0.3");
        assertThat(proxies.client("203.0.113.50", List.of("198.51.100.1"))).isEqualTo("203.0.113.50");
    }

    @Test
    void aMistypedSettingStopsTheStart() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example.jp")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KIZUNA_TRUSTED_PROXIES");
    }
}
