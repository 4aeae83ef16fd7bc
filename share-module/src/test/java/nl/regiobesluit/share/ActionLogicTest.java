package nl.regiobesluit.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;

import nl.regiobesluit.model.RbModel;
import nl.regiobesluit.platform.ContentModel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The pure logic of "Stemming vastleggen / Record vote" and "Definitief maken / Finalize" (regiobesluit-actions.js), run in
 * Rhino: the defaults, the form the dialog opens, the proposals offered, the association and the finalize request.
 */
class ActionLogicTest {

    private static final String NODE_REF = "workspace://SpacesStore/advice-1";
    private final ActionScript js = new ActionScript();
    private final ContentModel model = ContentModel.load();

    @AfterEach
    void close() {
        js.close();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(String expression) {
        return (Map<String, Object>) new Yaml().load(js.json(expression));
    }

    // ---------------------------------------------------------------- Record vote: defaults

    @Test
    void anAdviceVoteStartsAtTheRegiocommissieOnToday() {
        assertThat(object("R.defaults('rb:advice', {}, new Date(2026, 11, 3, 14, 30))"))
                .isEqualTo(Map.of("votingBody", "REGIOCOMMISSIE", "voteDate", "2026-12-03"));
    }

    @Test
    void anAgendaItemVoteStartsAtTheBodyThatMet() {
        // Share's record gives "rb:meetingBody"; Alfresco.util.Node adds "rb_meetingBody" beside it.
        assertThat(js.eval("R.defaults('rb:agendaItem', {'rb:meetingBody': 'REGIORAAD'}, new Date(2026, 11, 3)).votingBody"))
                .isEqualTo("REGIORAAD");
        assertThat(js.eval("R.defaults('rb:agendaItem', {'rb_meetingBody': 'ALGEMEEN_BESTUUR'}, new Date(2026, 11, 3)).votingBody"))
                .isEqualTo("ALGEMEEN_BESTUUR");
    }

    @Test
    void aMeetingBodyTheModelDoesNotAllowFallsBackToTheRegiocommissie() {
        // rb:votingBodyList is case-sensitive: "regioraad" would be refused by Alfresco on save.
        for (String odd : List.of("'regioraad'", "''", "null", "undefined", "'GEMEENTERAAD '")) {
            assertThat(js.eval("R.defaults('rb:agendaItem', {'rb:meetingBody': " + odd + "}, new Date(2026, 11, 3)).votingBody"))
                    .as(odd).isEqualTo("REGIOCOMMISSIE");
        }
        // and the advice ignores a meeting body (an advice is always the regiocommissie's)
        assertThat(js.eval("R.defaults('rb:advice', {'rb:meetingBody': 'REGIORAAD'}, new Date(2026, 11, 3)).votingBody"))
                .isEqualTo("REGIOCOMMISSIE");
    }

    @Test
    void theBodiesTheActionKnowsAreExactlyTheModelsList() {
        assertThat(js.json("R.VOTING_BODIES")).isEqualTo(js.json("['" + String.join("','",
                model.constraints.get(RbModel.CONSTRAINT_VOTING_BODY)) + "']"));
        assertThat(model.constraints.get(RbModel.CONSTRAINT_VOTING_BODY)).contains(js.eval("R.DEFAULT_VOTING_BODY"));
        assertThat(js.eval("R.DEFAULT_VOTING_BODY")).isEqualTo(RbModel.VOTING_BODY_REGIOCOMMISSIE);
    }

    @Test
    void todayIsTheLocalCalendarDateAsShareSubmitsADateWithoutTime() {
        assertThat(js.eval("R.isoDate(new Date(2027, 0, 5, 23, 59))")).isEqualTo("2027-01-05");
        assertThat(js.eval("R.isoDate(new Date(2026, 11, 31, 0, 0))")).isEqualTo("2026-12-31");
    }

    @Test
    void theDialogOpensTheRecordVoteFormOfTheNodeInEditModeWithTheDefaultsAsArguments() {
        assertThat(js.eval("R.formUrl('/share/service/', '" + NODE_REF + "', {votingBody: 'REGIORAAD', voteDate: '2026-12-03'})"))
                .isEqualTo("/share/service/components/form?itemKind=node&itemId=workspace%3A%2F%2FSpacesStore%2Fadvice-1"
                        + "&mode=edit&submitType=json&formId=rb-record-vote&showCancelButton=true"
                        + "&rbVotingBody=REGIORAAD&rbVoteDate=2026-12-03");
    }

    @Test
    void theActionAppliesToAgendaItemsAndAdviceOnly() {
        for (String type : model.types.keySet()) {
            boolean expected = type.equals(RbModel.TYPE_AGENDA_ITEM) || type.equals(RbModel.TYPE_ADVICE);
            assertThat(js.eval("R.applies('" + type + "')")).as(type).isEqualTo(String.valueOf(expected));
        }
        assertThat(js.eval("R.applies('cm:content')")).isEqualTo("false");
    }

    @Test
    void anAdviceWithoutAKindIsAskedForOneAndAnAdviceWithOneKeepsIt() {
        assertThat(js.eval("R.asksAdviceKind('rb:advice', {})")).isEqualTo("true");
        assertThat(js.eval("R.asksAdviceKind('rb:advice', {'rb:adviceKind': ''})")).isEqualTo("true");
        assertThat(js.eval("R.asksAdviceKind('rb:advice', {'rb_adviceKind': 'NEGATIVE'})")).isEqualTo("false");
        assertThat(js.eval("R.asksAdviceKind('rb:agendaItem', {})")).isEqualTo("false");
        assertThat(js.eval("R.ADVICE_KIND_FIELD")).isEqualTo("prop_" + RbModel.PROP_ADVICE_KIND.replace(':', '_'));
    }

    // ---------------------------------------------------------------- Record vote: linking the advice

    @Test
    void onlyAdviceIsLinkedInTheDialogBecauseTheAssociationGoesFromTheProposalToTheAdvice() {
        // rb:proposalAdvice: source rb:proposal, target rb:advice (the model); the advice's own form cannot set it.
        assertThat(model.associations.get(RbModel.ASSOC_PROPOSAL_ADVICE).owner()).isEqualTo(RbModel.TYPE_PROPOSAL);
        assertThat(model.associations.get(RbModel.ASSOC_PROPOSAL_ADVICE).targetClass()).isEqualTo(RbModel.TYPE_ADVICE);
        assertThat(js.eval("R.ASSOC_PROPOSAL_ADVICE")).isEqualTo(RbModel.ASSOC_PROPOSAL_ADVICE);
        assertThat(js.eval("R.linksProposal('rb:advice')")).isEqualTo("true");
        assertThat(js.eval("R.linksProposal('rb:agendaItem')")).isEqualTo("false");
    }

    @Test
    void theProposalsOfferedAreTheOnesWaitingForTheRegiocommissie() throws Exception {
        Map<String, Object> body = object("R.searchBody()");
        @SuppressWarnings("unchecked")
        Map<String, Object> query = (Map<String, Object>) body.get("query");
        assertThat(query.get("language")).isEqualTo("afts");
        assertThat((String) query.get("query")).isEqualTo("TYPE:\"" + RbModel.TYPE_PROPOSAL + "\" AND "
                + RbModel.PROP_ROUTE_STATUS + ":\"" + RbModel.STATUS_IN_COMMITTEE + "\"");
        assertThat(js.eval("R.searchUrl('/share/')")).isEqualTo("/share/proxy/alfresco-api/-default-/public/search/versions/1/search");
        RestApiDefinitions search = RestApiDefinitions.load("alfresco-search.yaml");
        assumeTrue(search != null, "alfresco-search.yaml is not in ../shared/reference; the body's fields are not checked");
        assertThat(search.properties("SearchRequest")).containsAll(body.keySet());
        assertThat(body.keySet()).containsAll(search.required("SearchRequest"));
        assertThat(search.properties("RequestQuery")).containsAll(query.keySet());
    }

    @Test
    void proposalsAreNamedByNumberAndTitleAndListedInOrderOnce() {
        String answer = "{list: {entries: ["
                + "{entry: {id: 'p2', name: 'Voorstel RV-2014-019.pdf', properties: {'rb:proposalNumber': 'RV-2014-019', 'cm:title': 'Woningbouwafspraken'}}},"
                + "{entry: {id: 'p1', name: 'kadernota.pdf', properties: {'rb:proposalNumber': 'RV-2014-007'}}},"
                + "{entry: {id: 'p3', name: 'x.pdf', properties: {'cm:title': 'RV-2014-020 Bereikbaarheid', 'rb:proposalNumber': 'RV-2014-020'}}},"
                + "{entry: {id: 'p2', name: 'Voorstel RV-2014-019.pdf', properties: {}}}"
                + "]}}";
        assertThat(js.json("R.choices(" + answer + ")")).isEqualTo("[{\"id\":\"p1\",\"label\":\"RV-2014-007 kadernota.pdf\"},"
                + "{\"id\":\"p2\",\"label\":\"RV-2014-019 Woningbouwafspraken\"},"
                + "{\"id\":\"p3\",\"label\":\"RV-2014-020 Bereikbaarheid\"}]");
        assertThat(js.json("R.choices({})")).isEqualTo("[]");
        assertThat(js.json("R.choices(null)")).isEqualTo("[]");
    }

    @Test
    void thePickerStartsOnTheLinkedProposalElseOnTheOnlyOneElseOnNothing() {
        String two = "[{id: 'p1', label: 'a'}, {id: 'p2', label: 'b'}]";
        assertThat(js.eval("R.preselect(" + two + ", {id: 'p9', label: 'z'})")).isEqualTo("p9");
        assertThat(js.eval("R.preselect([{id: 'p1', label: 'a'}], null)")).isEqualTo("p1");
        assertThat(js.eval("R.preselect(" + two + ", null)")).isEmpty();
        assertThat(js.eval("R.preselect([], null)")).isEmpty();
    }

    @Test
    void anUnlinkedAdviceMustNameItsProposalWhenOneIsWaiting() {
        String one = "[{id: 'p1', label: 'a'}]";
        assertThat(js.eval("R.linkProblem(null, " + one + ", '')")).isEqualTo("rb.recordVote.proposal.required");
        assertThat(js.eval("R.linkProblem(null, " + one + ", 'p1')")).isEqualTo("null");
        assertThat(js.eval("R.linkProblem({id: 'p9'}, " + one + ", '')")).as("already linked").isEqualTo("null");
        assertThat(js.eval("R.linkProblem(null, [], '')")).as("nothing waiting: save now, link later").isEqualTo("null");
    }

    @Test
    void theLinkIsTheAssociationFromTheProposalToTheAdviceAsAlfrescosApiCreatesIt() throws Exception {
        Map<String, Object> link = object("R.linkRequest('/share/', 'p1', '" + NODE_REF + "')");
        assertThat(link.get("method")).isEqualTo("POST");
        assertThat(link.get("url")).isEqualTo("/share/proxy/alfresco-api/-default-/public/alfresco/versions/1/nodes/p1/targets");
        assertThat(link.get("body")).isEqualTo(Map.of("targetId", "advice-1", "assocType", RbModel.ASSOC_PROPOSAL_ADVICE));
        assertThat(js.eval("R.sourcesUrl('/share/', '" + NODE_REF + "')")).isEqualTo(
                "/share/proxy/alfresco-api/-default-/public/alfresco/versions/1/nodes/advice-1/sources"
                        + "?where=(assocType%3D'rb%3AproposalAdvice')&include=properties");
        RestApiDefinitions core = RestApiDefinitions.load("alfresco-core.yaml");
        assumeTrue(core != null, "alfresco-core.yaml is not in ../shared/reference; the body's fields are not checked");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) link.get("body");
        assertThat(body.keySet()).containsExactlyInAnyOrderElementsOf(core.required("AssociationBody"));
    }

    // ---------------------------------------------------------------- Finalize

    @Test
    void finalizingSetsWhatTheRoutingServicesFinalizeStepWaitsFor() throws Exception {
        // routing-service EventClassifier: an rb:decisionRecord with rb:finalized true and no cm:lockable goes to FINALIZE.
        Map<String, Object> request = object("F.request('/share/', 'workspace://SpacesStore/record-1')");
        assertThat(request.get("method")).isEqualTo("PUT");
        assertThat(request.get("url")).isEqualTo("/share/proxy/alfresco-api/-default-/public/alfresco/versions/1/nodes/record-1");
        assertThat(request.get("body")).isEqualTo(Map.of("properties", Map.of(RbModel.PROP_FINALIZED, true)));
        assertThat(js.eval("F.TYPE_DECISION_RECORD")).isEqualTo(RbModel.TYPE_DECISION_RECORD);
        assertThat(model.properties.get(RbModel.PROP_FINALIZED).type()).isEqualTo("d:boolean");
        RestApiDefinitions core = RestApiDefinitions.load("alfresco-core.yaml");
        assumeTrue(core != null, "alfresco-core.yaml is not in ../shared/reference; the body's fields are not checked");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) request.get("body");
        assertThat(core.properties("NodeBodyUpdate")).containsAll(body.keySet());
    }

    @Test
    void onlyADecisionRecordThatIsNeitherFinalNorLockedCanBeFinalized() {
        assertThat(js.eval("F.applies('rb:decisionRecord', {}, false)")).isEqualTo("true");
        assertThat(js.eval("F.applies('rb:decisionRecord', {'rb:finalized': false}, false)")).isEqualTo("true");
        assertThat(js.eval("F.applies('rb:decisionRecord', {'rb:finalized': true}, false)")).isEqualTo("false");
        assertThat(js.eval("F.applies('rb:decisionRecord', {'rb_finalized': 'true'}, false)")).isEqualTo("false");
        assertThat(js.eval("F.applies('rb:decisionRecord', {}, true)")).as("locked").isEqualTo("false");
        assertThat(js.eval("F.applies('rb:proposal', {}, false)")).isEqualTo("false");
    }

    @Test
    void messagesGetTheirArgumentsAsSharesDo() {
        assertThat(js.eval("Regiobesluit.format('Stemming vastleggen: {0}', ['Advies.pdf'])")).isEqualTo("Stemming vastleggen: Advies.pdf");
        assertThat(js.eval("Regiobesluit.format('niet gelukt ({0})', [])")).isEqualTo("niet gelukt ({0})");
    }
}
