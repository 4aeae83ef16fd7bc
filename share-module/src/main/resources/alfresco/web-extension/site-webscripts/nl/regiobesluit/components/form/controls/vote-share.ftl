<#--
  Regiobesluit: a computed share of the weight, shown as a percentage in the reader's language (never an input: the
  values are the routing service's, rb:voteResult, and read-only in every form).

  control-param kind:
    percent          a number that already is a percentage (rb:resultYesSharePct, e.g. 62.4312) -> "62,4%" / "62.4%"
    perMunicipality  a list of Municipality=fraction (rb:resultYesWeightPerMunicipality, the exact share of all weight as
                     the service writes it, e.g. Leiden=310175935/556115031) -> "Leiden: 55,8% · Leiderdorp: 12,0%"
  The number format is FreeMarker's for the request's locale, as Share sets it, so a Dutch reader gets a decimal comma.
  A value that is not a number is shown as it is rather than breaking the form. Uses nothing newer than FreeMarker 2.3.30
  (the version Share 23-26 ship).
-->
<#assign kind = field.control.params.kind!"percent">
<#function percent number>
   <#return number?string("0.0") + "%">
</#function>
<#function share text>
   <#local t = text?trim>
   <#if t?matches("[0-9]+")>
      <#return percent(t?number * 100)>
   </#if>
   <#if t?matches("[0-9]+ */ *[0-9]*[1-9][0-9]*")>
      <#local parts = t?split("/")>
      <#return percent(parts[0]?trim?number * 100 / parts[1]?trim?number)>
   </#if>
   <#return t>
</#function>
<#if field.value?is_sequence>
   <#assign values = field.value>
<#elseif field.value?is_number>
   <#assign values = [field.value]>
<#elseif (field.value!"")?string?trim == "">
   <#assign values = []>
<#elseif kind == "perMunicipality">
   <#assign values = field.value?string?split(",")>
<#else>
   <#assign values = [field.value?string]>
</#if>
<#assign shown = []>
<#list values as v>
   <#if v?is_number>
      <#assign shown = shown + [percent(v)]>
   <#elseif kind == "perMunicipality" && v?contains("=")>
      <#assign shown = shown + [v?keep_before("=")?trim + ": " + share(v?keep_after("="))]>
   <#elseif v?trim?matches("-?[0-9]+([.][0-9]+)?([eE]-?[0-9]+)?")>
      <#assign shown = shown + [percent(v?trim?number)]>
   <#else>
      <#assign shown = shown + [v?trim]>
   </#if>
</#list>
<div class="form-field">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <span class="viewmode-value"><#if shown?size == 0>${msg("form.control.novalue")?html}<#else>${shown?join(" \x00B7 ")?html}</#if></span>
   </div>
</div>
