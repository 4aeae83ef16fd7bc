<#-- Geweigerde wijziging: to the regiogriffier when someone outside the griffie group tried to move a route on. -->
[${region}] Geweigerde wijziging / Refused change

Beste regiogriffier,

Gebruiker ${user.nl} is geen lid van de griffiegroep en probeerde: ${what.nl}.
De dienst heeft de wijziging niet verwerkt.
Document: ${link}

Wat u doet: was de wijziging bedoeld, laat haar dan door een griffiemedewerker opnieuw opslaan.

---
Dear regiogriffier,

User ${user.en} is not a member of the griffie group and tried: ${what.en}.
The service did not process the change.
Document: ${link}

What to do: if the change was meant, have a member of the griffie save it again.
