<#-- Ter besluitvorming: to the griffie of each participating council, with a link to its own Raadsbesluit. -->
[${region}] Ter besluitvorming / For decision: ${proposal}

Beste griffie van ${municipality},

Het voorstel ${proposal} ligt ter besluitvorming bij uw gemeenteraad.
Advies van de regiocommissie: ${advice.nl}
Stemming: ${vote.nl}
Uiterste besluitdatum: ${deadline.nl}

Wat u doet:
1. Agendeer het voorstel in uw gemeenteraad.
2. Open na de raadsvergadering uw Raadsbesluit, kies "Eigenschappen bewerken" en vul "Besluit van de raad" en
   "Datum raadsbesluit" in. Wijkt de raad af van het advies, leg dan uit waarom in "Toelichting op de afwijking".
Uw Raadsbesluit: ${decisionLink}
Het voorstel: ${proposalLink}

---
Dear clerk's office of ${municipality},

The proposal ${proposal} is before your council for decision.
Advice of the regiocommissie: ${advice.en}
Vote: ${vote.en}
Deadline: ${deadline.en}

What to do:
1. Put the proposal on your council's agenda.
2. After the council meeting, open your council decision (Raadsbesluit), choose "Edit properties" and fill in the
   council's outcome and the date of the decision. If the council deviates from the advice, explain why in
   "Explanation of the deviation".
Your council decision: ${decisionLink}
The proposal: ${proposalLink}
