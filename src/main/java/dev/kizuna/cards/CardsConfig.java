package dev.kizuna.cards;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reader's parts: Tesseract ({@code kizuna.cards.tesseract}, default {@code tesseract} on the PATH), the parser. */
@Configuration(proxyBeanMethods = false)
class CardsConfig {

    @Bean
    Tesseract tesseract(@Value("${kizuna.cards.tesseract:tesseract}") String command) {
        return new Tesseract(command, Duration.ofSeconds(60));
    }

    @Bean
    CardReader cardReader(Tesseract tesseract, CardAddresses addresses) {
        return new CardReader(tesseract, new CardParser(addresses::area, new Readings()));
    }
}
