<#--
  Regiobesluit vote-members control for rb:votesYes, rb:votesNo and rb:votesAbstain (multi-valued d:text).

  Share includes a form control template from form.lib.ftl with, among others:
    field         the field: id ("prop_rb_votesYes"), name (the same, the request parameter), label, value (a multi-valued
                  text property arrives comma-separated), mandatory, disabled, help, control.params (the control-params)
    form          the form: mode ("view", "edit" or "create")
    fieldHtmlId   args.htmlid + "_" + field.id, unique on the page
    args.htmlid   the form's html id, shared by the three vote fields of one form
    url.context   "/share"
    msg(key)      a message from Share's bundles (this JAR registers alfresco/web-extension/messages/regiobesluit-share)
    formLib       form.lib.ftl, for renderFieldHelp

  What it renders, in edit mode:
    - the hidden input that Share submits: name = field.name, value = the list comma-separated;
    - the plain text entry (Municipality/PartyGroup, comma-separated), kept in step with the hidden input by an inline
      handler, so that typing works even when the script cannot load;
    - an empty picker and a status line, which vote-members.js fills: one grid for the three lists, drawn in the first
      of them, from the composition CSV read through Share's proxy to the v1 REST API. When that fails, the text entry
      stays and the status line says why.
  control-params: vote (yes | no | abstain), compositionPath (below Company Home).
-->
<#assign params = field.control.params>
<#assign vote = params.vote!"yes">
<#assign compositionPath = params.compositionPath!"Data Dictionary/Regiobesluit/composition.csv">
<#if field.value?is_sequence>
   <#assign stored = field.value?join(",")>
<#else>
   <#assign stored = (field.value!"")?string>
</#if>
<#assign rbVoteMessageKeys = [
   "rb.votes.picker.member", "rb.votes.picker.seats", "rb.votes.picker.yes", "rb.votes.picker.no",
   "rb.votes.picker.abstain", "rb.votes.picker.wholeMunicipality", "rb.votes.picker.clear", "rb.votes.picker.clearAll",
   "rb.votes.picker.tally", "rb.votes.picker.loading", "rb.votes.picker.source", "rb.votes.picker.fallback",
   "rb.votes.picker.unavailable", "rb.votes.picker.elsewhere", "rb.votes.picker.notInComposition",
   "rb.votes.picker.conflict", "rb.votes.picker.unstorable"]>
<div class="form-field rb-vote-field">
<#if form.mode == "view">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <span class="viewmode-value"><#if stored == "">${msg("form.control.novalue")?html}<#else>${stored?replace(",", ", ")?html}</#if></span>
   </div>
<#else>
   <#assign disabled = field.disabled && !(params.forceEditable?? && params.forceEditable == "true")>
   <label for="${fieldHtmlId}-entry-input">${field.label?html}:<#if field.mandatory><span class="mandatory-indicator">${msg("form.required.fields.marker")?html}</span></#if></label>
   <input type="hidden" id="${fieldHtmlId}" name="${field.name}" value="${stored?html}"<#if disabled> disabled="disabled"</#if> />
   <div id="${fieldHtmlId}-status" class="rb-vote-status" style="display:none"></div>
   <div id="${fieldHtmlId}-picker" class="rb-vote-picker" style="display:none"></div>
   <div id="${fieldHtmlId}-entry" class="rb-vote-entry">
      <input type="text" id="${fieldHtmlId}-entry-input" tabindex="0" size="60" maxlength="4096" value="${stored?html}"
             title="${msg("rb.votes.picker.typeHint")?html}"<#if disabled> disabled="disabled"</#if>
             onchange="document.getElementById('${fieldHtmlId?js_string?html}').value = this.value;"
             oninput="document.getElementById('${fieldHtmlId?js_string?html}').value = this.value;" />
   </div>
   <@formLib.renderFieldHelp field=field />
   <#if !disabled>
   <script type="text/javascript">//<![CDATA[
   (function ()
   {
      var args = {
         formHtmlId: "${args.htmlid?js_string}",
         vote: "${vote?js_string}",
         hiddenId: "${fieldHtmlId?js_string}",
         entryId: "${fieldHtmlId?js_string}-entry",
         statusId: "${fieldHtmlId?js_string}-status",
         pickerId: "${fieldHtmlId?js_string}-picker",
         label: "${field.label?js_string}",
         compositionPath: "${compositionPath?js_string}",
         messages: {
<#list rbVoteMessageKeys as key>
            "${key}": "${msg(key)?js_string}"<#if key_has_next>,</#if>
</#list>
         }
      };
      var w = window;
      if (w.Regiobesluit && w.Regiobesluit.VoteMembers && w.Regiobesluit.VoteMembers.register)
      {
         w.Regiobesluit.VoteMembers.register(args);
         return;
      }
      // Not loaded through the form's dependencies: load it once for all fields, which wait in a queue.
      var queue = w.RegiobesluitVoteMembersQueue = w.RegiobesluitVoteMembersQueue || [];
      queue.push(args);
      if (queue.length === 1)
      {
         var base = "${url.context?js_string}/res/regiobesluit/components/form/controls/vote-members";
         var css = document.createElement("link");
         css.rel = "stylesheet";
         css.type = "text/css";
         css.href = base + ".css";
         document.getElementsByTagName("head")[0].appendChild(css);
         var script = document.createElement("script");
         script.type = "text/javascript";
         script.src = base + ".js";
         script.onerror = function ()
         {
            var waiting = w.RegiobesluitVoteMembersQueue || [], i, status;
            w.RegiobesluitVoteMembersQueue = null;
            for (i = 0; i < waiting.length; i++)
            {
               status = document.getElementById(waiting[i].statusId);
               if (status)
               {
                  status.appendChild(document.createTextNode(waiting[i].messages["rb.votes.picker.unavailable"]));
                  status.style.display = "";
               }
            }
         };
         document.getElementsByTagName("head")[0].appendChild(script);
      }
   })();
   //]]></script>
   </#if>
</#if>
</div>
