<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Dispositions</name>
    <message>
        <source>Sale</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Terugbellen</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Geen interesse</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Alleen informatie</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Purchase intent</source>
        <translation>Aankoopintentie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>In de winkel</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>A customer link takes no query.</source>
        <translation>Een klantlink heeft geen queryparameters.</translation>
    </message>
    <message>
        <source>A customer link needs one profile id: omnidesk://customer/&lt;id&gt;.</source>
        <translation>Een klantlink heeft één profiel-id nodig: omnidesk://customer/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>A call link has no path: omnidesk://call?ani=&lt;number&gt;.</source>
        <translation>Een gesprekslink heeft geen pad: omnidesk://call?ani=&lt;nummer&gt;.</translation>
    </message>
    <message>
        <source>A call link needs exactly one ani=&lt;phone number&gt;.</source>
        <translation>Een gesprekslink heeft precies één ani=&lt;telefoonnummer&gt; nodig.</translation>
    </message>
    <message>
        <source>The caller&apos;s number must be an optional + and 3 to 15 digits.</source>
        <translation>Het nummer van de beller bestaat uit een optionele + en 3 tot 15 cijfers.</translation>
    </message>
    <message>
        <source>Not an omnidesk:// link.</source>
        <translation>Geen omnidesk://-link.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>De link is te lang.</translation>
    </message>
    <message>
        <source>The link has parts Omnidesk does not use.</source>
        <translation>De link bevat onderdelen die Omnidesk niet gebruikt.</translation>
    </message>
    <message>
        <source>Omnidesk opens omnidesk://customer/&lt;id&gt; and omnidesk://call?ani=&lt;number&gt;.</source>
        <translation>Omnidesk opent omnidesk://customer/&lt;id&gt; en omnidesk://call?ani=&lt;nummer&gt;.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>unknown time</source>
        <translation>op een onbekend moment</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s geleden</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min geleden</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 u geleden</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 dag geleden</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 dagen geleden</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Inbound call</source>
        <translation>Inkomend gesprek</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Uitgaand gesprek</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message numerus="yes">
        <source> (%n min)</source>
        <translation>
            <numerusform> (%n min)</numerusform>
            <numerusform> (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>, outcome: %1</source>
        <translation>, uitkomst: %1</translation>
    </message>
    <message>
        <source>email granted</source>
        <translation>e-mail toegestaan</translation>
    </message>
    <message>
        <source>email denied</source>
        <translation>e-mail geweigerd</translation>
    </message>
    <message>
        <source>SMS granted</source>
        <translation>sms toegestaan</translation>
    </message>
    <message>
        <source>SMS denied</source>
        <translation>sms geweigerd</translation>
    </message>
    <message>
        <source>calls granted</source>
        <translation>bellen toegestaan</translation>
    </message>
    <message>
        <source>calls denied</source>
        <translation>bellen geweigerd</translation>
    </message>
    <message>
        <source>Marketing consent: %1</source>
        <translation>Marketingtoestemming: %1</translation>
    </message>
    <message>
        <source>Placed an order (%1)</source>
        <translation>Bestelling geplaatst (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Purchased %n item(s) (%1)</source>
        <translation>
            <numerusform>%n artikel gekocht (%1)</numerusform>
            <numerusform>%n artikelen gekocht (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewed a product</source>
        <translation>Product bekeken</translation>
    </message>
    <message>
        <source>Viewed %1</source>
        <translation>%1 bekeken</translation>
    </message>
    <message>
        <source>Visited a store</source>
        <translation>Winkel bezocht</translation>
    </message>
    <message>
        <source>Visited store %1</source>
        <translation>Winkel %1 bezocht</translation>
    </message>
    <message>
        <source>; interested in %1</source>
        <translation>; interesse in %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 toegevoegd</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 verwijderd</translation>
    </message>
    <message>
        <source>Viewed a web page</source>
        <translation>Webpagina bekeken</translation>
    </message>
    <message>
        <source>Viewed page &quot;%1&quot;</source>
        <translation>Pagina &quot;%1&quot; bekeken</translation>
    </message>
    <message>
        <source>Was sent email</source>
        <translation>E-mail ontvangen</translation>
    </message>
    <message>
        <source>Was sent email &quot;%1&quot;</source>
        <translation>E-mail &quot;%1&quot; ontvangen</translation>
    </message>
    <message>
        <source>Opened email</source>
        <translation>E-mail geopend</translation>
    </message>
    <message>
        <source>Opened email &quot;%1&quot;</source>
        <translation>E-mail &quot;%1&quot; geopend</translation>
    </message>
    <message>
        <source>Clicked a link in email</source>
        <translation>Op een link in een e-mail geklikt</translation>
    </message>
    <message>
        <source>Clicked a link in email &quot;%1&quot;</source>
        <translation>Op een link in e-mail &quot;%1&quot; geklikt</translation>
    </message>
    <message>
        <source>Email delivered</source>
        <translation>E-mail bezorgd</translation>
    </message>
    <message>
        <source>Email delivered &quot;%1&quot;</source>
        <translation>E-mail &quot;%1&quot; bezorgd</translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation>E-mail niet bezorgd</translation>
    </message>
    <message>
        <source>Email bounced &quot;%1&quot;</source>
        <translation>E-mail &quot;%1&quot; niet bezorgd</translation>
    </message>
    <message>
        <source>Was sent an SMS</source>
        <translation>Sms ontvangen</translation>
    </message>
    <message>
        <source>Was sent an SMS: %1</source>
        <translation>Sms ontvangen: %1</translation>
    </message>
    <message>
        <source>Replied by SMS</source>
        <translation>Per sms geantwoord</translation>
    </message>
    <message>
        <source>Clicked a link in an SMS</source>
        <translation>Op een link in een sms geklikt</translation>
    </message>
    <message>
        <source>Started a cart</source>
        <translation>Winkelwagen aangemaakt</translation>
    </message>
    <message>
        <source>Started a cart with %1</source>
        <translation>Winkelwagen aangemaakt met %1</translation>
    </message>
    <message>
        <source>Looked at the cart</source>
        <translation>Winkelwagen bekeken</translation>
    </message>
    <message>
        <source>Started checkout</source>
        <translation>Afrekenen gestart</translation>
    </message>
    <message>
        <source>Started checkout: %1</source>
        <translation>Afrekenen gestart: %1</translation>
    </message>
    <message>
        <source>Was sent a push notification</source>
        <translation>Pushmelding ontvangen</translation>
    </message>
    <message>
        <source>Opened a push notification</source>
        <translation>Pushmelding geopend</translation>
    </message>
    <message>
        <source>Acted on a push notification</source>
        <translation>Op een pushmelding gereageerd</translation>
    </message>
    <message>
        <source>Opened the app</source>
        <translation>App geopend</translation>
    </message>
    <message>
        <source>Bot conversation, handed over to an agent</source>
        <translation>Gesprek met de bot, overgedragen aan een medewerker</translation>
    </message>
    <message>
        <source>Bot conversation, resolved by the bot</source>
        <translation>Gesprek met de bot, door de bot opgelost</translation>
    </message>
    <message>
        <source>Bot conversation</source>
        <translation>Gesprek met de bot</translation>
    </message>
    <message>
        <source>Chat, handed over to another team</source>
        <translation>Chat, overgedragen aan een ander team</translation>
    </message>
    <message>
        <source>Chat with an agent</source>
        <translation>Chat met een medewerker</translation>
    </message>
    <message>
        <source>; follow up by %1 on %2</source>
        <translation>; opvolgen via %1 op %2</translation>
    </message>
    <message>
        <source>Purchase intent: %1 (%2)</source>
        <translation>Aankoopintentie: %1 (%2)</translation>
    </message>
    <message>
        <source>Call outcome: %1</source>
        <translation>Uitkomst van het gesprek: %1</translation>
    </message>
    <message>
        <source>Store visit: %1</source>
        <translation>Winkelbezoek: %1</translation>
    </message>
    <message>
        <source>Accepted recommendation: %1</source>
        <translation>Aanbeveling aanvaard: %1</translation>
    </message>
    <message>
        <source>Dismissed recommendation: %1 (%2)</source>
        <translation>Aanbeveling afgewezen: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (a text file starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>%1 bevat geen PEM-certificaat (een tekstbestand dat begint met -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, geldig tot %2</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is for %1, not for %2.</source>
        <translation>Het certificaat van de service is voor %1, niet voor %2.</translation>
    </message>
    <message>
        <source>Use the address the certificate names, or ask the service&apos;s administrator for a certificate that includes %1.</source>
        <translation>Gebruik het adres dat in het certificaat staat, of vraag de beheerder van de service om een certificaat dat %1 bevat.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate expired on %1.</source>
        <translation>Het certificaat van de service is verlopen op %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrator to renew the certificate.</source>
        <translation>Vraag de beheerder van de service het certificaat te vernieuwen.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is valid only from %1.</source>
        <translation>Het certificaat van de service is pas geldig vanaf %1.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer, or ask the service&apos;s administrator.</source>
        <translation>Controleer de datum en tijd van deze computer, of vraag het de beheerder van de service.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate was not issued by a certificate authority this computer trusts.</source>
        <translation>Het certificaat van de service is niet uitgegeven door een certificaatautoriteit die deze computer vertrouwt.</translation>
    </message>
    <message>
        <source>If your company uses its own certificate authority, ask IT for its CA certificate (a PEM file) and choose it under &quot;Trust a company CA certificate&quot;. Otherwise ask the service&apos;s administrator.</source>
        <translation>Als uw bedrijf een eigen certificaatautoriteit gebruikt, vraag IT dan om het CA-certificaat (een PEM-bestand) en kies het bij &quot;Certificaat van bedrijfs-CA vertrouwen&quot;. Vraag het anders de beheerder van de service.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate was refused: %1.</source>
        <translation>Het certificaat van de service is geweigerd: %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrator.</source>
        <translation>Vraag het de beheerder van de service.</translation>
    </message>
    <message>
        <source>Secure connection to %1 refused.</source>
        <translation>Beveiligde verbinding met %1 geweigerd.</translation>
    </message>
    <message>
        <source>Certificate: %1; issued by: %2.</source>
        <translation>Certificaat: %1; uitgegeven door: %2.</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed.</source>
        <translation>Beveiligde verbinding met %1 mislukt.</translation>
    </message>
    <message>
        <source>Check that the address is right: https:// or wss:// only when the service runs with TLS, http:// or ws:// otherwise.</source>
        <translation>Controleer het adres: https:// of wss:// alleen als de service met TLS draait, anders http:// of ws://.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuut geleden</numerusform>
            <numerusform>%n minuten geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>omnidesk: unknown language &quot;%1&quot; (available: %2)</source>
        <translation>omnidesk: onbekende taal &quot;%1&quot; (beschikbaar: %2)</translation>
    </message>
    <message>
        <source>Omnidesk agent desktop</source>
        <translation>Omnidesk-werkplek voor agents</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Toont de versie en stopt.</translation>
    </message>
    <message>
        <source>Sign in as NAME without the dialog; the password is read from the OMNIDESK_PASSWORD environment variable.</source>
        <translation>Meldt aan als NAME zonder het aanmeldvenster; het wachtwoord komt uit de omgevingsvariabele OMNIDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Folder of the local outcome outbox.</source>
        <translation>Map van de lokale uitbox voor resultaten.</translation>
    </message>
    <message>
        <source>Language of the desktop (en, de, es, nl, pt_BR); default: the one chosen in the settings, else the system&apos;s.</source>
        <translation>Taal van de werkplek (en, de, es, nl, pt_BR); standaard: de taal uit de instellingen, anders die van het systeem.</translation>
    </message>
    <message>
        <source>Light, dark or the system&apos;s look: light, dark or system; default: the one chosen in the settings.</source>
        <translation>Licht, donker of het uiterlijk van het systeem: light, dark of system; standaard: de keuze uit de instellingen.</translation>
    </message>
    <message>
        <source>An omnidesk:// link to open: omnidesk://customer/&lt;id&gt; or omnidesk://call?ani=&lt;phone number&gt;. When Omnidesk already runs, the link goes to that window.</source>
        <translation>Een omnidesk://-link om te openen: omnidesk://customer/&lt;id&gt; of omnidesk://call?ani=&lt;telefoonnummer&gt;. Als Omnidesk al draait, gaat de link naar dat venster.</translation>
    </message>
    <message>
        <source>omnidesk: --theme must be light, dark or system</source>
        <translation>omnidesk: --theme moet light, dark of system zijn</translation>
    </message>
    <message>
        <source>omnidesk: give at most one link</source>
        <translation>omnidesk: geef hooguit één link op</translation>
    </message>
    <message>
        <source>omnidesk: Omnidesk is already running but did not answer</source>
        <translation>omnidesk: Omnidesk draait al, maar reageert niet</translation>
    </message>
    <message>
        <source>Profile service address (https://, wss://, or http://, ws:// without TLS); default: the address of the last sign-in, else ws://127.0.0.1:8477.</source>
        <translation>Adres van de profielservice (https://, wss://, of zonder TLS http://, ws://); standaard: het adres van de laatste aanmelding, anders ws://127.0.0.1:8477.</translation>
    </message>
    <message>
        <source>omnidesk: --server must be an https://, wss://, http:// or ws:// URL</source>
        <translation>omnidesk: --server moet een https://-, wss://-, http://- of ws://-URL zijn</translation>
    </message>
</context>
<context>
    <name>omnidesk::CandidateModel</name>
    <message>
        <source>Phone number matches</source>
        <translation>Telefoonnummer komt overeen</translation>
    </message>
    <message>
        <source>Email address matches</source>
        <translation>E-mailadres komt overeen</translation>
    </message>
    <message>
        <source>Customer id matches</source>
        <translation>Klant-id komt overeen</translation>
    </message>
    <message>
        <source>Name contains “%1”</source>
        <translation>Naam bevat ‘%1’</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Klant %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n artikel, %1</numerusform>
            <numerusform>%n artikelen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Winkelwagen</translation>
    </message>
    <message>
        <source>Matched because</source>
        <translation>Gevonden omdat</translation>
    </message>
</context>
<context>
    <name>omnidesk::CartModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Subtotaal</translation>
    </message>
</context>
<context>
    <name>omnidesk::DesktopController</name>
    <message>
        <source>The saved sign-in has expired; please sign in again.</source>
        <translation>De opgeslagen aanmelding is verlopen; meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>Signing in with the saved sign-in…</source>
        <translation>Aanmelden met de opgeslagen aanmelding…</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the keychain: %1</source>
        <translation>De opgeslagen aanmelding kon niet uit de sleutelhanger worden verwijderd: %1</translation>
    </message>
    <message>
        <source>Service reported a problem: %1</source>
        <translation>De service meldt een probleem: %1</translation>
    </message>
    <message>
        <source>Not connected: the state cannot be changed now.</source>
        <translation>Niet verbonden: de status kan nu niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>the local outcome store cannot be written</source>
        <translation>de lokale opslag voor resultaten is niet beschrijfbaar</translation>
    </message>
    <message>
        <source>The local outcome store cannot be written.</source>
        <translation>De lokale opslag voor resultaten is niet beschrijfbaar.</translation>
    </message>
    <message>
        <source>Offline: searching is possible again once the connection is back.</source>
        <translation>Offline: zoeken kan weer zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Offline: the profile opens once the connection is back.</source>
        <translation>Offline: het profiel opent zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>een onbekende beller</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Inkomende oproep</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Oproep van %1</translation>
    </message>
    <message>
        <source>The link opens as soon as you are signed in.</source>
        <translation>De link opent zodra u bent aangemeld.</translation>
    </message>
    <message>
        <source>offline; try again once the connection is back</source>
        <translation>offline; probeer het opnieuw zodra de verbinding terug is</translation>
    </message>
    <message>
        <source>Save the call&apos;s outcome first; then open the other customer again.</source>
        <translation>Sla eerst het resultaat van het gesprek op; open daarna de andere klant opnieuw.</translation>
    </message>
    <message>
        <source>offline; the floor shows the last known states</source>
        <translation>offline; de vloer toont de laatst bekende statussen</translation>
    </message>
</context>
<context>
    <name>omnidesk::FloorModel</name>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>In gesprek</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Nawerk</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1, store</source>
        <translation>%1, winkel</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>in gesprek</translation>
    </message>
    <message>
        <source>on a call for %1</source>
        <translation>al %1 in gesprek</translation>
    </message>
    <message>
        <source>⚠ over by %1</source>
        <translation>⚠ %1 over tijd</translation>
    </message>
    <message>
        <source>⚠ extended, ends in %1</source>
        <translation>⚠ verlengd, eindigt over %1</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>eindigt over %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>In status</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Desktops</translation>
    </message>
    <message>
        <source>%1 available · %2 on a call · %3 in wrap-up</source>
        <translation>%1 beschikbaar · %2 in gesprek · %3 in nawerk</translation>
    </message>
    <message numerus="yes">
        <source> (%n needing attention)</source>
        <translation>
            <numerusform> (%n vraagt aandacht)</numerusform>
            <numerusform> (%n vragen aandacht)</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 on break · %2 offline</source>
        <translation> · %1 met pauze · %2 offline</translation>
    </message>
    <message>
        <source>%1 (connection lost)</source>
        <translation>%1 (verbinding verbroken)</translation>
    </message>
</context>
<context>
    <name>omnidesk::InstanceGuard</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Kan het vergrendelingsbestand %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot listen for other starts of Omnidesk: %1</source>
        <translation>Kan niet luisteren naar andere starts van Omnidesk: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::InteractionLogModel</name>
    <message>
        <source>none shown</source>
        <translation>geen getoond</translation>
    </message>
    <message>
        <source>%1 shown, %2 accepted, %3 dismissed</source>
        <translation>%1 getoond, %2 geaccepteerd, %3 afgewezen</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Revealed for you; your reason is in the audit log</source>
        <translation>Voor u getoond; uw reden staat in het auditlogboek</translation>
    </message>
    <message>
        <source>Not recorded: a store visit, or the service did not see the call</source>
        <translation>Niet vastgelegd: een winkelbezoek, of de dienst zag het gesprek niet</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (gemaskeerd)</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Afhandeltijd</translation>
    </message>
    <message>
        <source>Masked; Reveal customer… (Ctrl+Shift+V) shows the name</source>
        <translation>Gemaskeerd; Klant onthullen… (Ctrl+Shift+V) toont de naam</translation>
    </message>
    <message>
        <source>From the call reaching the agent to the outcome being logged</source>
        <translation>Van het moment dat het gesprek bij de agent binnenkomt tot het vastleggen van de uitkomst</translation>
    </message>
    <message>
        <source>From the end of the call to the outcome being logged; part of the handle time</source>
        <translation>Van het einde van het gesprek tot het vastleggen van de uitkomst; deel van de afhandeltijd</translation>
    </message>
    <message>
        <source>Not recorded: a store visit, an outcome logged before this was measured, or the call&apos;s end is not known</source>
        <translation>Niet vastgelegd: een winkelbezoek, een uitkomst van voordat dit werd gemeten, of het einde van het gesprek is niet bekend</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Nawerk</translation>
    </message>
</context>
<context>
    <name>omnidesk::TimelineModel</name>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::CredentialStore</name>
    <message>
        <source>No saved sign-in was found on this computer.</source>
        <translation>Er is geen opgeslagen aanmelding gevonden op deze computer.</translation>
    </message>
    <message>
        <source>No keychain is available, so Omnidesk cannot remember your sign-in.</source>
        <translation>Er is geen sleutelhanger beschikbaar, dus Omnidesk kan je aanmelding niet onthouden.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time, so the saved sign-in could not be used.</source>
        <translation>De sleutelhanger reageerde niet op tijd, dus de opgeslagen aanmelding kon niet worden gebruikt.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>De sleutelhanger kon niet worden gebruikt.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked.</source>
        <translation>De sleutelhanger weigerde de toegang; misschien is hij vergrendeld.</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::OutboxStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Kan de map %1 niet aanmaken</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::ProfileClient</name>
    <message>
        <source>The server address is not a ws:// or wss:// URL.</source>
        <translation>Het serveradres is geen ws://- of wss://-URL.</translation>
    </message>
    <message>
        <source>The server does not speak the Omnidesk protocol (omnidesk.v1).</source>
        <translation>De server spreekt het Omnidesk-protocol (omnidesk.v1) niet.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the user name and password.</source>
        <translation>Aanmelden mislukt. Controleer de gebruikersnaam en het wachtwoord.</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::ReportClient</name>
    <message>
        <source>the service sent no report</source>
        <translation>de dienst stuurde geen rapport</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>the service sent no audit entries</source>
        <translation>de service stuurde geen auditregels</translation>
    </message>
    <message>
        <source>the service&apos;s answer could not be read</source>
        <translation>het antwoord van de dienst kon niet worden gelezen</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::AboutDialog</name>
    <message>
        <source>About Omnidesk</source>
        <translation>Over Omnidesk</translation>
    </message>
    <message>
        <source>Omnidesk logo</source>
        <translation>Omnidesk-logo</translation>
    </message>
    <message>
        <source>The contact-center agent desktop: the caller&apos;s profile, live cart and next step at a glance, and every outcome saved exactly once.</source>
        <translation>De werkplek voor contactcenteragents: het profiel van de beller, de actuele winkelwagen en de volgende stap in één oogopslag, en elk resultaat precies één keer opgeslagen.</translation>
    </message>
    <message>
        <source>Omnidesk is distributed under the licence in the LICENSE file that comes with it. It uses the Qt toolkit under the GNU LGPL version 3.</source>
        <translation>Omnidesk wordt verspreid onder de licentie in het meegeleverde bestand LICENSE. Het gebruikt de Qt-toolkit onder de GNU LGPL versie 3.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (gebouwd met %2)</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::AuditView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Oudere laden</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Who looked up, viewed, exported or revealed customer data, when and why.</source>
        <translation>Wie klantgegevens opzocht, bekeek, exporteerde of toonde, wanneer en waarom.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Auditregels</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Het auditlogboek is leeg.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries</source>
        <translation>
            <numerusform>De %n nieuwste regel</numerusform>
            <numerusform>De %n nieuwste regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden mislukt: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CallView</name>
    <message>
        <source>Found by the agent with a lookup</source>
        <translation>Door de agent gevonden via zoeken</translation>
    </message>
    <message>
        <source>Picked by the agent from the matching customers</source>
        <translation>Door de agent gekozen uit de gevonden klanten</translation>
    </message>
    <message>
        <source>Looked up in the store</source>
        <translation>Opgezocht in de winkel</translation>
    </message>
    <message>
        <source>Merged with another profile of the same customer</source>
        <translation>Samengevoegd met een ander profiel van dezelfde klant</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CallerHeader</name>
    <message>
        <source>Caller name</source>
        <translation>Naam van de beller</translation>
    </message>
    <message>
        <source>Caller phone number (masked)</source>
        <translation>Telefoonnummer van de beller (gemaskeerd)</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>Klantniveau</translation>
    </message>
    <message>
        <source>Caller match</source>
        <translation>Herkenning van de beller</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Gespreks-id</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Gespreksstatus</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Klant %1</translation>
    </message>
    <message>
        <source>Matched by phone number</source>
        <translation>Herkend aan het telefoonnummer</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Onbekende beller</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Nummer afgeschermd</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Gesprek %1</translation>
    </message>
    <message>
        <source>On call since %1</source>
        <translation>In gesprek sinds %1</translation>
    </message>
    <message>
        <source>Call ended at %1 — wrap-up</source>
        <translation>Gesprek beëindigd om %1 — nawerk</translation>
    </message>
    <message>
        <source>Consents and customer value</source>
        <translation>Toestemmingen en klantwaarde</translation>
    </message>
    <message>
        <source>Several customers share this number</source>
        <translation>Meerdere klanten hebben dit nummer</translation>
    </message>
    <message numerus="yes">
        <source>%n possible customers: pick the caller (Ctrl+Shift+L)</source>
        <translation>
            <numerusform>%n mogelijke klant: kies de beller (Ctrl+Shift+L)</numerusform>
            <numerusform>%n mogelijke klanten: kies de beller (Ctrl+Shift+L)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer profile matches this number; look the customer up (Ctrl+Shift+L)</source>
        <translation>Geen klantprofiel hoort bij dit nummer; zoek de klant op (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>Winkelbezoek</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Geen telefoonnummer</translation>
    </message>
    <message>
        <source>Lifetime value %1</source>
        <translation>Klantwaarde %1</translation>
    </message>
    <message>
        <source>Last purchase %1</source>
        <translation>Laatste aankoop %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Marketing consent — email: %1, SMS: %2, phone: %3</source>
        <translation>Marketingtoestemming — e-mail: %1, sms: %2, telefoon: %3</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CartPanel</name>
    <message>
        <source>Cart</source>
        <translation>Winkelwagen</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>De winkelwagen is leeg.</translation>
    </message>
    <message>
        <source>Cart lines</source>
        <translation>Regels in de winkelwagen</translation>
    </message>
    <message>
        <source>Cart total</source>
        <translation>Totaal van de winkelwagen</translation>
    </message>
    <message>
        <source>Cart data age</source>
        <translation>Leeftijd van de winkelwagengegevens</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Verlaten winkelwagen</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 artikel</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 artikelen</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
    <message>
        <source>Abandoned %1</source>
        <translation>Achtergelaten %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Bijgewerkt %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::DataAgeLabel</name>
    <message>
        <source>Updated %1</source>
        <translation>Bijgewerkt %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::ExportDialog</name>
    <message>
        <source>Show customer &amp;names</source>
        <translation>Klant&amp;namen tonen</translation>
    </message>
    <message>
        <source>Export interactions</source>
        <translation>Interacties exporteren</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Bestand om op te slaan</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Kies het bestand in een bestandsvenster</translation>
    </message>
    <message>
        <source>Names are masked to initials unless you show them and give a reason, which is audited</source>
        <translation>Namen worden tot initialen gemaskeerd, tenzij u ze toont en een reden geeft; die wordt vastgelegd</translation>
    </message>
    <message>
        <source>why you need the names (recorded in the audit log)</source>
        <translation>waarom u de namen nodig hebt (wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Reason for showing names</source>
        <translation>Reden om namen te tonen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to save the export in.</source>
        <translation>Kies een bestand om de export in op te slaan.</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters to show names.</source>
        <translation>
            <numerusform>Geef een reden van minstens %n teken om namen te tonen.</numerusform>
            <numerusform>Geef een reden van minstens %n tekens om namen te tonen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer names are exported as initials; phone numbers and email addresses in the notes are masked.</source>
        <translation>Klantnamen worden als initialen geëxporteerd; telefoonnummers en e-mailadressen in de notities worden gemaskeerd.</translation>
    </message>
    <message>
        <source>Names and notes are exported as written; your reason is recorded in the audit log.</source>
        <translation>Namen en notities worden geëxporteerd zoals ze zijn geschreven; uw reden wordt in het auditlogboek vastgelegd.</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::FloorView</name>
    <message>
        <source>Live floor</source>
        <translation>Live vloer</translation>
    </message>
    <message>
        <source>Floor summary</source>
        <translation>Samenvatting van de vloer</translation>
    </message>
    <message>
        <source>Agents on the floor</source>
        <translation>Medewerkers op de vloer</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinden…</translation>
    </message>
    <message>
        <source>No agents yet.</source>
        <translation>Nog geen medewerkers.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Not live: %1</source>
        <translation>Niet live: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::LatelyStrip</name>
    <message>
        <source>What happened lately</source>
        <translation>Wat er onlangs gebeurde</translation>
    </message>
    <message>
        <source>Lately</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Nothing in the last two weeks.</source>
        <translation>Niets in de afgelopen twee weken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 — %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::LookupDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>Profiel &amp;openen</translation>
    </message>
    <message>
        <source>Phone, email, name or customer id</source>
        <translation>Telefoon, e-mail, naam of klant-id</translation>
    </message>
    <message>
        <source>Search for a customer</source>
        <translation>Een klant zoeken</translation>
    </message>
    <message>
        <source>Type a phone number, an email address, part of a name or a customer id, then press Enter</source>
        <translation>Typ een telefoonnummer, e-mailadres, deel van een naam of klant-id en druk op Enter</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Gevonden klanten</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <source>Look up a customer</source>
        <translation>Klant opzoeken</translation>
    </message>
    <message>
        <source>Search by phone number, email address, name or customer id.</source>
        <translation>Zoek op telefoonnummer, e-mailadres, naam of klant-id.</translation>
    </message>
    <message>
        <source>Who is calling?</source>
        <translation>Wie belt er?</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) share this phone number. Ask the caller&apos;s name, then pick the profile.</source>
        <translation>
            <numerusform>%n klant heeft dit telefoonnummer. Vraag de naam van de beller en kies dan het profiel.</numerusform>
            <numerusform>%n klanten hebben dit telefoonnummer. Vraag de naam van de beller en kies dan het profiel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type what you know about the customer first.</source>
        <translation>Typ eerst wat je over de klant weet.</translation>
    </message>
    <message>
        <source>Type at least 2 characters of the name.</source>
        <translation>Typ minstens 2 tekens van de naam.</translation>
    </message>
    <message>
        <source>Offline: searching is possible again once the connection is back.</source>
        <translation>Offline: zoeken kan weer zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>No customer found. Check the spelling, or try the phone number or email address.</source>
        <translation>Geen klant gevonden. Controleer de spelling of probeer het telefoonnummer of e-mailadres.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n klant gevonden. Enter opent de geselecteerde.</numerusform>
            <numerusform>%n klanten gevonden. Enter opent de geselecteerde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was lost before the answer came; search again when it is back.</source>
        <translation>De verbinding viel weg voordat het antwoord kwam; zoek opnieuw zodra ze terug is.</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::MainWindow</name>
    <message>
        <source>Omnidesk</source>
        <translation>Omnidesk</translation>
    </message>
    <message>
        <source>Waiting for calls</source>
        <translation>Wachten op gesprekken</translation>
    </message>
    <message>
        <source>The caller&apos;s profile opens here as soon as a call is routed to you.</source>
        <translation>Het profiel van de beller verschijnt hier zodra er een gesprek naar je wordt doorgezet.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>Sign out and forget the saved sign-in on this computer (%1)</source>
        <translation>Afmelden en de opgeslagen aanmelding op deze computer vergeten (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Available</source>
        <translation>&amp;Beschikbaar</translation>
    </message>
    <message>
        <source>Ready for the next call</source>
        <translation>Klaar voor het volgende gesprek</translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation>&amp;Pauze</translation>
    </message>
    <message>
        <source>Away for a while</source>
        <translation>Even weg</translation>
    </message>
    <message>
        <source>&amp;Extend wrap-up</source>
        <translation>Nawerk &amp;verlengen</translation>
    </message>
    <message>
        <source>More time to finish the outcome (once per call)</source>
        <translation>Meer tijd om het resultaat af te ronden (één keer per gesprek)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Omnidesk</source>
        <translation>&amp;Over Omnidesk</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Agentstatus</translation>
    </message>
    <message>
        <source>Connection state icon</source>
        <translation>Pictogram van de verbindingsstatus</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindingsstatus</translation>
    </message>
    <message>
        <source>Signed-in agent</source>
        <translation>Aangemelde agent</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Opnieuw verbinden</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Wrap-up %1:%2</source>
        <translation>Nawerk %1:%2</translation>
    </message>
    <message>
        <source>Connecting to the profile service…</source>
        <translation>Verbinden met de profielservice…</translation>
    </message>
    <message>
        <source>Not connected. Calls cannot reach you until you sign in.</source>
        <translation>Niet verbonden. Gesprekken bereiken je pas als je bent aangemeld.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <source>&amp;Look up customer…</source>
        <translation>Klant &amp;opzoeken…</translation>
    </message>
    <message>
        <source>Find a customer by phone, email, name or customer id</source>
        <translation>Een klant vinden op telefoon, e-mail, naam of klant-id</translation>
    </message>
    <message>
        <source>Serve a walk-in customer</source>
        <translation>Een winkelklant helpen</translation>
    </message>
    <message>
        <source>Look the customer up by phone, email or name (Ctrl+Shift+L) to see their online cart and record what they mean to buy.</source>
        <translation>Zoek de klant op via telefoon, e-mail of naam (Ctrl+Shift+L) om de online winkelwagen te zien en vast te leggen wat hij wil kopen.</translation>
    </message>
    <message>
        <source>&amp;Interaction log</source>
        <translation>&amp;Interactielogboek</translation>
    </message>
    <message>
        <source>Back to the interaction log (supervisors)</source>
        <translation>Terug naar het interactielogboek (supervisors)</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Interactielogboek</translation>
    </message>
    <message>
        <source>Cart recovery</source>
        <translation>Herstel van winkelwagens</translation>
    </message>
    <message>
        <source>Cart &amp;recovery</source>
        <translation>&amp;Herstel van winkelwagens</translation>
    </message>
    <message>
        <source>How many abandoned carts were bought within 30 days (supervisors)</source>
        <translation>Hoeveel verlaten winkelwagens binnen 30 dagen zijn gekocht (supervisors)</translation>
    </message>
    <message>
        <source>Live floor</source>
        <translation>Live vloer</translation>
    </message>
    <message>
        <source>Live &amp;floor</source>
        <translation>&amp;Live vloer</translation>
    </message>
    <message>
        <source>Every agent&apos;s state, call and wrap-up, live (supervisors)</source>
        <translation>Status, gesprek en nawerk van elke medewerker, live (supervisors)</translation>
    </message>
    <message>
        <source>E&amp;xport interaction log…</source>
        <translation>E&amp;xporteren van het interactielogboek…</translation>
    </message>
    <message>
        <source>Save the interactions matching the filters as CSV (supervisors)</source>
        <translation>De interacties die aan de filters voldoen opslaan als CSV (supervisors)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Au&amp;ditlogboek</translation>
    </message>
    <message>
        <source>Who looked up, viewed, exported or revealed customer data (supervisors)</source>
        <translation>Wie klantgegevens opzocht, bekeek, exporteerde of toonde (supervisors)</translation>
    </message>
    <message>
        <source>Outcomes and recommendations</source>
        <translation>Resultaten en aanbevelingen</translation>
    </message>
    <message>
        <source>&amp;Outcomes and recommendations</source>
        <translation>&amp;Resultaten en aanbevelingen</translation>
    </message>
    <message>
        <source>Outcomes per day by disposition and how often each recommendation was accepted (supervisors)</source>
        <translation>Resultaten per dag per afhandelcode en hoe vaak elke aanbeveling is geaccepteerd (supervisors)</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::NextStepPanel</name>
    <message>
        <source>Recommended next step</source>
        <translation>Aanbevolen volgende stap</translation>
    </message>
    <message>
        <source>Why this step is recommended</source>
        <translation>Waarom deze stap wordt aanbevolen</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Gespreksonderwerpen</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <source>Dismiss step</source>
        <translation>Stap afwijzen</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>Recommended next steps, highest priority first</source>
        <translation>Aanbevolen volgende stappen, hoogste prioriteit eerst</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y accepts the selected step, Ctrl+Shift+D dismisses it</source>
        <translation>Ctrl+Shift+Y accepteert de geselecteerde stap, Ctrl+Shift+D wijst hem af</translation>
    </message>
    <message>
        <source>Accept the selected step (Ctrl+Shift+Y)</source>
        <translation>De geselecteerde stap accepteren (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Accept step</source>
        <translation>Stap accepteren</translation>
    </message>
    <message>
        <source>Dismiss the selected step with a reason (Ctrl+Shift+D)</source>
        <translation>De geselecteerde stap afwijzen met een reden (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Why is this step not right? Enter to confirm, Esc to cancel</source>
        <translation>Waarom past deze stap niet? Enter om te bevestigen, Esc om te annuleren</translation>
    </message>
    <message>
        <source>Reason for dismissing the step</source>
        <translation>Reden om de stap af te wijzen</translation>
    </message>
    <message>
        <source>Customer not interested</source>
        <translation>Klant heeft geen interesse</translation>
    </message>
    <message>
        <source>Not relevant for this customer</source>
        <translation>Niet relevant voor deze klant</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Al gedaan</translation>
    </message>
    <message>
        <source>Customer asked not to be contacted</source>
        <translation>Klant wil niet benaderd worden</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>afgewezen</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation for this customer.</source>
        <translation>Geen aanbeveling voor deze klant.</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::OutcomeChartsView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Outcomes and recommendations</source>
        <translation>Resultaten en aanbevelingen</translation>
    </message>
    <message>
        <source>Outcomes logged from</source>
        <translation>Resultaten vastgelegd van</translation>
    </message>
    <message>
        <source>Outcomes logged until (inclusive)</source>
        <translation>Resultaten vastgelegd tot en met</translation>
    </message>
    <message>
        <source>any agent</source>
        <translation>elke medewerker</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Medewerker-id</translation>
    </message>
    <message>
        <source>Count the outcomes and decisions of this period</source>
        <translation>De resultaten en beslissingen van deze periode tellen</translation>
    </message>
    <message>
        <source>When these charts were loaded</source>
        <translation>Wanneer deze grafieken zijn geladen</translation>
    </message>
    <message>
        <source>Outcomes status</source>
        <translation>Status van de resultaten</translation>
    </message>
    <message>
        <source>Acceptance status</source>
        <translation>Status van de acceptatie</translation>
    </message>
    <message>
        <source>Outcomes over time by disposition</source>
        <translation>Resultaten in de tijd per afhandelcode</translation>
    </message>
    <message>
        <source>Outcomes logged per day</source>
        <translation>Vastgelegde resultaten per dag</translation>
    </message>
    <message>
        <source>Acceptance rate per recommendation</source>
        <translation>Acceptatiegraad per aanbeveling</translation>
    </message>
    <message>
        <source>Accepted of shown, per recommendation</source>
        <translation>Geaccepteerd van getoond, per aanbeveling</translation>
    </message>
    <message>
        <source>Recommendations shown, accepted and dismissed</source>
        <translation>Getoonde, geaccepteerde en afgewezen aanbevelingen</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Getoond</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Medewerker</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>No outcome was logged in this period.</source>
        <translation>In deze periode is geen resultaat vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) logged in this period, counted by week.</source>
        <translation>
            <numerusform>%n resultaat vastgelegd in deze periode, per week geteld.</numerusform>
            <numerusform>%n resultaten vastgelegd in deze periode, per week geteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) logged in this period, counted by day.</source>
        <translation>
            <numerusform>%n resultaat vastgelegd in deze periode, per dag geteld.</numerusform>
            <numerusform>%n resultaten vastgelegd in deze periode, per dag geteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes logged per week</source>
        <translation>Vastgelegde resultaten per week</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>week van %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Could not load the outcomes: %1</source>
        <translation>Kan de resultaten niet laden: %1</translation>
    </message>
    <message>
        <source>No recommendation was shown in this period.</source>
        <translation>In deze periode is geen aanbeveling getoond.</translation>
    </message>
    <message>
        <source>Of %1 recommendations shown, %2 were accepted (%3) and %4 dismissed.</source>
        <translation>Van %1 getoonde aanbevelingen zijn er %2 geaccepteerd (%3) en %4 afgewezen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Acceptatiegraad</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 van %4)</translation>
    </message>
    <message>
        <source>Could not load the acceptance: %1</source>
        <translation>Kan de acceptatie niet laden: %1</translation>
    </message>
    <message>
        <source>Dismissed because: %1</source>
        <translation>Afgewezen omdat: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::OutcomeForm</name>
    <message>
        <source>Save outcome</source>
        <translation>Resultaat opslaan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Choose a disposition…</source>
        <translation>Kies een afhandelcode…</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Afhandelcode</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>&amp;Afhandelcode</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>What was agreed, what to follow up…</source>
        <translation>Wat is afgesproken, wat moet nog opgevolgd worden…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Save outcome (Ctrl+Return)</source>
        <translation>Resultaat opslaan (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Outcome status</source>
        <translation>Status van het resultaat</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose a disposition first.</source>
        <translation>Kies eerst een afhandelcode.</translation>
    </message>
    <message>
        <source>Saved locally — sending…</source>
        <translation>Lokaal opgeslagen — wordt verzonden…</translation>
    </message>
    <message>
        <source>Saved locally — will be sent when the connection is back.</source>
        <translation>Lokaal opgeslagen — wordt verzonden zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Stored in profile (#%1)</source>
        <translation>Opgeslagen in het profiel (#%1)</translation>
    </message>
    <message>
        <source>Stored in profile</source>
        <translation>Opgeslagen in het profiel</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Opslaan mislukt: %1</translation>
    </message>
    <message>
        <source>Purchase &amp;intent</source>
        <translation>Aankoop&amp;intentie</translation>
    </message>
    <message>
        <source>Purchase intent: cart lines the customer means to buy</source>
        <translation>Aankoopintentie: regels in de winkelwagen die de klant wil kopen</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected line</source>
        <translation>Spatie vinkt de geselecteerde regel aan of uit</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Opvolging plannen</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum van opvolging</translation>
    </message>
    <message>
        <source>Follow-up channel</source>
        <translation>Kanaal voor opvolging</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Follow &amp;up</source>
        <translation>&amp;Opvolgen</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::RecoveryView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Cart recovery</source>
        <translation>Herstel van winkelwagens</translation>
    </message>
    <message>
        <source>Carts abandoned from</source>
        <translation>Winkelwagens verlaten vanaf</translation>
    </message>
    <message>
        <source>Carts abandoned until (inclusive)</source>
        <translation>Winkelwagens verlaten tot en met</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Herstelpercentage</translation>
    </message>
    <message>
        <source>Recovery rate by contact</source>
        <translation>Herstelpercentage per contact</translation>
    </message>
    <message>
        <source>Recovered within 30 days, by contact</source>
        <translation>Binnen 30 dagen hersteld, per contact</translation>
    </message>
    <message>
        <source>Recovery by recommendation and by agent</source>
        <translation>Herstel per aanbeveling en per medewerker</translation>
    </message>
    <message>
        <source>Accepted recommendation / agent</source>
        <translation>Geaccepteerde aanbeveling / medewerker</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Verlaten</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Call, recommendation accepted</source>
        <translation>Gesprek, aanbeveling geaccepteerd</translation>
    </message>
    <message>
        <source>Call, none accepted</source>
        <translation>Gesprek, niets geaccepteerd</translation>
    </message>
    <message>
        <source>Email only</source>
        <translation>Alleen e-mail</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Geen contact</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>No cart was abandoned in this period.</source>
        <translation>In deze periode is geen winkelwagen verlaten.</translation>
    </message>
    <message>
        <source>%1 of %2 abandoned carts were bought within %3 days: %4.</source>
        <translation>%1 van %2 verlaten winkelwagens zijn binnen %3 dagen gekocht: %4.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 van %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>geen in deze periode</translation>
    </message>
    <message>
        <source>By accepted recommendation</source>
        <translation>Per geaccepteerde aanbeveling</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Per medewerker</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden mislukt: %1</translation>
    </message>
    <message>
        <source>When this report was loaded</source>
        <translation>Wanneer dit rapport is geladen</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::RevealDialog</name>
    <message>
        <source>Reveal customer</source>
        <translation>Klant onthullen</translation>
    </message>
    <message>
        <source>The customer&apos;s name is masked in the interaction log.</source>
        <translation>De naam van de klant is gemaskeerd in het interactielogboek.</translation>
    </message>
    <message>
        <source>The customer is shown masked as “%1” in the interaction log.</source>
        <translation>De klant staat gemaskeerd als ‘%1’ in het interactielogboek.</translation>
    </message>
    <message>
        <source>why you need the name (recorded in the audit log)</source>
        <translation>waarom u de naam nodig hebt (vastgelegd in het auditlogboek)</translation>
    </message>
    <message>
        <source>Reason for revealing the customer</source>
        <translation>Reden om de klant te onthullen</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Onthullen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>The name is shown for this interaction; your reason is recorded in the audit log.</source>
        <translation>De naam wordt voor deze interactie getoond; uw reden wordt vastgelegd in het auditlogboek.</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters to reveal the name.</source>
        <translation>
            <numerusform>Geef een reden van minstens %n teken om de naam te onthullen.</numerusform>
            <numerusform>Geef een reden van minstens %n tekens om de naam te onthullen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SettingsDialog</name>
    <message>
        <source>Show a desktop &amp;notification for an incoming call</source>
        <translation>Een bureaublad&amp;melding tonen bij een inkomend gesprek</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Profile service address</source>
        <translation>Adres van de profielservice</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zelfde als het systeem</translation>
    </message>
    <message>
        <source>A new language applies the next time Omnidesk starts.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende keer dat Omnidesk start.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Applies at once. &quot;Same as the system&quot; follows the light or dark setting of the desktop environment.</source>
        <translation>Geldt meteen. &apos;Zelfde als het systeem&apos; volgt de lichte of donkere instelling van de bureaubladomgeving.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Bureaubladmeldingen</translation>
    </message>
    <message>
        <source>Shows a notification when a call arrives while the Omnidesk window is not in front.</source>
        <translation>Toont een melding als er een gesprek binnenkomt terwijl het Omnidesk-venster niet vooraan staat.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Profile &amp;service:</source>
        <translation>&amp;Profielservice:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Go to the cart</source>
        <translation>Naar de winkelwagen</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Naar de tijdlijn</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Zoeken in de tijdlijn</translation>
    </message>
    <message>
        <source>Go to the outcome&apos;s disposition</source>
        <translation>Naar de afhandelcode van het resultaat</translation>
    </message>
    <message>
        <source>Go to the outcome notes</source>
        <translation>Naar de notities bij het resultaat</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Het resultaat opslaan</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>De instellingen konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>The address used from the next start, as https://host:port or wss://host:port (http:// or ws:// without TLS). The sign-in window can change it too.</source>
        <translation>Het adres dat vanaf de volgende start wordt gebruikt, als https://host:poort of wss://host:poort (http:// of ws:// zonder TLS). Het aanmeldvenster kan het ook wijzigen.</translation>
    </message>
    <message>
        <source>Trusted company CA certificate</source>
        <translation>Vertrouwd certificaat van bedrijfs-CA</translation>
    </message>
    <message>
        <source>None: only the certificate authorities the system trusts</source>
        <translation>Geen: alleen de certificaatautoriteiten die het systeem vertrouwt</translation>
    </message>
    <message>
        <source>Trust a company CA certificate</source>
        <translation>Certificaat van bedrijfs-CA vertrouwen</translation>
    </message>
    <message>
        <source>Choose the PEM file of your company&apos;s certificate authority.</source>
        <translation>Kies het PEM-bestand van de certificaatautoriteit van uw bedrijf.</translation>
    </message>
    <message>
        <source>Stop trusting the company CA certificate</source>
        <translation>Certificaat van bedrijfs-CA niet meer vertrouwen</translation>
    </message>
    <message>
        <source>Certificates it issued are trusted in addition to the system&apos;s, from the next sign-in. Certificate checks are always on.</source>
        <translation>Certificaten die zij uitgeeft worden vanaf de volgende aanmelding vertrouwd, naast die van het systeem. Certificaten worden altijd gecontroleerd.</translation>
    </message>
    <message>
        <source>Trust a &amp;company CA:</source>
        <translation>&amp;Bedrijfs-CA vertrouwen:</translation>
    </message>
    <message>
        <source>Company CA certificate</source>
        <translation>Certificaat van bedrijfs-CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Enter the server address as https://host:port or wss://host:port (http:// or ws:// when the service runs without TLS).</source>
        <translation>Voer het serveradres in als https://host:poort of wss://host:poort (http:// of ws:// als de service zonder TLS draait).</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Onthoud mij op deze computer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sign in to Omnidesk</source>
        <translation>Aanmelden bij Omnidesk</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Onthoud mij op deze computer</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain so you are signed in at the next start. The password is never stored.</source>
        <translation>Bewaart een aanmeldtoken in de sleutelhanger van het systeem, zodat je bij de volgende start al bent aangemeld. Het wachtwoord wordt nooit opgeslagen.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Aanmeldfout</translation>
    </message>
    <message>
        <source>Sign in to the profile service</source>
        <translation>Aanmelden bij de profielservice</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Voer je gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>&amp;Trust a company CA certificate…</source>
        <translation>Certificaat van bedrijfs-CA &amp;vertrouwen…</translation>
    </message>
    <message>
        <source>Sign-in notice</source>
        <translation>Aanmeldmelding</translation>
    </message>
    <message>
        <source>Choose the PEM file of your company&apos;s certificate authority. Omnidesk then trusts certificates it issued, in addition to those the system trusts.</source>
        <translation>Kies het PEM-bestand van de certificaatautoriteit van uw bedrijf. Omnidesk vertrouwt dan de certificaten die zij uitgeeft, naast die het systeem vertrouwt.</translation>
    </message>
    <message>
        <source>Company CA certificate</source>
        <translation>Certificaat van bedrijfs-CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Now trusting %1. Sign in again.</source>
        <translation>%1 wordt nu vertrouwd. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>Enter the server address as https://host:port or wss://host:port (http:// or ws:// when the service runs without TLS).</source>
        <translation>Voer het serveradres in als https://host:poort of wss://host:poort (http:// of ws:// als de service zonder TLS draait).</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SupervisorView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Meer laden</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Interactielogboek</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Einddatum (inclusief)</translation>
    </message>
    <message>
        <source>any agent</source>
        <translation>elke medewerker</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Medewerker-id</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>any recommendation id</source>
        <translation>elke aanbevelings-id</translation>
    </message>
    <message>
        <source>Recommendation id</source>
        <translation>Aanbevelings-id</translation>
    </message>
    <message>
        <source>accepted or not</source>
        <translation>geaccepteerd of niet</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>Decision on the recommendation</source>
        <translation>Beslissing over de aanbeveling</translation>
    </message>
    <message>
        <source>text in the notes</source>
        <translation>tekst in de notities</translation>
    </message>
    <message>
        <source>Text in the notes</source>
        <translation>Tekst in de notities</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Logged interactions</source>
        <translation>Vastgelegde interacties</translation>
    </message>
    <message>
        <source>What the agent saw</source>
        <translation>Wat de medewerker zag</translation>
    </message>
    <message>
        <source>Select an interaction to see what the agent saw.</source>
        <translation>Selecteer een interactie om te zien wat de medewerker zag.</translation>
    </message>
    <message>
        <source>any disposition</source>
        <translation>elk resultaat</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Meer laden…</translation>
    </message>
    <message>
        <source>No interaction matches these filters.</source>
        <translation>Geen interactie past bij deze filters.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <source>Loading what the agent saw…</source>
        <translation>Laden wat de medewerker zag…</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 door %2, %3</translation>
    </message>
    <message>
        <source>Next steps shown</source>
        <translation>Getoonde volgende stappen</translation>
    </message>
    <message>
        <source>dismissed: %1</source>
        <translation>afgewezen: %1</translation>
    </message>
    <message>
        <source>not acted on</source>
        <translation>niet op gereageerd</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Purchase intent:</source>
        <translation>Koopintentie:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Opvolging:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Cart the agent saw</source>
        <translation>Winkelwagen die de medewerker zag</translation>
    </message>
    <message>
        <source>The cart was empty.</source>
        <translation>De winkelwagen was leeg.</translation>
    </message>
    <message>
        <source>%1 × %2, %3</source>
        <translation>%1 × %2, %3</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
    <message>
        <source>Lately, as the agent saw it</source>
        <translation>Recent, zoals de medewerker het zag</translation>
    </message>
    <message>
        <source>No snapshot was stored with this outcome.</source>
        <translation>Bij dit resultaat is geen momentopname opgeslagen.</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden mislukt: %1</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporteren als CSV…</translation>
    </message>
    <message>
        <source>Save the interactions matching the filters as CSV (Ctrl+Shift+X)</source>
        <translation>De interacties die aan de filters voldoen opslaan als CSV (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Export geannuleerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>E&amp;xport annuleren</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n row(s)</source>
        <translation>
            <numerusform>Exporteren… %n rij</numerusform>
            <numerusform>Exporteren… %n rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar %1</numerusform>
            <numerusform>%n rijen geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export mislukt: %1</translation>
    </message>
    <message>
        <source>&amp;Reveal customer…</source>
        <translation>Klant &amp;onthullen…</translation>
    </message>
    <message>
        <source>Revealing the customer…</source>
        <translation>Klant wordt onthuld…</translation>
    </message>
    <message>
        <source>Customer revealed; your reason is in the audit log.</source>
        <translation>Klant onthuld; uw reden staat in het auditlogboek.</translation>
    </message>
    <message>
        <source>Could not reveal the customer: %1</source>
        <translation>Kon de klant niet onthullen: %1</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (gemaskeerd)</translation>
    </message>
    <message>
        <source>Show the selected interaction&apos;s customer; asks for a reason, which is audited (Ctrl+Shift+V)</source>
        <translation>Toont de klant van de gekozen interactie; vraagt een reden, die wordt vastgelegd (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Handle time %1, of which wrap-up %2</source>
        <translation>Afhandeltijd %1, waarvan nawerk %2</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::Theme</name>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zelfde als het systeem</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Timeline channel</source>
        <translation>Kanaal van de tijdlijn</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Zoeken in de tijdlijn</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Tijdlijn van de klant</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>%1 of 1 event</source>
        <translation>%1 van 1 gebeurtenis</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 van %2 gebeurtenissen</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 gebeurtenis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 gebeurtenissen</translation>
    </message>
    <message>
        <source>No activity recorded for this customer.</source>
        <translation>Geen activiteit vastgelegd voor deze klant.</translation>
    </message>
    <message>
        <source>No events match the channel and search.</source>
        <translation>Geen gebeurtenissen passen bij het kanaal en de zoekopdracht.</translation>
    </message>
</context>
</TS>
