package io.github.mysqlconfigaudit.haproxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.units.HaproxyDuration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HaproxyParsingTest {

    @ParameterizedTest
    @CsvSource({"3000, 3000", "3s, 3000", "300ms, 300", "5m, 300000", "8h, 28800000", "1d, 86400000", "1500us, 2",
        "0, 0"})
    void timeValuesWithAndWithoutUnits(String text, long millis) {
        assertEquals(Optional.of(millis), HaproxyDuration.parseMillis(text));
    }

    @ParameterizedTest
    @CsvSource({"10x", "1.5s", "-1s", "s", "'3 s'", "3S"})
    void timeValuesHaproxyRefuses(String text) {
        assertEquals(Optional.empty(), HaproxyDuration.parseMillis(text));
    }

    @Test
    void unitlessMeansMilliseconds() {
        assertTrue(HaproxyDuration.unitless("300"));
        assertFalse(HaproxyDuration.unitless("300s"));
        assertEquals("0.3 s", HaproxyDuration.seconds(300));
        assertEquals("24h", HaproxyDuration.literal(86_400_000));
        assertEquals("90s", HaproxyDuration.literal(90_000));
    }

    @Test
    void wordsQuotesEscapesAndComments() {
        List<Word> words = HaproxyTokenizer.split("  server \"db 1\" 'a\\b' c\\ d # comment \"x").words();
        assertEquals(List.of("server", "db 1", "a\\b", "c d"), words.stream().map(Word::text).toList());
        assertEquals(3, words.get(0).column());
        assertEquals(10, words.get(1).column());
    }

    @Test
    void trailingBackslashAndOpenQuoteAreErrors() {
        assertNotNull(HaproxyTokenizer.split("timeout client \\").error());
        assertNotNull(HaproxyTokenizer.split("timeout client \"30s").error());
        assertNull(HaproxyTokenizer.split("timeout client 30s # it's fine").error());
    }

    @Test
    void sectionsWithNamesFromAndDirectivesWithLines() {
        HaproxyConfig config = HaproxyConfigReader.parse("h.cfg", "global\n  maxconn 10\n\ndefaults base\n"
                + "  mode tcp\nbackend be from base\n  server s1 10.0.0.1:3306\n");
        assertEquals(List.of("global", "defaults", "backend"), config.sections().stream().map(HaproxySection::type).toList());
        HaproxySection be = config.sections().get(2);
        assertEquals("be", be.name());
        assertEquals("base", be.from());
        assertEquals(new Location("h.cfg", 7, 3), be.directives().get(0).location());
        assertTrue(config.problems().isEmpty());
    }

    @Test
    void keywordOutsideAnySectionIsAParseErrorAndUnknownKeywordsAreKept() {
        HaproxyConfig config = HaproxyConfigReader.parse("h.cfg", "maxconn 10\nlisten x\n  frobnicate 1\n");
        assertEquals(1, config.problems().size());
        assertEquals(SourceProblem.Kind.PARSE_ERROR, config.problems().get(0).kind());
        assertEquals(1, config.problems().get(0).location().line());
        assertEquals("frobnicate", config.sections().get(0).directives().get(0).keyword());
    }

    @Test
    void unnamedOrBadlyNamedProxyIsAParseError() {
        assertEquals(1, HaproxyConfigReader.parse("h.cfg", "backend\n").problems().size());
        assertEquals(1, HaproxyConfigReader.parse("h.cfg", "backend a/b\n").problems().size());
        assertTrue(HaproxyConfigReader.parse("h.cfg", "defaults\nbackend a.b-c_d:e\n").problems().isEmpty());
    }
}
