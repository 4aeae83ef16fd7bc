<#--
  Regiobesluit date control with a default: Share's date picker (Alfresco.DatePicker, components/form/date-picker.js),
  started on the stored date or, when the field is empty, on a default from the form's URL arguments.

  Why not Share's own date.ftl: Share fills a field's model default only in create mode (FormUIGet), and the
  "Stemming vastleggen / Record vote" dialog edits an existing node whose rb:votes may not be there yet. Share's
  selectone.ftl has the same need and reads its default from args[control-param defaultValueContextProperty]; this
  control follows that convention, so the action passes today's date as a URL argument (regiobesluit-actions.js).

  The hidden input is what Share submits: name = field.name, value = yyyy-MM-dd (what the date picker writes for a date
  without time, submitTime false). View mode shows the stored value only.
  control-params: defaultValueContextProperty (the URL argument holding the default).
-->
<#assign params = field.control.params>
<#assign value = (field.value!"")?string>
<#if value == "" && params.defaultValueContextProperty?? && args[params.defaultValueContextProperty]??>
   <#assign value = args[params.defaultValueContextProperty]>
</#if>
<#assign controlId = fieldHtmlId + "-cntrl">
<div class="form-field">
<#if form.mode == "view">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <span class="viewmode-value"><#if (field.value!"")?string == "">${msg("form.control.novalue")?html}<#else>${(field.value)?string?html}</#if></span>
   </div>
<#else>
   <#assign disabled = field.disabled && !(params.forceEditable?? && params.forceEditable == "true")>
   <input id="${fieldHtmlId}" type="hidden" name="${field.name}" value="${value?html}"<#if disabled> disabled="disabled"</#if> />
   <label for="${controlId}-date">${field.label?html}:<#if field.mandatory><span class="mandatory-indicator">${msg("form.required.fields.marker")?html}</span></#if></label>
   <input id="${controlId}-date" name="-" type="text" class="date-entry"<#if disabled> disabled="disabled"<#else> tabindex="0"</#if> />
   <#if !disabled>
   <a id="${controlId}-icon" tabindex="0"><img src="${url.context}/res/components/form/images/calendar.png" class="datepicker-icon" alt="" /></a>
   </#if>
   <div id="${controlId}" class="datepicker"></div>
   <@formLib.renderFieldHelp field=field />
   <script type="text/javascript">//<![CDATA[
   (function ()
   {
      new Alfresco.DatePicker("${controlId?js_string}", "${fieldHtmlId?js_string}").setOptions(
      {
         <#if disabled>disabled: true,</#if>
         currentValue: "${value?js_string}",
         showTime: false,
         submitTime: false,
         mandatory: ${field.mandatory?string("true", "false")}
      }).setMessages(${messages});
   })();
   //]]></script>
</#if>
</div>
