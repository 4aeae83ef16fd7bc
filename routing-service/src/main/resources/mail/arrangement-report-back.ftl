<#-- Terugkoppeling: to the griffie of a council, once, after the board meeting, while no report-back is recorded. -->
[${region}] Terugkoppeling / Report back: ${meeting}

Beste griffie van ${municipality},

De vergadering van ${meetingDate.nl} is geweest: ${meeting}.
Laat het lid van het algemeen bestuur aan uw raad terugkoppelen wat er met de inbreng van de raad is gedaan.
Oplegnotitie: ${coverNoteLink}

Wat u doet: leg in de oplegnotitie vast wanneer er is teruggekoppeld.

---
Dear clerk's office of ${municipality},

The meeting of ${meetingDate.en} has taken place: ${meeting}.
Have the member of the general board report back to your council on what was done with the council's input.
Cover note: ${coverNoteLink}

What to do: record in the cover note when the report back took place.
