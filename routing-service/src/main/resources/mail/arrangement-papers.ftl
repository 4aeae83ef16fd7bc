<#-- GR-stukken: to the griffie of each participating council, once per board meeting of a joint arrangement. -->
[${region}] GR-stukken / Board papers: ${arrangement}, ${meetingDate.nl}

Beste griffie van ${municipality},

De stukken voor de vergadering van ${arrangement} op ${meetingDate.nl} zijn binnen: ${meeting}.
<#if instructs>
Uw raad geeft zijn lid van het algemeen bestuur uiterlijk ${deadline.nl} zijn inbreng mee.

Wat u doet:
1. Vul de oplegnotitie voor uw raad aan en agendeer haar.
2. Leg daarna in de oplegnotitie vast welke instructie de raad gaf en op welke datum.
3. Leg na de vergadering vast wanneer het bestuurslid aan de raad heeft teruggekoppeld.
<#else>
Dit is geen vergadering van het algemeen bestuur: de stukken zijn ter informatie, zonder instructiedatum.

Wat u doet:
1. Vul de oplegnotitie voor uw raad aan en stuur haar met de stukken naar de raad.
2. Leg na de vergadering vast wanneer het bestuurslid aan de raad heeft teruggekoppeld.
</#if>
Uw oplegnotitie: ${coverNoteLink}
De stukken: ${papersLink}

---
Dear clerk's office of ${municipality},

The papers for the meeting of ${arrangement} on ${meetingDate.en} have arrived: ${meeting}.
<#if instructs>
Your council gives its member of the general board its input by ${deadline.en}.

What to do:
1. Complete your council's cover note (oplegnotitie) and put it on the agenda.
2. Then record in the cover note which instruction the council gave, and on which date.
3. After the meeting, record when the board member reported back to the council.
<#else>
This is not a general-board meeting: the papers are for information, without an instruction deadline.

What to do:
1. Complete your council's cover note (oplegnotitie) and send it with the papers to the council.
2. After the meeting, record when the board member reported back to the council.
</#if>
Your cover note: ${coverNoteLink}
The papers: ${papersLink}
