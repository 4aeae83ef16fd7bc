package nl.regiobesluit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class ProblemDescriptionTest {

    @Test
    void aBilingualProblemNamesFileLineAndFieldInDutchThenEnglish() {
        Problem p = Problem.bilingualAt("verkiezing.csv", 12, "seats", "geen geheel getal: 'x'", "not a whole number: 'x'");
        assertThat(p.describe()).isEqualTo("verkiezing.csv, regel 12, veld 'seats': geen geheel getal: 'x'"
                + " / verkiezing.csv, line 12, field 'seats': not a whole number: 'x'");
    }

    @Test
    void anEnglishOnlyProblemKeepsItsShortForm() {
        assertThat(Problem.at("a.csv", 3, "seats", "negative").describe()).isEqualTo("a.csv:3: field 'seats': negative");
    }

    @Test
    void aBilingualProblemWhosePartsHoldNoLineBreakIsOneLineWithDutchFirst() {
        qt().withFixedSeed(42L).withExamples(200)
                .forAll(integers().between(0, 100_000),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 40),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 40))
                .assuming((line, nl, en) -> nl.indexOf('\n') < 0 && nl.indexOf('\r') < 0 && en.indexOf('\n') < 0 && en.indexOf('\r') < 0)
                .check((line, nl, en) -> {
                    String d = Problem.bilingualAt("f.csv", line, "veld", nl, en).describe();
                    return d.lines().count() == 1 && d.startsWith("f.csv") && d.contains(" / f.csv")
                            && d.indexOf(nl) < d.indexOf(" / f.csv") + 1;
                });
    }

    @Test
    void aLineThatIsTooLongNamesThePlaceOnceAndKeepsBothMessagesWhole() {
        Problem p = Problem.bilingualAt("/srv/archief/uitslagen/2015/result.json", 0,
                "inputs.composition.municipalities[0].partyGroups", "de zetels tellen op tot 38, maar council_seats is 39",
                "seats add up to 38, but council_seats is 39");
        assertThat(p.describe()).hasSizeGreaterThan(200);

        assertThat(p.describe(200)).isEqualTo("result.json, veld/field 'inputs.composition.municipalities[0].partyGroups': "
                + "de zetels tellen op tot 38, maar council_seats is 39 / seats add up to 38, but council_seats is 39");
    }

    @Test
    void aLineThatFitsIsLeftAsItIs() {
        Problem p = Problem.bilingualAt("/tmp/a.csv", 2, "seats", "negatief", "negative");
        assertThat(p.describe(300)).isEqualTo(p.describe());
    }

    @Test
    void onlyWhenNothingElseHelpsIsTheLineCut() {
        Problem p = Problem.bilingual("x".repeat(200), "y".repeat(200));
        assertThat(p.describe(100)).hasSize(100).endsWith("\u2026").startsWith("xxx");
    }

    @Test
    void eachHalfOfABilingualProblemCanBeShownOnItsOwn() {
        Problem p = Problem.bilingualAt("a.csv", 2, "seats", "negatief", "negative");
        assertThat(p.inDutch()).isEqualTo("a.csv, regel 2, veld 'seats': negatief");
        assertThat(p.inEnglish()).isEqualTo("a.csv, line 2, field 'seats': negative");
        assertThat(p.describe()).isEqualTo(p.inDutch() + " / " + p.inEnglish());
    }
}
