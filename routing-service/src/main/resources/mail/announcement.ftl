<#-- Nieuw voorstel: to the regiocommissie's griffie (or the regiogriffier where no regional body advises).
     The first line is the subject, then one empty line, then the body. Dutch first, English below. -->
[${region}] Nieuw voorstel / New proposal: ${proposal}

Beste griffie,

Het voorstel ${proposal} is ingediend.
Deelnemende gemeenten: ${participants}
Uiterste besluitdatum (laatste raad): ${deadline.nl}
Voorstel: ${proposalLink}

Wat u doet:
<#if committee>
1. Zet het voorstel op de agenda van de regiocommissie.
2. Leg daarna het advies vast: upload het als Advies in de map Regiocommissie en koppel het aan dit voorstel.
3. Is er gestemd, kies dan bij het advies of het agendapunt de actie "Stemming vastleggen".
<#else>
1. Deze samenwerkingsvorm kent geen advies van een regiocommissie; de dienst stuurt het voorstel meteen naar
   elke deelnemende raad. U hoeft niets te doen.
</#if>

---
Dear clerk's office,

The proposal ${proposal} has been submitted.
Participating municipalities: ${participants}
Deadline (last council): ${deadline.en}
Proposal: ${proposalLink}

What to do:
<#if committee>
1. Put the proposal on the regiocommissie's agenda.
2. Then record the advice: upload it as Advice in the folder Regiocommissie and link it to this proposal.
3. If there was a vote, choose the action "Stemming vastleggen" (Record vote) on the advice or the agenda item.
<#else>
1. This cooperation model has no advice of a regional committee; the service sends the proposal to every
   participating council at once. Nothing to do.
</#if>
