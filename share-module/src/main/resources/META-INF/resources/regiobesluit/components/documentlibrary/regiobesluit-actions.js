/**
 * Regiobesluit: the document-library actions "Stemming vastleggen / Record vote" and "Definitief maken / Finalize".
 *
 * Served by Share as /share/res/regiobesluit/components/documentlibrary/regiobesluit-actions.js; loaded on the document
 * library and details pages through the DocLibCustom dependencies in share-config-custom.xml. The actions are declared in
 * DocLibActions (type "javascript", param "function"); Share's document-library actions call the function of that name,
 * which a page script adds with the Bubbling event "registerAction" (Share's actions.js: onRegisterAction).
 *
 * Two parts, as in vote-members.js:
 *  - Regiobesluit.RecordVote and Regiobesluit.Finalize: pure functions (defaults, URLs, request bodies, choices). No DOM,
 *    no network: the unit tests run them in Rhino.
 *  - the browser wiring at the end, which only runs where Share's YAHOO and Alfresco objects are present.
 *
 * ES5 only (Share serves this file unchanged).
 */
(function (root)
{
   "use strict";

   var Regiobesluit = root.Regiobesluit = root.Regiobesluit || {};

   // ------------------------------------------------------------------------------------------ shared helpers

   /**
    * The v1 REST API through Share's proxy to the repository (endpoint alfresco-api), as vote-members.js and Share's own
    * Custom Model Manager (js/alfresco/cmm/services/CMMService.js: proxy/alfresco-api/-default-/...) call it. Writes go
    * through Alfresco.util.Ajax, which adds Share's CSRF token.
    */
   function apiBase(urlContext)
   {
      return (urlContext || "/share/") + "proxy/alfresco-api/-default-/public/alfresco/versions/1/";
   }

   /** The node id of a node reference ("workspace://SpacesStore/abc" gives "abc"); an id stays as it is. */
   function nodeId(nodeRef)
   {
      var s = String(nodeRef || "");
      return s.substring(s.lastIndexOf("/") + 1);
   }

   /** A property from Share's record: the doclib data gives "rb:x"; Alfresco.util.Node adds "rb_x" beside it. */
   function property(properties, name)
   {
      if (!properties)
      {
         return undefined;
      }
      var v = properties[name];
      return v !== undefined ? v : properties[name.replace(":", "_")];
   }

   /** Replaces {0}, {1}, ... as Share's messages do. */
   function format(text, args)
   {
      return String(text).replace(/\{(\d+)\}/g, function (all, i)
      {
         return args && args[i] !== undefined ? String(args[i]) : all;
      });
   }

   // ------------------------------------------------------------------------------------------ Record vote (pure)

   var R = {};

   /** The form of share-config-custom.xml that the action opens (node-type rb:agendaItem and rb:advice). */
   R.FORM_ID = "rb-record-vote";
   R.TYPE_AGENDA_ITEM = "rb:agendaItem";
   R.TYPE_ADVICE = "rb:advice";
   /** The URL arguments the form's body and date controls take their defaults from (control-param defaultValueContextProperty). */
   R.ARG_VOTING_BODY = "rbVotingBody";
   R.ARG_VOTE_DATE = "rbVoteDate";
   /**
    * rb:votingBodyList in the model (platform-module regiobesluit-model.xml), case-sensitive: a default must be one of these
    * exactly, or Alfresco refuses the save (ListOfValuesConstraint).
    */
   R.VOTING_BODIES = ["REGIOCOMMISSIE", "REGIORAAD", "BESTUURSTAFEL", "ALGEMEEN_BESTUUR", "GEMEENTERAAD"];
   /** An advice is the regiocommissie's (model: rb:advice "Joint advice of the regiocommissie to the councils"). */
   R.DEFAULT_VOTING_BODY = "REGIOCOMMISSIE";
   R.ASSOC_PROPOSAL_ADVICE = "rb:proposalAdvice";
   /** Proposals wait for their advice in this status (routing-service CommitteeStep acts only on IN_COMMITTEE). */
   R.STATUS_AWAITING_ADVICE = "IN_COMMITTEE";

   /** A local calendar date as ISO 8601 (yyyy-MM-dd), the form Share's date picker submits without a time. */
   R.isoDate = function (date)
   {
      function two(n)
      {
         return (n < 10 ? "0" : "") + n;
      }
      return date.getFullYear() + "-" + two(date.getMonth() + 1) + "-" + two(date.getDate());
   };

   /**
    * The defaults of a new vote: the body that met (an agenda item's rb:meetingBody, which uses the same list; else the
    * regiocommissie) and today's date. They only fill empty fields: a stored vote keeps its own body and date.
    */
   R.defaults = function (nodeType, properties, today)
   {
      var body = R.DEFAULT_VOTING_BODY;
      if (nodeType === R.TYPE_AGENDA_ITEM)
      {
         var meeting = property(properties, "rb:meetingBody");
         if (R.VOTING_BODIES.indexOf(meeting) !== -1)
         {
            body = meeting;
         }
      }
      return { votingBody: body, voteDate: R.isoDate(today) };
   };

   /** Share names a form field's element dialog id + "_" + field id (SimpleDialog passes its id as htmlid). */
   R.ADVICE_KIND_FIELD = "prop_rb_adviceKind";

   /**
    * Whether the dialog must make staff choose the advice kind: an advice without one. Share's selectone.ftl gives a
    * mandatory list no empty entry, so the browser would show (and save) the first kind, "positive", unasked.
    */
   R.asksAdviceKind = function (nodeType, properties)
   {
      var kind = property(properties, "rb:adviceKind");
      return nodeType === R.TYPE_ADVICE && (kind === undefined || kind === null || String(kind) === "");
   };

   /** Whether the action applies: regional agenda items and advice only (the evaluator rb.evaluator.isVoteDocument). */
   R.applies = function (nodeType)
   {
      return nodeType === R.TYPE_AGENDA_ITEM || nodeType === R.TYPE_ADVICE;
   };

   /** The Share form the dialog loads: the node's record-vote form in edit mode, with the defaults as URL arguments. */
   R.formUrl = function (serviceContext, nodeRef, defaults)
   {
      return serviceContext + "components/form?itemKind=node&itemId=" + encodeURIComponent(nodeRef)
            + "&mode=edit&submitType=json&formId=" + R.FORM_ID + "&showCancelButton=true"
            + "&" + R.ARG_VOTING_BODY + "=" + encodeURIComponent(defaults.votingBody)
            + "&" + R.ARG_VOTE_DATE + "=" + encodeURIComponent(defaults.voteDate);
   };

   /**
    * Only advice is linked here: rb:proposalAdvice goes from the proposal to the advice, so the advice's own form cannot
    * edit it. An agenda item's own association (rb:agendaItemProposal) is a field of its form.
    */
   R.linksProposal = function (nodeType)
   {
      return nodeType === R.TYPE_ADVICE;
   };

   /** The proposal this advice is already linked to: GET nodes/{advice}/sources filtered on the association. */
   R.sourcesUrl = function (urlContext, adviceNodeRef)
   {
      return apiBase(urlContext) + "nodes/" + encodeURIComponent(nodeId(adviceNodeRef))
            + "/sources?where=" + encodeURIComponent("(assocType='" + R.ASSOC_PROPOSAL_ADVICE + "')")
            + "&include=properties";
   };

   /** The proposals that wait for an advice: one search request (Alfresco search API, AFTS). */
   R.searchUrl = function (urlContext)
   {
      return (urlContext || "/share/") + "proxy/alfresco-api/-default-/public/search/versions/1/search";
   };

   R.searchBody = function ()
   {
      return {
         query: { language: "afts", query: "TYPE:\"rb:proposal\" AND rb:routeStatus:\"" + R.STATUS_AWAITING_ADVICE + "\"" },
         include: ["properties"],
         paging: { maxItems: 100, skipCount: 0 }
      };
   };

   /** How a proposal is named in the list: its number and title (the file name when it has no title). */
   R.proposalLabel = function (entry)
   {
      var p = entry.properties || {};
      var title = p["cm:title"] || entry.name || entry.id;
      var number = p["rb:proposalNumber"];
      return number && String(title).indexOf(number) === -1 ? number + " " + title : String(title);
   };

   /** The entries of a v1 list answer ({list: {entries: [{entry}]}}) as {id, label}, sorted by label. */
   R.choices = function (answer)
   {
      var entries = answer && answer.list && answer.list.entries ? answer.list.entries : [];
      var out = [], seen = {};
      for (var i = 0; i < entries.length; i++)
      {
         var e = entries[i].entry;
         if (e && e.id && !seen[e.id])
         {
            seen[e.id] = true;
            out.push({ id: e.id, label: R.proposalLabel(e) });
         }
      }
      out.sort(function (a, b)
      {
         return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
      });
      return out;
   };

   /** What the picker starts on: the linked proposal, else the only candidate, else nothing (staff choose). */
   R.preselect = function (choices, linked)
   {
      if (linked)
      {
         return linked.id;
      }
      return choices.length === 1 ? choices[0].id : "";
   };

   /**
    * Why the dialog cannot be saved yet, as a message key, or null. An advice that is not linked must name its proposal
    * when there is one to name; with none waiting it may be saved and linked later (the message says so).
    */
   R.linkProblem = function (linked, choices, selected)
   {
      if (linked || choices.length === 0)
      {
         return null;
      }
      return selected ? null : "rb.recordVote.proposal.required";
   };

   /**
    * The association to create after the vote is saved: POST nodes/{proposal}/targets (v1 REST API, createAssociation).
    * After, not before: an advice that is linked before its vote is stored could be taken as ready without one.
    */
   R.linkRequest = function (urlContext, proposalId, adviceNodeRef)
   {
      return {
         method: "POST",
         url: apiBase(urlContext) + "nodes/" + encodeURIComponent(proposalId) + "/targets",
         body: { targetId: nodeId(adviceNodeRef), assocType: R.ASSOC_PROPOSAL_ADVICE }
      };
   };

   Regiobesluit.RecordVote = R;

   // ------------------------------------------------------------------------------------------ Finalize (pure)

   var F = {};
   F.TYPE_DECISION_RECORD = "rb:decisionRecord";
   /**
    * What the routing service's finalize step waits for (routing-service EventClassifier and archive/FinalizeStep): a
    * decision record whose rb:finalized is true and that carries no cm:lockable yet. The service then completes
    * rb:archival (rb:finalizedOn, waardering, bewaartermijn, ...) and locks the record.
    */
   F.PROP_FINALIZED = "rb:finalized";

   /** Whether the action applies; the same conditions as its evaluators in share-config-custom.xml. */
   F.applies = function (nodeType, properties, isLocked)
   {
      var finalized = property(properties, F.PROP_FINALIZED);
      return nodeType === F.TYPE_DECISION_RECORD && String(finalized) !== "true" && !isLocked;
   };

   /** The one change the action makes: PUT nodes/{id} with rb:finalized true (v1 REST API, updateNode). */
   F.request = function (urlContext, nodeRef)
   {
      var properties = {};
      properties[F.PROP_FINALIZED] = true;
      return {
         method: "PUT",
         url: apiBase(urlContext) + "nodes/" + encodeURIComponent(nodeId(nodeRef)),
         body: { properties: properties }
      };
   };

   Regiobesluit.Finalize = F;
   Regiobesluit.format = format;

   // ------------------------------------------------------------------------------------------ browser wiring

   var YAHOO = root.YAHOO, Alfresco = root.Alfresco;
   if (!YAHOO || !YAHOO.Bubbling || !Alfresco || !Alfresco.util)
   {
      return;
   }

   function msg(key, args)
   {
      return format(Alfresco.util.message(key), args);
   }

   function esc(s)
   {
      return Alfresco.util.encodeHTML(String(s));
   }

   function refresh(text)
   {
      YAHOO.Bubbling.fire("metadataRefresh");
      Alfresco.util.PopupManager.displayMessage({ text: text });
   }

   function failure(key, response)
   {
      var reason = response && response.serverResponse ? response.serverResponse.status + " " + response.serverResponse.statusText : "";
      Alfresco.util.PopupManager.displayPrompt({ title: msg("rb.action.failure.title"), text: msg(key, [reason]) });
   }

   /** The proposal picker at the top of the dialog: the linked proposal (read-only) or a list to choose from. */
   function proposalPicker(dialogId, record, done)
   {
      var context = Alfresco.constants.URL_CONTEXT, state = { linked: null, choices: [], select: null };
      Alfresco.util.Ajax.jsonGet({
         url: R.sourcesUrl(context, record.nodeRef),
         successCallback: { fn: function (sources)
         {
            var linked = R.choices(sources.json);
            state.linked = linked.length > 0 ? linked[0] : null;
            if (state.linked)
            {
               done(state, '<div class="form-field rb-proposal"><span class="viewmode-label">' + esc(msg("rb.recordVote.proposal"))
                     + ':</span> <span class="viewmode-value">' + esc(state.linked.label) + "</span></div>");
               return;
            }
            Alfresco.util.Ajax.jsonPost({
               url: R.searchUrl(context),
               dataObj: R.searchBody(),
               successCallback: { fn: function (found)
               {
                  state.choices = R.choices(found.json);
                  var id = dialogId + "-rb-proposal", selected = R.preselect(state.choices, null), html;
                  if (state.choices.length === 0)
                  {
                     html = '<div class="form-field rb-proposal">' + esc(msg("rb.recordVote.proposal.none")) + "</div>";
                  }
                  else
                  {
                     html = '<div class="form-field rb-proposal"><label for="' + id + '">' + esc(msg("rb.recordVote.proposal"))
                           + ':<span class="mandatory-indicator">*</span></label><select id="' + id + '" tabindex="0">'
                           + '<option value="">' + esc(msg("rb.recordVote.proposal.choose")) + "</option>";
                     for (var i = 0; i < state.choices.length; i++)
                     {
                        var c = state.choices[i];
                        html += '<option value="' + esc(c.id) + '"' + (c.id === selected ? ' selected="selected"' : "") + ">"
                              + esc(c.label) + "</option>";
                     }
                     html += "</select></div>";
                     state.selectId = id;
                  }
                  done(state, html);
               }, scope: this },
               failureCallback: { fn: function ()
               {
                  done(state, '<div class="form-field rb-proposal">' + esc(msg("rb.recordVote.proposal.unavailable")) + "</div>");
               }, scope: this }
            });
         }, scope: this },
         failureCallback: { fn: function ()
         {
            done(state, '<div class="form-field rb-proposal">' + esc(msg("rb.recordVote.proposal.unavailable")) + "</div>");
         }, scope: this }
      });
      return state;
   }

   function onRecordVote(record)
   {
      var type = record.node.type, nodeRef = record.nodeRef;
      if (!R.applies(type))
      {
         return;
      }
      var defaults = R.defaults(type, record.node.properties, new Date());
      var dialogId = (this.id || "rb") + "-rb-record-vote-" + Alfresco.util.generateDomId();
      var picker = null;
      var dialog = new Alfresco.module.SimpleDialog(dialogId);
      dialog.setOptions({
         width: "60em",
         zIndex: 1001,
         templateUrl: R.formUrl(Alfresco.constants.URL_SERVICECONTEXT, nodeRef, defaults),
         actionUrl: null,
         destroyOnHide: true,
         doBeforeDialogShow: { fn: function (form, d)
         {
            Alfresco.util.populateHTML([d.id + "-dialogTitle", esc(msg("rb.recordVote.title", [record.displayName]))]);
            if (R.asksAdviceKind(type, record.node.properties))
            {
               var kind = root.document.getElementById(d.id + "_" + R.ADVICE_KIND_FIELD);
               if (kind && kind.options && form.addValidation)
               {
                  var blank = root.document.createElement("option");
                  blank.value = "";
                  blank.text = msg("rb.recordVote.adviceKind.choose");
                  kind.insertBefore(blank, kind.firstChild);
                  kind.value = "";
                  form.addValidation(kind.id, function (field)
                  {
                     return !!field.value;
                  }, null, "change", msg("rb.recordVote.adviceKind.required"));
               }
            }
            if (R.linksProposal(type))
            {
               var fields = root.document.getElementById(form.formId + "-fields") || root.document.getElementById(form.formId);
               var holder = root.document.createElement("div");
               holder.innerHTML = '<div class="rb-proposal">' + esc(msg("rb.votes.picker.loading")) + "</div>";
               if (fields)
               {
                  fields.insertBefore(holder, fields.firstChild);
               }
               picker = proposalPicker(d.id, record, function (state, html)
               {
                  holder.innerHTML = html;
                  state.select = state.selectId ? root.document.getElementById(state.selectId) : null;
                  if (state.select && form.addValidation)
                  {
                     // Share's own validation (forms runtime): Save is refused, with the message at the list, until
                     // a proposal is chosen.
                     form.addValidation(state.selectId, function (field)
                     {
                        return R.linkProblem(state.linked, state.choices, field.value) === null;
                     }, null, "change", msg("rb.recordVote.proposal.required"));
                  }
               });
            }
         }, scope: this },
         onSuccess: { fn: function ()
         {
            var selected = picker && !picker.linked && picker.select ? picker.select.value : "";
            if (!selected)
            {
               refresh(msg("rb.recordVote.success"));
               return;
            }
            var link = R.linkRequest(Alfresco.constants.URL_CONTEXT, selected, nodeRef);
            Alfresco.util.Ajax.jsonRequest({
               method: link.method,
               url: link.url,
               dataObj: link.body,
               successCallback: { fn: function ()
               {
                  refresh(msg("rb.recordVote.success.linked"));
               }, scope: this },
               failureCallback: { fn: function (response)
               {
                  YAHOO.Bubbling.fire("metadataRefresh");
                  failure("rb.recordVote.link.failure", response);
               }, scope: this }
            });
         }, scope: this },
         onFailure: { fn: function (response)
         {
            failure("rb.recordVote.failure", response);
         }, scope: this }
      });
      dialog.show();
   }

   function onFinalize(record)
   {
      if (!F.applies(record.node.type, record.node.properties, record.node.isLocked))
      {
         return;
      }
      var request = F.request(Alfresco.constants.URL_CONTEXT, record.nodeRef);
      Alfresco.util.PopupManager.displayPrompt({
         title: msg("rb.finalize.title"),
         text: msg("rb.finalize.confirm", [record.displayName]),
         buttons: [
            { text: msg("rb.finalize.yes"), handler: function ()
            {
               this.destroy();
               Alfresco.util.Ajax.jsonRequest({
                  method: request.method,
                  url: request.url,
                  dataObj: request.body,
                  successCallback: { fn: function ()
                  {
                     refresh(msg("rb.finalize.success"));
                  } },
                  failureCallback: { fn: function (response)
                  {
                     failure("rb.finalize.failure", response);
                  } }
               });
            } },
            { text: msg("rb.finalize.no"), handler: function ()
            {
               this.destroy();
            }, isDefault: true }
         ]
      });
   }

   YAHOO.Bubbling.fire("registerAction", { actionName: "onRegiobesluitRecordVote", fn: onRecordVote });
   YAHOO.Bubbling.fire("registerAction", { actionName: "onRegiobesluitFinalize", fn: onFinalize });
})(this);
