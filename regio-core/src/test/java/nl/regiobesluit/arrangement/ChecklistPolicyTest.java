package nl.regiobesluit.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import org.junit.jupiter.api.Test;

class ChecklistPolicyTest {

    private final Toetsingskader kader = Toetsingskader.shipped();
    private final ChecklistPolicy policy = new ChecklistPolicy(kader);

    @Test
    void theShippedToetsingskaderHasTheFourPartsWithTheirQuestions() {
        assertThat(kader.parts()).extracting(Toetsingskader.Part::id)
                .containsExactly("strategisch", "bedrijfsvoering", "bedrijfseconomisch", "juridisch");
        assertThat(kader.parts()).extracting(p -> p.questions().size()).containsExactly(7, 7, 11, 5);
        assertThat(kader.questions()).extracting(Toetsingskader.Question::id).doesNotHaveDuplicates()
                .contains("S1", "B7", "E11", "J5");
        assertThat(kader.questions()).allSatisfy(q -> assertThat(q.dutch()).isNotBlank())
                .allSatisfy(q -> assertThat(q.english()).isNotBlank());
    }

    @Test
    void everyQuestionAnsweredIsComplete() {
        List<String> answers = new ArrayList<>();
        kader.questions().forEach(q -> answers.add(q.id() + "=antwoord op " + q.id()));
        ChecklistPolicy.Check check = policy.check(ChecklistAnswers.parse(answers, List.of(), "p").value(), "p");
        assertThat(check.complete()).isTrue();
        assertThat(check.answered()).isEqualTo(30);
    }

    @Test
    void anUnansweredQuestionAndANvtWithoutReasonKeepItOpen() {
        List<String> answers = new ArrayList<>();
        kader.questions().stream().filter(q -> !List.of("S3", "J3", "E9").contains(q.id()))
                .forEach(q -> answers.add(q.id() + "=ja"));
        ChecklistAnswers given = ChecklistAnswers.parse(answers, List.of("J3=geen convenant: er worden taken overgedragen", "E9= "), "p").value();
        ChecklistPolicy.Check check = policy.check(given, "p");
        assertThat(check.complete()).isFalse();
        assertThat(check.unanswered()).extracting(Toetsingskader.Question::id).containsExactly("S3");
        assertThat(check.notApplicableWithoutReason()).extracting(Toetsingskader.Question::id).containsExactly("E9");
        assertThat(check.openQuestionIds()).containsExactly("S3", "E9");
        assertThat(check.answered()).isEqualTo(27);
        assertThat(check.notApplicable()).isEqualTo(1);
    }

    @Test
    void anAnswerToAQuestionTheKaderDoesNotHaveOrBothAnsweredAndNvtIsAProblem() {
        ChecklistAnswers given = ChecklistAnswers.parse(List.of("X9=iets", "S1=ja"), List.of("S1=n.v.t."), "voorstel.docx").value();
        ChecklistPolicy.Check check = policy.check(given, "voorstel.docx");
        assertThat(check.problems()).extracting(Problem::describe).anySatisfy(d -> assertThat(d).contains("X9"))
                .anySatisfy(d -> assertThat(d).contains("S1", "both answered"));
        assertThat(check.complete()).isFalse();
    }

    @Test
    void aValueWithoutAnIdIsRejectedNamingTheField() {
        Result<ChecklistAnswers> r = ChecklistAnswers.parse(List.of("alleen tekst"), List.of(), "voorstel.docx");
        assertThat(r.isOk()).isFalse();
        assertThat(r.problems().get(0).field()).isEqualTo("rb:checklistAnswers[0]");
    }

    @Test
    void aKaderFileWithoutTheFourPartsIsRejected() throws Exception {
        String json = "{\"format\":\"regiobesluit-toetsingskader/1\",\"parts\":[{\"id\":\"strategisch\",\"nl\":\"S\",\"en\":\"S\","
                + "\"questions\":[{\"id\":\"S1\",\"nl\":\"a\",\"en\":\"a\"},{\"id\":\"S1\",\"nl\":\"b\",\"en\":\"b\"}]}]}";
        Result<Toetsingskader> r = ToetsingskaderJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "k.json");
        assertThat(r.problems()).extracting(Problem::field).contains("parts", "parts[0].questions[1].id");
    }
}
