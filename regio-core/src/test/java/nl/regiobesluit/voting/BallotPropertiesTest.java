package nl.regiobesluit.voting;

import nl.regiobesluit.ProjectFiles;
import nl.regiobesluit.pbt.PropertyRuns;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Member lists as griffie staff type them: the ballot is accepted exactly when every name is a member with a seat and no
 * member is listed twice (decided here from the 2014 file's rows, not by the code under test), and every refusal is one
 * bilingual line naming the list.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard only
class BallotPropertiesTest {

    private static final PropertyRuns.Outcomes OUTCOMES = new PropertyRuns.Outcomes("member lists");
    private static final Weights WEIGHTS = WeightingScheme.C.weigh(Fixtures.election2014()).value();
    /** "Municipality/Party" of every row of the 2014 file with a seat, read by splitting its plain lines. */
    private static final List<String> MEMBERS = seatedMembersOf2014();

    private static List<String> seatedMembersOf2014() {
        try {
            List<String> members = new ArrayList<>();
            List<String> lines = Files.readAllLines(ProjectFiles.election2014());
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                if (cells.length > 4 && Integer.parseInt(cells[4]) > 0) {
                    members.add(cells[0] + "/" + cells[3]);
                }
            }
            return members;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void report() {
        System.out.print(OUTCOMES.report());
    }

    /** A name as typed: a member (maybe with spaces), a wrong party, a municipality alone, noise. */
    private static Gen<String> name() {
        Gen<String> noise = PropertyRuns.stringsOf("LeidnorpZw/ ,'\"é\t\u0000\u2028-", 30);
        return in -> {
            String member = MEMBERS.get((int) in.next(Constraint.between(0, MEMBERS.size() - 1)));
            int slash = member.indexOf('/');
            return switch ((int) in.next(Constraint.between(0, 6))) {
                case 0, 1, 2 -> member;
                case 3 -> " " + member.substring(0, slash) + " / " + member.substring(slash + 1) + " ";
                case 4 -> member.substring(0, slash) + "/Piraten";
                case 5 -> member.substring(0, slash);
                default -> noise.generate(in);
            };
        };
    }

    private static Gen<List<String>> list() {
        return in -> {
            int n = (int) in.next(Constraint.between(0, 5));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                names.add(name().generate(in));
            }
            return names;
        };
    }

    /** The ballot the lists should give, or null when they should be refused: decided without Ballot or MemberId. */
    private static Map<MemberId, Vote> expected(List<String> yes, List<String> no, List<String> abstain) {
        Map<MemberId, Vote> votes = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (Map.Entry<List<String>, Vote> list : List.of(Map.entry(yes, Vote.YES), Map.entry(no, Vote.NO), Map.entry(abstain, Vote.ABSTAIN))) {
            for (String raw : list.getKey()) {
                String name = raw.trim();
                if (name.isEmpty()) {
                    continue;
                }
                int slash = name.indexOf('/');
                String key = slash < 0 ? name : name.substring(0, slash).trim() + "/" + name.substring(slash + 1).trim();
                if (slash <= 0 || !MEMBERS.contains(key) || !seen.add(key)) {
                    ok = false;
                    continue;
                }
                votes.put(new MemberId(key.substring(0, key.indexOf('/')), key.substring(key.indexOf('/') + 1)), list.getValue());
            }
        }
        return ok ? votes : null;
    }

    @Test
    void aBallotIsAcceptedExactlyWhenEveryNameIsAMemberListedOnce() {
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(800))
                .forAll(list(), list(), list())
                .checkAssert((yes, no, abstain) -> {
                    long start = System.nanoTime();
                    Result<Ballot> r = Ballot.fromLists(WEIGHTS, yes, no, abstain);
                    long nanos = System.nanoTime() - start;
                    Map<MemberId, Vote> expected = expected(yes, no, abstain);
                    if (expected != null) {
                        assertThat(r.problems()).isEmpty();
                        assertThat(r.value().asMap()).isEqualTo(expected);
                        OUTCOMES.count("typed lists", "accepted", nanos);
                        return;
                    }
                    assertThat(r.isOk()).as("%s %s %s should be refused", yes, no, abstain).isFalse();
                    for (Problem p : r.problems()) {
                        assertThat(p.field()).isIn("yes", "no", "abstain");
                        assertThat(p.messageNl()).isNotNull();
                        assertThat(p.describe()).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u2028");
                        assertThat(p.describe().length()).as(p.describe()).isLessThanOrEqualTo(300);
                    }
                    Problem first = r.problems().get(0);
                    String m = first.message();
                    String kind = m.contains("is listed twice") ? "member listed twice"
                            : m.contains("no party group with a seat") ? "unknown member: no such party group with a seat"
                            : m.contains("is not a participating municipality") ? "unknown member: municipality not taking part"
                            : m.contains("is not a member: write") ? "not written Gemeente/Fractie" : m;
                    OUTCOMES.count("typed lists", "refused (first problem): " + kind, nanos);
                });
        assertThat(OUTCOMES.ofClass("typed lists", "accepted")).isPositive();
        assertThat(OUTCOMES.ofClass("typed lists", "refused")).isPositive();
    }
}
