package nl.regiobesluit.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The browser part of regiobesluit-actions.js, run in Rhino against a small stand-in for what Share gives a page script:
 * YAHOO.Bubbling (registerAction, metadataRefresh), Alfresco.module.SimpleDialog, Alfresco.util.Ajax (answers set per
 * test, called back at once), Alfresco.util.PopupManager and a document with the ids the form puts on the page. It
 * checks what the actions ask of Share and of the repository, in which order; it does not show that Share itself
 * behaves as the stand-in does (that needs a live Share).
 */
class ActionWiringTest {

    /** The stand-in, evaluated before the script. Messages come back as [key] so that tests can see which one is shown. */
    private static final String SHARE = """
            var fired = [], calls = [], dialogs = [], prompts = [], messages = [], validations = [], elements = {};
            function El(tag) { this.tag = tag; this.children = []; this.innerHTML = ''; this.value = ''; }
            El.prototype.insertBefore = function (child, ref) { this.children.unshift(child); };
            var document = {
              getElementById: function (id) { return elements[id] || null; },
              createElement: function (tag) { return new El(tag); }
            };
            var YAHOO = { Bubbling: { fire: function (name, args) { fired.push({ name: name, args: args }); } } };
            var answers = {};
            function answer(c, method) {
              var a = answers[method + ' ' + c.url.split('?')[0]];
              if (a && a.status < 300) { c.successCallback.fn.call(c.successCallback.scope || null, { json: a.json }); }
              else { c.failureCallback.fn.call(null, { serverResponse: { status: a ? a.status : 404, statusText: 'Error' } }); }
            }
            var Alfresco = {
              constants: { URL_CONTEXT: '/share/', URL_SERVICECONTEXT: '/share/service/' },
              util: {
                message: function (key) { return '[' + key + ']'; },
                encodeHTML: function (s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'); },
                generateDomId: function () { return 'g1'; },
                populateHTML: function () { },
                PopupManager: {
                  displayMessage: function (c) { messages.push(c.text); },
                  displayPrompt: function (c) { prompts.push(c); }
                },
                Ajax: {
                  jsonGet: function (c) { calls.push({ method: 'GET', url: c.url }); answer(c, 'GET'); },
                  jsonPost: function (c) { calls.push({ method: 'POST', url: c.url, body: c.dataObj }); answer(c, 'POST'); },
                  jsonRequest: function (c) { calls.push({ method: c.method, url: c.url, body: c.dataObj }); answer(c, c.method); }
                }
              },
              module: { SimpleDialog: function (id) { this.id = id; dialogs.push(this); } }
            };
            Alfresco.module.SimpleDialog.prototype.setOptions = function (o) { this.options = o; return this; };
            Alfresco.module.SimpleDialog.prototype.show = function () { this.shown = true; return this; };
            function action(name) {
              for (var i = 0; i < fired.length; i++) {
                if (fired[i].name === 'registerAction' && fired[i].args.actionName === name) { return fired[i].args.fn; }
              }
              return null;
            }
            var API = '/share/proxy/alfresco-api/-default-/public/alfresco/versions/1/';
            var SEARCH = '/share/proxy/alfresco-api/-default-/public/search/versions/1/search';
            var form = { formId: 'f1', addValidation: function (id, fn, args, when, message) {
              validations.push({ id: id, fn: fn, when: when, message: message }); } };
            elements['f1-fields'] = new El('div');
            elements['dlg-rb-proposal'] = new El('select');
            function openDialog(record) {
              action('onRegiobesluitRecordVote').call({ id: 'dl' }, record);
              var d = dialogs[dialogs.length - 1];
              if (d) { d.options.doBeforeDialogShow.fn.call(null, form, { id: 'dlg' }); }
              return d;
            }
            var ADVICE = { nodeRef: 'workspace://SpacesStore/advice-1', displayName: 'Advies <RV-2014-019>.pdf',
              node: { type: 'rb:advice', properties: {}, isLocked: false } };
            var RECORD = { nodeRef: 'workspace://SpacesStore/record-1', displayName: 'Besluit.pdf',
              node: { type: 'rb:decisionRecord', properties: { 'rb:finalized': false }, isLocked: false } };
            """;

    private static final String TWO_PROPOSALS = "{list: {entries: ["
            + "{entry: {id: 'p2', name: 'b.pdf', properties: {'rb:proposalNumber': 'RV-2014-019', 'cm:title': 'Woningbouw'}}},"
            + "{entry: {id: 'p1', name: 'a.pdf', properties: {'rb:proposalNumber': 'RV-2014-007', 'cm:title': 'Kadernota'}}}]}}";

    private final ActionScript js = new ActionScript(SHARE);

    @AfterEach
    void close() {
        js.close();
    }

    private void answer(String methodAndUrl, int status, String json) {
        js.eval("answers[" + methodAndUrl + "] = { status: " + status + ", json: " + json + " };");
    }

    @Test
    void bothActionsAreRegisteredWithShareUnderTheFunctionNamesTheConfigUses() {
        assertThat(js.eval("typeof action('onRegiobesluitRecordVote')")).isEqualTo("function");
        assertThat(js.eval("typeof action('onRegiobesluitFinalize')")).isEqualTo("function");
    }

    @Test
    void recordVoteOnAnAdviceOffersTheWaitingProposalsAndLinksTheChosenOneOnlyAfterTheVoteIsSaved() {
        answer("'GET ' + API + 'nodes/advice-1/sources'", 200, "{list: {entries: []}}");
        answer("'POST ' + SEARCH", 200, TWO_PROPOSALS);
        js.eval("var d = openDialog(ADVICE);");
        assertThat(js.eval("d.shown")).isEqualTo("true");
        assertThat(js.eval("d.options.templateUrl")).matches("/share/service/components/form\\?itemKind=node"
                + "&itemId=workspace%3A%2F%2FSpacesStore%2Fadvice-1&mode=edit&submitType=json&formId=rb-record-vote"
                + "&showCancelButton=true&rbVotingBody=REGIOCOMMISSIE&rbVoteDate=\\d{4}-\\d{2}-\\d{2}");
        // The list sits at the top of the form's fields: both proposals by number and title, none pre-selected.
        String html = js.eval("elements['f1-fields'].children[0].innerHTML");
        assertThat(html).contains("<select id=\"dlg-rb-proposal\"")
                .contains("<option value=\"p1\">RV-2014-007 Kadernota</option>")
                .contains("<option value=\"p2\">RV-2014-019 Woningbouw</option>")
                .doesNotContain("selected");
        // Save is refused by Share's validation until a proposal is chosen.
        assertThat(js.eval("validations.length")).isEqualTo("1");
        assertThat(js.eval("validations[0].id + ' ' + validations[0].message")).isEqualTo("dlg-rb-proposal [rb.recordVote.proposal.required]");
        assertThat(js.eval("validations[0].fn({ value: '' })")).isEqualTo("false");
        assertThat(js.eval("validations[0].fn({ value: 'p2' })")).isEqualTo("true");
        assertThat(js.eval("JSON.stringify(calls.map(function (c) { return c.method + ' ' + c.url.split('?')[0]; }))"))
                .as("nothing is linked before the vote is saved")
                .isEqualTo("[\"GET /share/proxy/alfresco-api/-default-/public/alfresco/versions/1/nodes/advice-1/sources\","
                        + "\"POST /share/proxy/alfresco-api/-default-/public/search/versions/1/search\"]");

        // Share saved the form: now the association, from the proposal to the advice.
        js.eval("elements['dlg-rb-proposal'].value = 'p2';");
        answer("'POST ' + API + 'nodes/p2/targets'", 201, "{entry: {}}");
        js.eval("d.options.onSuccess.fn.call(null, {});");
        assertThat(js.json("calls[calls.length - 1]")).isEqualTo("{\"method\":\"POST\","
                + "\"url\":\"/share/proxy/alfresco-api/-default-/public/alfresco/versions/1/nodes/p2/targets\","
                + "\"body\":{\"targetId\":\"advice-1\",\"assocType\":\"rb:proposalAdvice\"}}");
        assertThat(js.eval("messages.join()")).isEqualTo("[rb.recordVote.success.linked]");
        assertThat(js.eval("fired.filter(function (f) { return f.name === 'metadataRefresh'; }).length")).isEqualTo("1");
    }

    @Test
    void anAdviceWithoutAKindMustHaveOneChosenRatherThanSavingTheFirstUnasked() {
        answer("'GET ' + API + 'nodes/advice-1/sources'", 200, "{list: {entries: []}}");
        answer("'POST ' + SEARCH", 200, TWO_PROPOSALS);
        // Share's selectone.ftl for the mandatory rb:adviceKind: no empty option, so the browser shows the first kind.
        js.eval("var kind = new El('select'); kind.id = 'dlg_prop_rb_adviceKind'; kind.options = ['POSITIVE', 'POSITIVE_IN_OUTLINE', 'NEGATIVE'];"
                + " kind.value = 'POSITIVE'; elements[kind.id] = kind;");
        js.eval("openDialog(ADVICE);");
        assertThat(js.eval("kind.children[0].value + '|' + kind.children[0].text + '|' + kind.value"))
                .isEqualTo("|[rb.recordVote.adviceKind.choose]|");
        assertThat(js.eval("validations[0].id + ' ' + validations[0].message"))
                .isEqualTo("dlg_prop_rb_adviceKind [rb.recordVote.adviceKind.required]");
        assertThat(js.eval("validations[0].fn({ value: '' }) + ' ' + validations[0].fn({ value: 'NEGATIVE' })")).isEqualTo("false true");
    }

    @Test
    void anAdviceThatHasAKindKeepsIt() {
        answer("'GET ' + API + 'nodes/advice-1/sources'", 200, "{list: {entries: []}}");
        answer("'POST ' + SEARCH", 200, "{list: {entries: []}}");
        js.eval("var kind = new El('select'); kind.id = 'dlg_prop_rb_adviceKind'; kind.options = ['POSITIVE', 'NEGATIVE'];"
                + " kind.value = 'NEGATIVE'; elements[kind.id] = kind;");
        js.eval("openDialog({ nodeRef: ADVICE.nodeRef, displayName: 'x', node: { type: 'rb:advice', properties: { 'rb:adviceKind': 'NEGATIVE' } } });");
        assertThat(js.eval("kind.children.length + ' ' + kind.value + ' ' + validations.length")).isEqualTo("0 NEGATIVE 0");
    }

    @Test
    void theOnlyWaitingProposalIsPreSelected() {
        answer("'GET ' + API + 'nodes/advice-1/sources'", 200, "{list: {entries: []}}");
        answer("'POST ' + SEARCH", 200, "{list: {entries: [{entry: {id: 'p1', name: 'a.pdf', properties: {}}}]}}");
        js.eval("openDialog(ADVICE);");
        assertThat(js.eval("elements['f1-fields'].children[0].innerHTML"))
                .contains("<option value=\"p1\" selected=\"selected\">a.pdf</option>");
    }

    @Test
    void anAdviceThatIsLinkedShowsItsProposalAndIsNotLinkedAgain() {
        answer("'GET ' + API + 'nodes/advice-1/sources'", 200,
                "{list: {entries: [{entry: {id: 'p1', name: 'a.pdf', properties: {'rb:proposalNumber': 'RV-2014-007'}}}]}}");
        js.eval("var d = openDialog(ADVICE);");
        String html = js.eval("elements['f1-fields'].children[0].innerHTML");
        assertThat(html).contains("[rb.recordVote.proposal]").contains("RV-2014-007 a.pdf").doesNotContain("<select");
        assertThat(js.eval("validations.length")).isEqualTo("0");
        js.eval("d.options.onSuccess.fn.call(null, {});");
        assertThat(js.eval("calls.length")).as("only the sources were read").isEqualTo("1");
        assertThat(js.eval("messages.join()")).isEqualTo("[rb.recordVote.success]");
    }

    @Test
    void whenTheProposalsCannotBeReadTheVoteCanStillBeSavedAndTheDialogSaysSo() {
        answer("'GET ' + API + 'nodes/advice-1/sources'", 200, "{list: {entries: []}}");
        answer("'POST ' + SEARCH", 500, "{}");
        js.eval("var d = openDialog(ADVICE);");
        assertThat(js.eval("elements['f1-fields'].children[0].innerHTML")).contains("[rb.recordVote.proposal.unavailable]");
        assertThat(js.eval("validations.length")).isEqualTo("0");
        js.eval("d.options.onSuccess.fn.call(null, {});");
        assertThat(js.eval("messages.join()")).isEqualTo("[rb.recordVote.success]");
    }

    @Test
    void aLinkThatFailsSaysTheVoteWasSavedAndHowToLinkIt() {
        answer("'GET ' + API + 'nodes/advice-1/sources'", 200, "{list: {entries: []}}");
        answer("'POST ' + SEARCH", 200, TWO_PROPOSALS);
        js.eval("var d = openDialog(ADVICE); elements['dlg-rb-proposal'].value = 'p1';");
        answer("'POST ' + API + 'nodes/p1/targets'", 403, "{}");
        js.eval("d.options.onSuccess.fn.call(null, {});");
        assertThat(js.eval("prompts.length + ' ' + prompts[0].text")).isEqualTo("1 [rb.recordVote.link.failure]");
        assertThat(js.eval("fired.filter(function (f) { return f.name === 'metadataRefresh'; }).length")).isEqualTo("1");
    }

    @Test
    void anAgendaItemVoteStartsOnItsMeetingBodyAndHasNoProposalListItNamesItsProposalInItsOwnForm() {
        js.eval("var d = openDialog({ nodeRef: 'workspace://SpacesStore/item-1', displayName: 'Agendapunt 4',"
                + " node: { type: 'rb:agendaItem', properties: { 'rb:meetingBody': 'REGIORAAD' } } });");
        assertThat(js.eval("d.options.templateUrl")).contains("&rbVotingBody=REGIORAAD&");
        assertThat(js.eval("calls.length + ' ' + elements['f1-fields'].children.length")).isEqualTo("0 0");
    }

    @Test
    void recordVoteDoesNothingOnOtherTypes() {
        js.eval("openDialog({ nodeRef: 'workspace://SpacesStore/p-1', displayName: 'Voorstel', node: { type: 'rb:proposal', properties: {} } });");
        assertThat(js.eval("dialogs.length + ' ' + calls.length")).isEqualTo("0 0");
    }

    @Test
    void finalizeAsksFirstAndChangesNothingWhenCancelled() {
        js.eval("action('onRegiobesluitFinalize').call({}, RECORD);");
        assertThat(js.eval("prompts.length + ' ' + calls.length")).isEqualTo("1 0");
        assertThat(js.eval("prompts[0].title + ' ' + prompts[0].text")).isEqualTo("[rb.finalize.title] [rb.finalize.confirm]");
        assertThat(js.eval("prompts[0].buttons[0].text + ' ' + prompts[0].buttons[1].text")).isEqualTo("[rb.finalize.yes] [rb.finalize.no]");
        assertThat(js.eval("prompts[0].buttons[1].isDefault")).as("cancel is the default").isEqualTo("true");
        js.eval("var destroyed = 0; prompts[0].buttons[1].handler.call({ destroy: function () { destroyed++; } });");
        assertThat(js.eval("destroyed + ' ' + calls.length")).isEqualTo("1 0");
    }

    @Test
    void finalizeConfirmedSetsFinalizedOnTheRecordAndRefreshesSoTheLockShows() {
        answer("'PUT ' + API + 'nodes/record-1'", 200, "{entry: {}}");
        js.eval("action('onRegiobesluitFinalize').call({}, RECORD);");
        js.eval("prompts[0].buttons[0].handler.call({ destroy: function () { } });");
        assertThat(js.json("calls")).isEqualTo("[{\"method\":\"PUT\","
                + "\"url\":\"/share/proxy/alfresco-api/-default-/public/alfresco/versions/1/nodes/record-1\","
                + "\"body\":{\"properties\":{\"rb:finalized\":true}}}]");
        assertThat(js.eval("messages.join()")).isEqualTo("[rb.finalize.success]");
        assertThat(js.eval("fired.filter(function (f) { return f.name === 'metadataRefresh'; }).length")).isEqualTo("1");
    }

    @Test
    void aRefusedFinalizeSaysWhy() {
        answer("'PUT ' + API + 'nodes/record-1'", 403, "{}");
        js.eval("action('onRegiobesluitFinalize').call({}, RECORD);");
        js.eval("prompts[0].buttons[0].handler.call({ destroy: function () { } });");
        assertThat(js.eval("prompts.length + ' ' + prompts[1].text")).isEqualTo("2 [rb.finalize.failure]");
        assertThat(js.eval("messages.length")).isEqualTo("0");
    }

    @Test
    void aRecordThatIsFinalOrLockedIsNotFinalizedAgainEvenIfTheMenuStillShowedTheAction() {
        js.eval("action('onRegiobesluitFinalize').call({}, { nodeRef: 'workspace://SpacesStore/record-1', displayName: 'x',"
                + " node: { type: 'rb:decisionRecord', properties: { 'rb:finalized': true }, isLocked: false } });");
        js.eval("action('onRegiobesluitFinalize').call({}, { nodeRef: 'workspace://SpacesStore/record-1', displayName: 'x',"
                + " node: { type: 'rb:decisionRecord', properties: {}, isLocked: true } });");
        assertThat(js.eval("prompts.length + ' ' + calls.length")).isEqualTo("0 0");
    }
}
