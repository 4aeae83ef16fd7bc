<#-- Toetsingskader onvolledig: to the regiogriffier, once per proposal and set of open questions, while it is held. -->
[${region}] Toetsingskader onvolledig / Assessment checklist incomplete: ${proposal}

Beste regiogriffier,

Het voorstel ${proposal} gaat niet naar de raden zolang het toetsingskader niet volledig is.
Nog open (beantwoorden, of n.v.t. met een reden):
<#list open as q>- ${q}
</#list>
Voorstel: ${proposalLink}

Wat u doet: vul de open vragen in bij het voorstel; zodra alles beantwoord is, gaat het voorstel de route in.

---
Dear regiogriffier,

The proposal ${proposal} does not go to the councils while its assessment checklist (toetsingskader) is incomplete.
Still open (answer, or mark not applicable with a reason):
<#list open as q>- ${q}
</#list>
Proposal: ${proposalLink}

What to do: fill in the open questions on the proposal; once all are answered, the proposal goes into its route.
