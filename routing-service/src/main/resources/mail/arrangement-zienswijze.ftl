<#-- Zienswijze gevraagd: to the griffie of each participating council, once per Wgr procedure. -->
[${region}] Zienswijze gevraagd / Zienswijze invited: ${arrangement}, ${procedure}

Beste griffie van ${municipality},

${arrangement} vraagt de zienswijze van uw raad op: ${procedure}.
Uiterste datum voor de zienswijze: ${termEnds.nl} (${article}).
<#if summerRecess?has_content>Let op / Note: ${summerRecess}
</#if>
<#if sentLate?has_content>Let op / Note: ${sentLate}
</#if>
Wat u doet:
1. Agendeer het stuk in uw raad.
2. Leg daarna in het zienswijzedossier van uw raad vast: de zienswijze is gegeven (met de datum), of er is geen zienswijze.
Uw zienswijzedossier: ${recordLink}
Het stuk: ${procedureLink}

---
Dear clerk's office of ${municipality},

${arrangement} invites your council's zienswijze (formal view) on: ${procedure}.
Last day for the zienswijze: ${termEnds.en} (${article}).
<#if summerRecess?has_content>Note: ${summerRecess}
</#if>
<#if sentLate?has_content>Note: ${sentLate}
</#if>
What to do:
1. Put the document on your council's agenda.
2. Then record in your council's zienswijze record: the zienswijze was given (with its date), or there is none.
Your zienswijze record: ${recordLink}
The document: ${procedureLink}
