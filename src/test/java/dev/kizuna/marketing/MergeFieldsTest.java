package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Merge fields by either language's name: an English reader writes {{name}} where a Japanese one writes {{氏名}}. */
class MergeFieldsTest {

    private static final Map<String, String> VALUES = Map.of("氏名", "山田 花子", "配信停止URL", "https://x.example/u");

    @Test
    void aFieldWrittenInEnglishBecomesTheSameValueAsItsJapaneseName() {
        assertThat(MergeFields.render("Dear {{ name }}, {{氏名}}さま <{{unsubscribeUrl}}>", VALUES, false))
                .isEqualTo("Dear 山田 花子, 山田 花子さま <https://x.example/u>");
        assertThat(MergeFields.unknown("{{name}} {{company}} {{会社名}}")).isEmpty();
    }

    @Test
    void aNameOfNeitherLanguageIsRefusedAndRendersEmpty() {
        assertThat(MergeFields.unknown("{{Name}} {{お名前}} {{name}}")).containsExactly("Name", "お名前");
        assertThat(MergeFields.render("[{{Name}}]", VALUES, false)).isEqualTo("[]");
    }

    @Test
    void eachLanguageListsTheNamesItsReadersWrite() {
        assertThat(MergeFields.shownTo(Locale.JAPANESE)).isEqualTo(MergeFields.NAMES);
        assertThat(MergeFields.shownTo(Locale.ENGLISH)).hasSameSizeAs(MergeFields.NAMES).startsWith("name", "company")
                .allMatch(n -> n.matches("[a-zA-Z]+"));
        assertThat(MergeFields.listedFor(Locale.ENGLISH)).startsWith("name, company, nextDelivery");
        assertThat(MergeFields.listedFor(Locale.JAPANESE)).startsWith("氏名、会社名、");
    }
}
