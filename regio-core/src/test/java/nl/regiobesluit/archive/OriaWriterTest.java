package nl.regiobesluit.archive;

import nl.regiobesluit.shared.Problem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.regiobesluit.archive.OriaMeeting.Keuze.AFWEZIG;
import static nl.regiobesluit.archive.OriaMeeting.Keuze.ONTHOUDEN;
import static nl.regiobesluit.archive.OriaMeeting.Keuze.TEGEN;
import static nl.regiobesluit.archive.OriaMeeting.Keuze.VOOR;
import static org.assertj.core.api.Assertions.assertThat;

class OriaWriterTest {

    private static final List<OriaMeeting.PartyGroup> GROUPS = List.of(
            new OriaMeeting.PartyGroup("Leiden/D66", "D66 Leiden", "Leiden"),
            new OriaMeeting.PartyGroup("Leiden/GL", "GroenLinks Leiden", "Leiden"),
            new OriaMeeting.PartyGroup("Oegstgeest/VVD", "VVD Oegstgeest", "Oegstgeest"));
    private static final List<OriaMeeting.Member> MEMBERS = List.of(
            new OriaMeeting.Member("Leiden/D66", "Leiden/D66", "Jansen", "A. Jansen"),
            new OriaMeeting.Member("Leiden/GL", "Leiden/GL", null, null),
            new OriaMeeting.Member("Oegstgeest/VVD", "Oegstgeest/VVD", "Bakker", "B. de Bakker"));

    private static OriaMeeting meeting(List<OriaMeeting.Ballot> ballots) {
        return new OriaMeeting("RC-2026-03", "Regiocommissie Wonen, 12 maart 2026", LocalDate.of(2026, 3, 12),
                "Regiocommissie Wonen Leidse regio",
                List.of(new OriaMeeting.AgendaItem("1", "1", "Opening", null, null, null),
                        new OriaMeeting.AgendaItem("2", "2", "Regionale woonagenda", "Advies aan de raden", "RB-2026-001",
                                new OriaMeeting.Vote("2", ballots, true, OriaMeeting.Resultaat.AANGENOMEN,
                                        "Gewogen stemming (schema A, ten minste 70%): 72,4% voor")),
                        new OriaMeeting.AgendaItem("3", "3a", "Motie fietsroutes", null, null,
                                new OriaMeeting.Vote("3", List.of(new OriaMeeting.Ballot("Leiden/D66", TEGEN),
                                        new OriaMeeting.Ballot("Oegstgeest/VVD", TEGEN)), false, OriaMeeting.Resultaat.VERWORPEN, null))),
                GROUPS, MEMBERS);
    }

    private static final List<OriaMeeting.Ballot> BALLOTS = List.of(new OriaMeeting.Ballot("Leiden/D66", VOOR),
            new OriaMeeting.Ballot("Leiden/GL", ONTHOUDEN), new OriaMeeting.Ballot("Oegstgeest/VVD", TEGEN));

    private static byte[] write(OriaMeeting m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var result = new OriaWriter().write(m, out);
        assertThat(result.problems()).isEmpty();
        return out.toByteArray();
    }

    @Test
    void aMeetingWithAWeightedVoteIsValidOria() throws Exception {
        Path xsd = ArchiveFixtures.archivalReference("ORI-A.xsd");
        Assumptions.assumeTrue(Files.isRegularFile(xsd), "ORI-A.xsd niet aanwezig / not present at " + xsd);
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(write(meeting(BALLOTS)))));
    }

    @Test
    void everyMemberVoteAndEveryPartyGroupResultIsRecorded() throws Exception {
        Document d = ArchiveFixtures.parse(write(meeting(BALLOTS)));
        var deelnemers = d.getElementsByTagNameNS(OriaWriter.NAMESPACE, "aanwezigeDeelnemer");
        assertThat(deelnemers.getLength()).isEqualTo(3);
        assertThat(((Element) deelnemers.item(1)).getElementsByTagNameNS("*", "keuzeStemming").item(0).getTextContent())
                .isEqualTo("Onthouden");
        assertThat(((Element) deelnemers.item(1)).getElementsByTagNameNS("*", "achternaam").item(0).getTextContent())
                .isEqualTo("Fractiespecialist GroenLinks Leiden");
        var fracties = d.getElementsByTagNameNS(OriaWriter.NAMESPACE, "fractie");
        assertThat(fracties.getLength()).isEqualTo(3);
        assertThat(((Element) fracties.item(0)).getElementsByTagNameNS("*", "fractieStemresultaat").item(0).getTextContent())
                .isEqualTo("Aangenomen");
        assertThat(((Element) fracties.item(0)).getElementsByTagNameNS("*", "fractieStemresultaat").item(1).getTextContent())
                .isEqualTo("Verworpen");
        assertThat(d.getElementsByTagNameNS(OriaWriter.NAMESPACE, "stemming").getLength()).isEqualTo(2);
        assertThat(((Element) fracties.item(2)).getElementsByTagNameNS("*", "fractieStemresultaat").item(0).getTextContent())
                .isEqualTo("Verworpen");
        assertThat(ArchiveFixtures.text(d, "resultaat")).isEqualTo("Aangenomen");
        assertThat(ArchiveFixtures.text(d, "toelichting")).contains("72,4% voor");
    }

    @Test
    void aPartyGroupWhoseMembersVotedDifferentlyIsVerdeeldAndOneThatWasAbsentHasNoResult() {
        var members = new java.util.HashMap<String, OriaMeeting.Member>();
        members.put("a", new OriaMeeting.Member("a", "G", null, null));
        members.put("b", new OriaMeeting.Member("b", "G", null, null));
        var group = new OriaMeeting.PartyGroup("G", "G", null);
        var split = new OriaMeeting.Vote("v", List.of(new OriaMeeting.Ballot("a", VOOR), new OriaMeeting.Ballot("b", TEGEN)), true, OriaMeeting.Resultaat.AANGENOMEN, null);
        var absent = new OriaMeeting.Vote("v", List.of(new OriaMeeting.Ballot("a", AFWEZIG)), true, OriaMeeting.Resultaat.AANGENOMEN, null);
        assertThat(OriaWriter.groupResult(group, split, members)).isEqualTo("Verdeeld");
        assertThat(OriaWriter.groupResult(group, absent, members)).isNull();
    }

    @Test
    void aVoteByANonMemberOrTwoVotesByOneMemberAreRejectedAndNothingIsWritten() throws Exception {
        OriaMeeting bad = meeting(List.of(new OriaMeeting.Ballot("Leiden/D66", VOOR), new OriaMeeting.Ballot("Leiden/D66", TEGEN),
                new OriaMeeting.Ballot("Leiden/PvdD", VOOR)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var result = new OriaWriter().write(bad, out);
        assertThat(result.isOk()).isFalse();
        assertThat(result.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("two votes by one member", "Leiden/D66"))
                .anySatisfy(m -> assertThat(m).contains("non-member", "Leiden/PvdD"));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.source()).contains("RC-2026-03"));
        assertThat(out.size()).isZero();
    }
}
