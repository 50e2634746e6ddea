<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Dispositions</name>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Nur Auskunft</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Purchase intent</source>
        <translation>Kaufabsicht</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>In der Filiale</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>A customer link takes no query.</source>
        <translation>Ein Kundenlink hat keine Abfrageparameter.</translation>
    </message>
    <message>
        <source>A customer link needs one profile id: omnidesk://customer/&lt;id&gt;.</source>
        <translation>Ein Kundenlink braucht genau eine Profil-ID: omnidesk://customer/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>A call link has no path: omnidesk://call?ani=&lt;number&gt;.</source>
        <translation>Ein Anruflink hat keinen Pfad: omnidesk://call?ani=&lt;Nummer&gt;.</translation>
    </message>
    <message>
        <source>A call link needs exactly one ani=&lt;phone number&gt;.</source>
        <translation>Ein Anruflink braucht genau ein ani=&lt;Telefonnummer&gt;.</translation>
    </message>
    <message>
        <source>The caller&apos;s number must be an optional + and 3 to 15 digits.</source>
        <translation>Die Nummer des Anrufers besteht aus einem optionalen + und 3 bis 15 Ziffern.</translation>
    </message>
    <message>
        <source>Not an omnidesk:// link.</source>
        <translation>Kein omnidesk://-Link.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Der Link ist zu lang.</translation>
    </message>
    <message>
        <source>The link has parts Omnidesk does not use.</source>
        <translation>Der Link enthält Teile, die Omnidesk nicht verwendet.</translation>
    </message>
    <message>
        <source>Omnidesk opens omnidesk://customer/&lt;id&gt; and omnidesk://call?ani=&lt;number&gt;.</source>
        <translation>Omnidesk öffnet omnidesk://customer/&lt;id&gt; und omnidesk://call?ani=&lt;Nummer&gt;.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Inbound call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message numerus="yes">
        <source> (%n min)</source>
        <translation>
            <numerusform> (%n Min.)</numerusform>
            <numerusform> (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>, outcome: %1</source>
        <translation>, Ergebnis: %1</translation>
    </message>
    <message>
        <source>email granted</source>
        <translation>E-Mail erlaubt</translation>
    </message>
    <message>
        <source>email denied</source>
        <translation>E-Mail abgelehnt</translation>
    </message>
    <message>
        <source>SMS granted</source>
        <translation>SMS erlaubt</translation>
    </message>
    <message>
        <source>SMS denied</source>
        <translation>SMS abgelehnt</translation>
    </message>
    <message>
        <source>calls granted</source>
        <translation>Anrufe erlaubt</translation>
    </message>
    <message>
        <source>calls denied</source>
        <translation>Anrufe abgelehnt</translation>
    </message>
    <message>
        <source>Marketing consent: %1</source>
        <translation>Werbeeinwilligung: %1</translation>
    </message>
    <message>
        <source>Placed an order (%1)</source>
        <translation>Bestellung aufgegeben (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Purchased %n item(s) (%1)</source>
        <translation>
            <numerusform>%n Artikel gekauft (%1)</numerusform>
            <numerusform>%n Artikel gekauft (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewed a product</source>
        <translation>Produkt angesehen</translation>
    </message>
    <message>
        <source>Viewed %1</source>
        <translation>%1 angesehen</translation>
    </message>
    <message>
        <source>Visited a store</source>
        <translation>Filiale besucht</translation>
    </message>
    <message>
        <source>Visited store %1</source>
        <translation>Filiale %1 besucht</translation>
    </message>
    <message>
        <source>; interested in %1</source>
        <translation>; Interesse an %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Viewed a web page</source>
        <translation>Webseite angesehen</translation>
    </message>
    <message>
        <source>Viewed page &quot;%1&quot;</source>
        <translation>Seite „%1“ angesehen</translation>
    </message>
    <message>
        <source>Was sent email</source>
        <translation>E-Mail erhalten</translation>
    </message>
    <message>
        <source>Was sent email &quot;%1&quot;</source>
        <translation>E-Mail „%1“ erhalten</translation>
    </message>
    <message>
        <source>Opened email</source>
        <translation>E-Mail geöffnet</translation>
    </message>
    <message>
        <source>Opened email &quot;%1&quot;</source>
        <translation>E-Mail „%1“ geöffnet</translation>
    </message>
    <message>
        <source>Clicked a link in email</source>
        <translation>Link in einer E-Mail angeklickt</translation>
    </message>
    <message>
        <source>Clicked a link in email &quot;%1&quot;</source>
        <translation>Link in E-Mail „%1“ angeklickt</translation>
    </message>
    <message>
        <source>Email delivered</source>
        <translation>E-Mail zugestellt</translation>
    </message>
    <message>
        <source>Email delivered &quot;%1&quot;</source>
        <translation>E-Mail „%1“ zugestellt</translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation>E-Mail unzustellbar</translation>
    </message>
    <message>
        <source>Email bounced &quot;%1&quot;</source>
        <translation>E-Mail „%1“ unzustellbar</translation>
    </message>
    <message>
        <source>Was sent an SMS</source>
        <translation>SMS erhalten</translation>
    </message>
    <message>
        <source>Was sent an SMS: %1</source>
        <translation>SMS erhalten: %1</translation>
    </message>
    <message>
        <source>Replied by SMS</source>
        <translation>Per SMS geantwortet</translation>
    </message>
    <message>
        <source>Clicked a link in an SMS</source>
        <translation>Link in einer SMS angeklickt</translation>
    </message>
    <message>
        <source>Started a cart</source>
        <translation>Warenkorb angelegt</translation>
    </message>
    <message>
        <source>Started a cart with %1</source>
        <translation>Warenkorb mit %1 angelegt</translation>
    </message>
    <message>
        <source>Looked at the cart</source>
        <translation>Warenkorb angesehen</translation>
    </message>
    <message>
        <source>Started checkout</source>
        <translation>Bestellvorgang begonnen</translation>
    </message>
    <message>
        <source>Started checkout: %1</source>
        <translation>Bestellvorgang begonnen: %1</translation>
    </message>
    <message>
        <source>Was sent a push notification</source>
        <translation>Push-Benachrichtigung erhalten</translation>
    </message>
    <message>
        <source>Opened a push notification</source>
        <translation>Push-Benachrichtigung geöffnet</translation>
    </message>
    <message>
        <source>Acted on a push notification</source>
        <translation>Auf eine Push-Benachrichtigung reagiert</translation>
    </message>
    <message>
        <source>Opened the app</source>
        <translation>App geöffnet</translation>
    </message>
    <message>
        <source>Bot conversation, handed over to an agent</source>
        <translation>Bot-Gespräch, an einen Agenten übergeben</translation>
    </message>
    <message>
        <source>Bot conversation, resolved by the bot</source>
        <translation>Bot-Gespräch, vom Bot gelöst</translation>
    </message>
    <message>
        <source>Bot conversation</source>
        <translation>Bot-Gespräch</translation>
    </message>
    <message>
        <source>Chat, handed over to another team</source>
        <translation>Chat, an ein anderes Team übergeben</translation>
    </message>
    <message>
        <source>Chat with an agent</source>
        <translation>Chat mit einem Agenten</translation>
    </message>
    <message>
        <source>; follow up by %1 on %2</source>
        <translation>; Nachfassen per %1 am %2</translation>
    </message>
    <message>
        <source>Purchase intent: %1 (%2)</source>
        <translation>Kaufabsicht: %1 (%2)</translation>
    </message>
    <message>
        <source>Call outcome: %1</source>
        <translation>Anrufergebnis: %1</translation>
    </message>
    <message>
        <source>Store visit: %1</source>
        <translation>Filialbesuch: %1</translation>
    </message>
    <message>
        <source>Accepted recommendation: %1</source>
        <translation>Empfehlung angenommen: %1</translation>
    </message>
    <message>
        <source>Dismissed recommendation: %1 (%2)</source>
        <translation>Empfehlung abgelehnt: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (a text file starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>%1 enthält kein PEM-Zertifikat (eine Textdatei, die mit -----BEGIN CERTIFICATE----- beginnt).</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, gültig bis %2</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is for %1, not for %2.</source>
        <translation>Das Zertifikat des Dienstes gilt für %1, nicht für %2.</translation>
    </message>
    <message>
        <source>Use the address the certificate names, or ask the service&apos;s administrator for a certificate that includes %1.</source>
        <translation>Verwenden Sie die Adresse aus dem Zertifikat oder bitten Sie die Administration des Dienstes um ein Zertifikat, das %1 enthält.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate expired on %1.</source>
        <translation>Das Zertifikat des Dienstes ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrator to renew the certificate.</source>
        <translation>Bitten Sie die Administration des Dienstes, das Zertifikat zu erneuern.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is valid only from %1.</source>
        <translation>Das Zertifikat des Dienstes ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer, or ask the service&apos;s administrator.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers oder wenden Sie sich an die Administration des Dienstes.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate was not issued by a certificate authority this computer trusts.</source>
        <translation>Das Zertifikat des Dienstes stammt von keiner Zertifizierungsstelle, der dieser Computer vertraut.</translation>
    </message>
    <message>
        <source>If your company uses its own certificate authority, ask IT for its CA certificate (a PEM file) and choose it under &quot;Trust a company CA certificate&quot;. Otherwise ask the service&apos;s administrator.</source>
        <translation>Wenn Ihre Firma eine eigene Zertifizierungsstelle nutzt, fragen Sie die IT nach deren CA-Zertifikat (eine PEM-Datei) und wählen Sie es unter „Zertifikat einer Firmen-CA vertrauen“. Andernfalls wenden Sie sich an die Administration des Dienstes.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate was refused: %1.</source>
        <translation>Das Zertifikat des Dienstes wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Ask the service&apos;s administrator.</source>
        <translation>Wenden Sie sich an die Administration des Dienstes.</translation>
    </message>
    <message>
        <source>Secure connection to %1 refused.</source>
        <translation>Sichere Verbindung zu %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Certificate: %1; issued by: %2.</source>
        <translation>Zertifikat: %1; ausgestellt von: %2.</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed.</source>
        <translation>Sichere Verbindung zu %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check that the address is right: https:// or wss:// only when the service runs with TLS, http:// or ws:// otherwise.</source>
        <translation>Prüfen Sie die Adresse: https:// oder wss:// nur, wenn der Dienst mit TLS läuft, sonst http:// oder ws://.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>omnidesk: unknown language &quot;%1&quot; (available: %2)</source>
        <translation>omnidesk: unbekannte Sprache „%1“ (verfügbar: %2)</translation>
    </message>
    <message>
        <source>Omnidesk agent desktop</source>
        <translation>Omnidesk-Arbeitsplatz für Agenten</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Gibt die Version aus und beendet sich.</translation>
    </message>
    <message>
        <source>Sign in as NAME without the dialog; the password is read from the OMNIDESK_PASSWORD environment variable.</source>
        <translation>Meldet sich ohne Dialog als NAME an; das Passwort wird aus der Umgebungsvariablen OMNIDESK_PASSWORD gelesen.</translation>
    </message>
    <message>
        <source>Folder of the local outcome outbox.</source>
        <translation>Ordner des lokalen Postausgangs für Ergebnisse.</translation>
    </message>
    <message>
        <source>Language of the desktop (en, de, es, nl, pt_BR); default: the one chosen in the settings, else the system&apos;s.</source>
        <translation>Sprache des Arbeitsplatzes (en, de, es, nl, pt_BR); Standard: die in den Einstellungen gewählte, sonst die des Systems.</translation>
    </message>
    <message>
        <source>Light, dark or the system&apos;s look: light, dark or system; default: the one chosen in the settings.</source>
        <translation>Helles, dunkles oder das Erscheinungsbild des Systems: light, dark oder system; Standard: die Wahl in den Einstellungen.</translation>
    </message>
    <message>
        <source>An omnidesk:// link to open: omnidesk://customer/&lt;id&gt; or omnidesk://call?ani=&lt;phone number&gt;. When Omnidesk already runs, the link goes to that window.</source>
        <translation>Ein zu öffnender omnidesk://-Link: omnidesk://customer/&lt;id&gt; oder omnidesk://call?ani=&lt;Telefonnummer&gt;. Läuft Omnidesk bereits, geht der Link an dieses Fenster.</translation>
    </message>
    <message>
        <source>omnidesk: --theme must be light, dark or system</source>
        <translation>omnidesk: --theme muss light, dark oder system sein</translation>
    </message>
    <message>
        <source>omnidesk: give at most one link</source>
        <translation>omnidesk: höchstens einen Link angeben</translation>
    </message>
    <message>
        <source>omnidesk: Omnidesk is already running but did not answer</source>
        <translation>omnidesk: Omnidesk läuft bereits, hat aber nicht geantwortet</translation>
    </message>
    <message>
        <source>Profile service address (https://, wss://, or http://, ws:// without TLS); default: the address of the last sign-in, else ws://127.0.0.1:8477.</source>
        <translation>Adresse des Profildienstes (https://, wss:// oder ohne TLS http://, ws://); Standard: die Adresse der letzten Anmeldung, sonst ws://127.0.0.1:8477.</translation>
    </message>
    <message>
        <source>omnidesk: --server must be an https://, wss://, http:// or ws:// URL</source>
        <translation>omnidesk: --server muss eine https://-, wss://-, http://- oder ws://-URL sein</translation>
    </message>
</context>
<context>
    <name>omnidesk::CandidateModel</name>
    <message>
        <source>Phone number matches</source>
        <translation>Telefonnummer stimmt überein</translation>
    </message>
    <message>
        <source>Email address matches</source>
        <translation>E-Mail-Adresse stimmt überein</translation>
    </message>
    <message>
        <source>Customer id matches</source>
        <translation>Kunden-ID stimmt überein</translation>
    </message>
    <message>
        <source>Name contains “%1”</source>
        <translation>Name enthält „%1“</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n Artikel, %1</numerusform>
            <numerusform>%n Artikel, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Matched because</source>
        <translation>Gefunden, weil</translation>
    </message>
</context>
<context>
    <name>omnidesk::CartModel</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>omnidesk::DesktopController</name>
    <message>
        <source>The saved sign-in has expired; please sign in again.</source>
        <translation>Die gespeicherte Anmeldung ist abgelaufen; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signing in with the saved sign-in…</source>
        <translation>Anmeldung mit der gespeicherten Anmeldung …</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the keychain: %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Service reported a problem: %1</source>
        <translation>Der Dienst meldet ein Problem: %1</translation>
    </message>
    <message>
        <source>Not connected: the state cannot be changed now.</source>
        <translation>Nicht verbunden: Der Status kann jetzt nicht geändert werden.</translation>
    </message>
    <message>
        <source>the local outcome store cannot be written</source>
        <translation>der lokale Ergebnisspeicher kann nicht beschrieben werden</translation>
    </message>
    <message>
        <source>The local outcome store cannot be written.</source>
        <translation>Der lokale Ergebnisspeicher kann nicht beschrieben werden.</translation>
    </message>
    <message>
        <source>Offline: searching is possible again once the connection is back.</source>
        <translation>Offline: Die Suche ist wieder möglich, sobald die Verbindung steht.</translation>
    </message>
    <message>
        <source>Offline: the profile opens once the connection is back.</source>
        <translation>Offline: Das Profil öffnet sich, sobald die Verbindung steht.</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>einem unbekannten Anrufer</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Anruf von %1</translation>
    </message>
    <message>
        <source>The link opens as soon as you are signed in.</source>
        <translation>Der Link wird geöffnet, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>offline; try again once the connection is back</source>
        <translation>offline; versuchen Sie es erneut, sobald die Verbindung wieder steht</translation>
    </message>
    <message>
        <source>Save the call&apos;s outcome first; then open the other customer again.</source>
        <translation>Speichern Sie zuerst das Ergebnis des Anrufs; öffnen Sie dann den anderen Kunden erneut.</translation>
    </message>
    <message>
        <source>offline; the floor shows the last known states</source>
        <translation>offline; die Übersicht zeigt die letzten bekannten Zustände</translation>
    </message>
</context>
<context>
    <name>omnidesk::FloorModel</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1, store</source>
        <translation>%1, Filiale</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>im Gespräch</translation>
    </message>
    <message>
        <source>on a call for %1</source>
        <translation>seit %1 im Gespräch</translation>
    </message>
    <message>
        <source>⚠ over by %1</source>
        <translation>⚠ %1 überzogen</translation>
    </message>
    <message>
        <source>⚠ extended, ends in %1</source>
        <translation>⚠ verlängert, endet in %1</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>endet in %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>Im Zustand</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Desktops</translation>
    </message>
    <message>
        <source>%1 available · %2 on a call · %3 in wrap-up</source>
        <translation>%1 verfügbar · %2 im Gespräch · %3 in Nachbearbeitung</translation>
    </message>
    <message numerus="yes">
        <source> (%n needing attention)</source>
        <translation>
            <numerusform> (%n braucht Aufmerksamkeit)</numerusform>
            <numerusform> (%n brauchen Aufmerksamkeit)</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 on break · %2 offline</source>
        <translation> · %1 in Pause · %2 offline</translation>
    </message>
    <message>
        <source>%1 (connection lost)</source>
        <translation>%1 (Verbindung unterbrochen)</translation>
    </message>
</context>
<context>
    <name>omnidesk::InstanceGuard</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot listen for other starts of Omnidesk: %1</source>
        <translation>Auf weitere Starts von Omnidesk kann nicht gewartet werden: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::InteractionLogModel</name>
    <message>
        <source>none shown</source>
        <translation>keine angezeigt</translation>
    </message>
    <message>
        <source>%1 shown, %2 accepted, %3 dismissed</source>
        <translation>%1 angezeigt, %2 angenommen, %3 verworfen</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Revealed for you; your reason is in the audit log</source>
        <translation>Für Sie offengelegt; Ihr Grund steht im Prüfprotokoll</translation>
    </message>
    <message>
        <source>Not recorded: a store visit, or the service did not see the call</source>
        <translation>Nicht erfasst: ein Ladenbesuch, oder der Dienst hat den Anruf nicht gesehen</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (maskiert)</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Masked; Reveal customer… (Ctrl+Shift+V) shows the name</source>
        <translation>Maskiert; Kunden offenlegen… (Strg+Umschalt+M) zeigt den Namen</translation>
    </message>
    <message>
        <source>From the call reaching the agent to the outcome being logged</source>
        <translation>Vom Eingang des Anrufs beim Agenten bis zur Erfassung des Ergebnisses</translation>
    </message>
    <message>
        <source>From the end of the call to the outcome being logged; part of the handle time</source>
        <translation>Vom Ende des Anrufs bis zur Erfassung des Ergebnisses; Teil der Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Not recorded: a store visit, an outcome logged before this was measured, or the call&apos;s end is not known</source>
        <translation>Nicht erfasst: ein Ladenbesuch, ein Ergebnis aus der Zeit vor dieser Messung, oder das Ende des Anrufs ist nicht bekannt</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Nachbearbeitung</translation>
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
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
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
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::CredentialStore</name>
    <message>
        <source>No saved sign-in was found on this computer.</source>
        <translation>Auf diesem Computer wurde keine gespeicherte Anmeldung gefunden.</translation>
    </message>
    <message>
        <source>No keychain is available, so Omnidesk cannot remember your sign-in.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann Omnidesk Ihre Anmeldung nicht speichern.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time, so the saved sign-in could not be used.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet, daher konnte die gespeicherte Anmeldung nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert; er ist möglicherweise gesperrt.</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::OutboxStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::ProfileClient</name>
    <message>
        <source>The server address is not a ws:// or wss:// URL.</source>
        <translation>Die Serveradresse ist keine ws://- oder wss://-URL.</translation>
    </message>
    <message>
        <source>The server does not speak the Omnidesk protocol (omnidesk.v1).</source>
        <translation>Der Server spricht das Omnidesk-Protokoll (omnidesk.v1) nicht.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the user name and password.</source>
        <translation>Anmeldung fehlgeschlagen. Prüfen Sie Benutzername und Passwort.</translation>
    </message>
</context>
<context>
    <name>omnidesk::net::ReportClient</name>
    <message>
        <source>the service sent no report</source>
        <translation>der Dienst hat keinen Bericht geschickt</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the service sent no audit entries</source>
        <translation>der Dienst hat keine Prüfeinträge gesendet</translation>
    </message>
    <message>
        <source>the service&apos;s answer could not be read</source>
        <translation>die Antwort des Dienstes konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::AboutDialog</name>
    <message>
        <source>About Omnidesk</source>
        <translation>Über Omnidesk</translation>
    </message>
    <message>
        <source>Omnidesk logo</source>
        <translation>Omnidesk-Logo</translation>
    </message>
    <message>
        <source>The contact-center agent desktop: the caller&apos;s profile, live cart and next step at a glance, and every outcome saved exactly once.</source>
        <translation>Der Arbeitsplatz für Contact-Center-Agenten: Profil des Anrufers, aktueller Warenkorb und nächster Schritt auf einen Blick – und jedes Ergebnis genau einmal gespeichert.</translation>
    </message>
    <message>
        <source>Omnidesk is distributed under the licence in the LICENSE file that comes with it. It uses the Qt toolkit under the GNU LGPL version 3.</source>
        <translation>Omnidesk wird unter der Lizenz in der beiliegenden Datei LICENSE verbreitet. Es verwendet das Qt-Toolkit unter der GNU LGPL Version 3.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::AuditView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Ältere laden</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Who looked up, viewed, exported or revealed customer data, when and why.</source>
        <translation>Wer Kundendaten gesucht, angesehen, exportiert oder offengelegt hat, wann und warum.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Prüfeinträge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Das Prüfprotokoll ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries</source>
        <translation>
            <numerusform>Der %n neueste Eintrag</numerusform>
            <numerusform>Die %n neuesten Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CallView</name>
    <message>
        <source>Found by the agent with a lookup</source>
        <translation>Vom Agenten über die Suche gefunden</translation>
    </message>
    <message>
        <source>Picked by the agent from the matching customers</source>
        <translation>Vom Agenten aus den passenden Kunden ausgewählt</translation>
    </message>
    <message>
        <source>Looked up in the store</source>
        <translation>In der Filiale gesucht</translation>
    </message>
    <message>
        <source>Merged with another profile of the same customer</source>
        <translation>Mit einem anderen Profil desselben Kunden zusammengeführt</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CallerHeader</name>
    <message>
        <source>Caller name</source>
        <translation>Name des Anrufers</translation>
    </message>
    <message>
        <source>Caller phone number (masked)</source>
        <translation>Telefonnummer des Anrufers (maskiert)</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>Kundenstufe</translation>
    </message>
    <message>
        <source>Caller match</source>
        <translation>Zuordnung des Anrufers</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Anrufstatus</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Matched by phone number</source>
        <translation>Über die Telefonnummer zugeordnet</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Rufnummer unterdrückt</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>On call since %1</source>
        <translation>Im Gespräch seit %1</translation>
    </message>
    <message>
        <source>Call ended at %1 — wrap-up</source>
        <translation>Anruf um %1 beendet – Nachbearbeitung</translation>
    </message>
    <message>
        <source>Consents and customer value</source>
        <translation>Einwilligungen und Kundenwert</translation>
    </message>
    <message>
        <source>Several customers share this number</source>
        <translation>Mehrere Kunden haben diese Nummer</translation>
    </message>
    <message numerus="yes">
        <source>%n possible customers: pick the caller (Ctrl+Shift+L)</source>
        <translation>
            <numerusform>%n möglicher Kunde: Anrufer auswählen (Ctrl+Shift+L)</numerusform>
            <numerusform>%n mögliche Kunden: Anrufer auswählen (Ctrl+Shift+L)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer profile matches this number; look the customer up (Ctrl+Shift+L)</source>
        <translation>Zu dieser Nummer passt kein Kundenprofil; suchen Sie den Kunden (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>Filialbesuch</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <source>Lifetime value %1</source>
        <translation>Kundenwert %1</translation>
    </message>
    <message>
        <source>Last purchase %1</source>
        <translation>Letzter Kauf am %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Marketing consent — email: %1, SMS: %2, phone: %3</source>
        <translation>Werbeeinwilligung – E-Mail: %1, SMS: %2, Telefon: %3</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::CartPanel</name>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Der Warenkorb ist leer.</translation>
    </message>
    <message>
        <source>Cart lines</source>
        <translation>Warenkorbpositionen</translation>
    </message>
    <message>
        <source>Cart total</source>
        <translation>Warenkorbsumme</translation>
    </message>
    <message>
        <source>Cart data age</source>
        <translation>Alter der Warenkorbdaten</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Warenkorbabbruch</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>Abandoned %1</source>
        <translation>Abgebrochen %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::DataAgeLabel</name>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
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
        <translation>Kunden&amp;namen anzeigen</translation>
    </message>
    <message>
        <source>Export interactions</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Zu speichernde Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Die Datei in einem Dateidialog wählen</translation>
    </message>
    <message>
        <source>Names are masked to initials unless you show them and give a reason, which is audited</source>
        <translation>Namen werden zu Initialen maskiert, außer Sie zeigen sie mit einem Grund an, der protokolliert wird</translation>
    </message>
    <message>
        <source>why you need the names (recorded in the audit log)</source>
        <translation>warum Sie die Namen brauchen (wird protokolliert)</translation>
    </message>
    <message>
        <source>Reason for showing names</source>
        <translation>Grund für das Anzeigen der Namen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to save the export in.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters to show names.</source>
        <translation>
            <numerusform>Geben Sie einen Grund mit mindestens %n Zeichen an, um Namen zu zeigen.</numerusform>
            <numerusform>Geben Sie einen Grund mit mindestens %n Zeichen an, um Namen zu zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer names are exported as initials; phone numbers and email addresses in the notes are masked.</source>
        <translation>Kundennamen werden als Initialen exportiert; Telefonnummern und E-Mail-Adressen in den Notizen werden maskiert.</translation>
    </message>
    <message>
        <source>Names and notes are exported as written; your reason is recorded in the audit log.</source>
        <translation>Namen und Notizen werden wie geschrieben exportiert; Ihr Grund wird im Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::FloorView</name>
    <message>
        <source>Live floor</source>
        <translation>Team live</translation>
    </message>
    <message>
        <source>Floor summary</source>
        <translation>Übersicht des Teams</translation>
    </message>
    <message>
        <source>Agents on the floor</source>
        <translation>Agenten im Einsatz</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde …</translation>
    </message>
    <message>
        <source>No agents yet.</source>
        <translation>Noch keine Agenten.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Not live: %1</source>
        <translation>Nicht live: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::LatelyStrip</name>
    <message>
        <source>What happened lately</source>
        <translation>Was zuletzt geschah</translation>
    </message>
    <message>
        <source>Lately</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Nothing in the last two weeks.</source>
        <translation>Nichts in den letzten zwei Wochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 – %3</translation>
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
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>Profil ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Phone, email, name or customer id</source>
        <translation>Telefon, E-Mail, Name oder Kunden-ID</translation>
    </message>
    <message>
        <source>Search for a customer</source>
        <translation>Nach einem Kunden suchen</translation>
    </message>
    <message>
        <source>Type a phone number, an email address, part of a name or a customer id, then press Enter</source>
        <translation>Geben Sie eine Telefonnummer, eine E-Mail-Adresse, einen Teil eines Namens oder eine Kunden-ID ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Gefundene Kunden</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Look up a customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Search by phone number, email address, name or customer id.</source>
        <translation>Suche nach Telefonnummer, E-Mail-Adresse, Name oder Kunden-ID.</translation>
    </message>
    <message>
        <source>Who is calling?</source>
        <translation>Wer ruft an?</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) share this phone number. Ask the caller&apos;s name, then pick the profile.</source>
        <translation>
            <numerusform>%n Kunde hat diese Telefonnummer. Fragen Sie nach dem Namen und wählen Sie dann das Profil.</numerusform>
            <numerusform>%n Kunden teilen sich diese Telefonnummer. Fragen Sie nach dem Namen und wählen Sie dann das Profil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type what you know about the customer first.</source>
        <translation>Geben Sie zuerst ein, was Sie über den Kunden wissen.</translation>
    </message>
    <message>
        <source>Type at least 2 characters of the name.</source>
        <translation>Geben Sie mindestens 2 Zeichen des Namens ein.</translation>
    </message>
    <message>
        <source>Offline: searching is possible again once the connection is back.</source>
        <translation>Offline: Die Suche ist wieder möglich, sobald die Verbindung steht.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>No customer found. Check the spelling, or try the phone number or email address.</source>
        <translation>Kein Kunde gefunden. Prüfen Sie die Schreibweise oder versuchen Sie es mit Telefonnummer oder E-Mail-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n Kunde gefunden. Eingabe öffnet den ausgewählten.</numerusform>
            <numerusform>%n Kunden gefunden. Eingabe öffnet den ausgewählten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was lost before the answer came; search again when it is back.</source>
        <translation>Die Verbindung brach vor der Antwort ab; suchen Sie erneut, sobald sie wieder steht.</translation>
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
        <translation>Warten auf Anrufe</translation>
    </message>
    <message>
        <source>The caller&apos;s profile opens here as soon as a call is routed to you.</source>
        <translation>Das Profil des Anrufers öffnet sich hier, sobald ein Anruf zu Ihnen durchgestellt wird.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out and forget the saved sign-in on this computer (%1)</source>
        <translation>Abmelden und die gespeicherte Anmeldung auf diesem Computer vergessen (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Available</source>
        <translation>&amp;Verfügbar</translation>
    </message>
    <message>
        <source>Ready for the next call</source>
        <translation>Bereit für den nächsten Anruf</translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Away for a while</source>
        <translation>Kurz abwesend</translation>
    </message>
    <message>
        <source>&amp;Extend wrap-up</source>
        <translation>Nachbearbeitung ver&amp;längern</translation>
    </message>
    <message>
        <source>More time to finish the outcome (once per call)</source>
        <translation>Mehr Zeit, um das Ergebnis abzuschließen (einmal pro Anruf)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Omnidesk</source>
        <translation>Ü&amp;ber Omnidesk</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Agentenstatus</translation>
    </message>
    <message>
        <source>Connection state icon</source>
        <translation>Symbol für den Verbindungsstatus</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Signed-in agent</source>
        <translation>Angemeldeter Agent</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Wrap-up %1:%2</source>
        <translation>Nachbearbeitung %1:%2</translation>
    </message>
    <message>
        <source>Connecting to the profile service…</source>
        <translation>Verbindung zum Profildienst wird hergestellt …</translation>
    </message>
    <message>
        <source>Not connected. Calls cannot reach you until you sign in.</source>
        <translation>Nicht verbunden. Anrufe erreichen Sie erst, wenn Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Look up customer…</source>
        <translation>Kunden &amp;suchen …</translation>
    </message>
    <message>
        <source>Find a customer by phone, email, name or customer id</source>
        <translation>Einen Kunden über Telefon, E-Mail, Name oder Kunden-ID finden</translation>
    </message>
    <message>
        <source>Serve a walk-in customer</source>
        <translation>Laufkundschaft bedienen</translation>
    </message>
    <message>
        <source>Look the customer up by phone, email or name (Ctrl+Shift+L) to see their online cart and record what they mean to buy.</source>
        <translation>Suchen Sie den Kunden über Telefon, E-Mail oder Name (Ctrl+Shift+L), um seinen Online-Warenkorb zu sehen und festzuhalten, was er kaufen möchte.</translation>
    </message>
    <message>
        <source>&amp;Interaction log</source>
        <translation>&amp;Kontaktprotokoll</translation>
    </message>
    <message>
        <source>Back to the interaction log (supervisors)</source>
        <translation>Zurück zum Kontaktprotokoll (Teamleitung)</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Kontaktprotokoll</translation>
    </message>
    <message>
        <source>Cart recovery</source>
        <translation>Warenkorb-Rückgewinnung</translation>
    </message>
    <message>
        <source>Cart &amp;recovery</source>
        <translation>&amp;Warenkorb-Rückgewinnung</translation>
    </message>
    <message>
        <source>How many abandoned carts were bought within 30 days (supervisors)</source>
        <translation>Wie viele abgebrochene Warenkörbe innerhalb von 30 Tagen gekauft wurden (Teamleitung)</translation>
    </message>
    <message>
        <source>Live floor</source>
        <translation>Team live</translation>
    </message>
    <message>
        <source>Live &amp;floor</source>
        <translation>&amp;Team live</translation>
    </message>
    <message>
        <source>Every agent&apos;s state, call and wrap-up, live (supervisors)</source>
        <translation>Zustand, Anruf und Nachbearbeitung jedes Agenten, live (Supervisoren)</translation>
    </message>
    <message>
        <source>E&amp;xport interaction log…</source>
        <translation>Kontaktprotokoll e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the interactions matching the filters as CSV (supervisors)</source>
        <translation>Die zu den Filtern passenden Kontakte als CSV speichern (Supervisoren)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Prü&amp;fprotokoll</translation>
    </message>
    <message>
        <source>Who looked up, viewed, exported or revealed customer data (supervisors)</source>
        <translation>Wer Kundendaten gesucht, angesehen, exportiert oder offengelegt hat (Supervisoren)</translation>
    </message>
    <message>
        <source>Outcomes and recommendations</source>
        <translation>Ergebnisse und Empfehlungen</translation>
    </message>
    <message>
        <source>&amp;Outcomes and recommendations</source>
        <translation>&amp;Ergebnisse und Empfehlungen</translation>
    </message>
    <message>
        <source>Outcomes per day by disposition and how often each recommendation was accepted (supervisors)</source>
        <translation>Ergebnisse pro Tag nach Abschlusscode und wie oft jede Empfehlung angenommen wurde (Supervisoren)</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::NextStepPanel</name>
    <message>
        <source>Recommended next step</source>
        <translation>Empfohlener nächster Schritt</translation>
    </message>
    <message>
        <source>Why this step is recommended</source>
        <translation>Warum dieser Schritt empfohlen wird</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Verwerfen …</translation>
    </message>
    <message>
        <source>Dismiss step</source>
        <translation>Schritt verwerfen</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Recommended next steps, highest priority first</source>
        <translation>Empfohlene nächste Schritte, höchste Priorität zuerst</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y accepts the selected step, Ctrl+Shift+D dismisses it</source>
        <translation>Ctrl+Shift+Y nimmt den ausgewählten Schritt an, Ctrl+Shift+D verwirft ihn</translation>
    </message>
    <message>
        <source>Accept the selected step (Ctrl+Shift+Y)</source>
        <translation>Den ausgewählten Schritt annehmen (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Accept step</source>
        <translation>Schritt annehmen</translation>
    </message>
    <message>
        <source>Dismiss the selected step with a reason (Ctrl+Shift+D)</source>
        <translation>Den ausgewählten Schritt mit Begründung verwerfen (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Why is this step not right? Enter to confirm, Esc to cancel</source>
        <translation>Warum passt dieser Schritt nicht? Eingabe zum Bestätigen, Esc zum Abbrechen</translation>
    </message>
    <message>
        <source>Reason for dismissing the step</source>
        <translation>Grund für das Verwerfen des Schritts</translation>
    </message>
    <message>
        <source>Customer not interested</source>
        <translation>Kunde hat kein Interesse</translation>
    </message>
    <message>
        <source>Not relevant for this customer</source>
        <translation>Für diesen Kunden nicht relevant</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Customer asked not to be contacted</source>
        <translation>Kunde möchte nicht kontaktiert werden</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation for this customer.</source>
        <translation>Keine Empfehlung für diesen Kunden.</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::OutcomeChartsView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Outcomes and recommendations</source>
        <translation>Ergebnisse und Empfehlungen</translation>
    </message>
    <message>
        <source>Outcomes logged from</source>
        <translation>Ergebnisse erfasst vom</translation>
    </message>
    <message>
        <source>Outcomes logged until (inclusive)</source>
        <translation>Ergebnisse erfasst bis (einschließlich)</translation>
    </message>
    <message>
        <source>any agent</source>
        <translation>jeder Agent</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Agenten-ID</translation>
    </message>
    <message>
        <source>Count the outcomes and decisions of this period</source>
        <translation>Die Ergebnisse und Entscheidungen dieses Zeitraums zählen</translation>
    </message>
    <message>
        <source>When these charts were loaded</source>
        <translation>Wann diese Diagramme geladen wurden</translation>
    </message>
    <message>
        <source>Outcomes status</source>
        <translation>Status der Ergebnisse</translation>
    </message>
    <message>
        <source>Acceptance status</source>
        <translation>Status der Annahme</translation>
    </message>
    <message>
        <source>Outcomes over time by disposition</source>
        <translation>Ergebnisse im Zeitverlauf nach Abschlusscode</translation>
    </message>
    <message>
        <source>Outcomes logged per day</source>
        <translation>Erfasste Ergebnisse pro Tag</translation>
    </message>
    <message>
        <source>Acceptance rate per recommendation</source>
        <translation>Annahmequote je Empfehlung</translation>
    </message>
    <message>
        <source>Accepted of shown, per recommendation</source>
        <translation>Angenommen von angezeigt, je Empfehlung</translation>
    </message>
    <message>
        <source>Recommendations shown, accepted and dismissed</source>
        <translation>Angezeigte, angenommene und verworfene Empfehlungen</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No outcome was logged in this period.</source>
        <translation>In diesem Zeitraum wurde kein Ergebnis erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) logged in this period, counted by week.</source>
        <translation>
            <numerusform>%n Ergebnis in diesem Zeitraum erfasst, pro Woche gezählt.</numerusform>
            <numerusform>%n Ergebnisse in diesem Zeitraum erfasst, pro Woche gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) logged in this period, counted by day.</source>
        <translation>
            <numerusform>%n Ergebnis in diesem Zeitraum erfasst, pro Tag gezählt.</numerusform>
            <numerusform>%n Ergebnisse in diesem Zeitraum erfasst, pro Tag gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes logged per week</source>
        <translation>Erfasste Ergebnisse pro Woche</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche ab %1</translation>
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
        <translation>Die Ergebnisse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No recommendation was shown in this period.</source>
        <translation>In diesem Zeitraum wurde keine Empfehlung angezeigt.</translation>
    </message>
    <message>
        <source>Of %1 recommendations shown, %2 were accepted (%3) and %4 dismissed.</source>
        <translation>Von %1 angezeigten Empfehlungen wurden %2 angenommen (%3) und %4 verworfen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 von %4)</translation>
    </message>
    <message>
        <source>Could not load the acceptance: %1</source>
        <translation>Die Annahme konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Dismissed because: %1</source>
        <translation>Verworfen, weil: %1</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::OutcomeForm</name>
    <message>
        <source>Save outcome</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Choose a disposition…</source>
        <translation>Abschlusscode wählen …</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Abschlusscode</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>&amp;Abschlusscode</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What was agreed, what to follow up…</source>
        <translation>Was vereinbart wurde, was nachzuverfolgen ist …</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Save outcome (Ctrl+Return)</source>
        <translation>Ergebnis speichern (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Outcome status</source>
        <translation>Status des Ergebnisses</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose a disposition first.</source>
        <translation>Wählen Sie zuerst einen Abschlusscode.</translation>
    </message>
    <message>
        <source>Saved locally — sending…</source>
        <translation>Lokal gespeichert – wird gesendet …</translation>
    </message>
    <message>
        <source>Saved locally — will be sent when the connection is back.</source>
        <translation>Lokal gespeichert – wird gesendet, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Stored in profile (#%1)</source>
        <translation>Im Profil gespeichert (Nr. %1)</translation>
    </message>
    <message>
        <source>Stored in profile</source>
        <translation>Im Profil gespeichert</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Purchase &amp;intent</source>
        <translation>Kaufabs&amp;icht</translation>
    </message>
    <message>
        <source>Purchase intent: cart lines the customer means to buy</source>
        <translation>Kaufabsicht: Warenkorbpositionen, die der Kunde kaufen möchte</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected line</source>
        <translation>Die Leertaste hakt die ausgewählte Position an oder ab</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Nachfassen planen</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum für das Nachfassen</translation>
    </message>
    <message>
        <source>Follow-up channel</source>
        <translation>Kanal für das Nachfassen</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Follow &amp;up</source>
        <translation>Nach&amp;fassen</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::RecoveryView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Cart recovery</source>
        <translation>Warenkorb-Rückgewinnung</translation>
    </message>
    <message>
        <source>Carts abandoned from</source>
        <translation>Warenkörbe abgebrochen von</translation>
    </message>
    <message>
        <source>Carts abandoned until (inclusive)</source>
        <translation>Warenkörbe abgebrochen bis (einschließlich)</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Rückgewinnungsquote</translation>
    </message>
    <message>
        <source>Recovery rate by contact</source>
        <translation>Rückgewinnungsquote nach Kontakt</translation>
    </message>
    <message>
        <source>Recovered within 30 days, by contact</source>
        <translation>Innerhalb von 30 Tagen zurückgewonnen, nach Kontakt</translation>
    </message>
    <message>
        <source>Recovery by recommendation and by agent</source>
        <translation>Rückgewinnung nach Empfehlung und nach Agent</translation>
    </message>
    <message>
        <source>Accepted recommendation / agent</source>
        <translation>Angenommene Empfehlung / Agent</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Zurückgewonnen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Call, recommendation accepted</source>
        <translation>Anruf, Empfehlung angenommen</translation>
    </message>
    <message>
        <source>Call, none accepted</source>
        <translation>Anruf, keine angenommen</translation>
    </message>
    <message>
        <source>Email only</source>
        <translation>Nur E-Mail</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No cart was abandoned in this period.</source>
        <translation>In diesem Zeitraum wurde kein Warenkorb abgebrochen.</translation>
    </message>
    <message>
        <source>%1 of %2 abandoned carts were bought within %3 days: %4.</source>
        <translation>%1 von %2 abgebrochenen Warenkörben wurden innerhalb von %3 Tagen gekauft: %4.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>keine in diesem Zeitraum</translation>
    </message>
    <message>
        <source>By accepted recommendation</source>
        <translation>Nach angenommener Empfehlung</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Nach Agent</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden nicht möglich: %1</translation>
    </message>
    <message>
        <source>When this report was loaded</source>
        <translation>Wann dieser Bericht geladen wurde</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::RevealDialog</name>
    <message>
        <source>Reveal customer</source>
        <translation>Kunden offenlegen</translation>
    </message>
    <message>
        <source>The customer&apos;s name is masked in the interaction log.</source>
        <translation>Der Name des Kunden ist im Interaktionsprotokoll maskiert.</translation>
    </message>
    <message>
        <source>The customer is shown masked as “%1” in the interaction log.</source>
        <translation>Der Kunde erscheint im Interaktionsprotokoll maskiert als „%1“.</translation>
    </message>
    <message>
        <source>why you need the name (recorded in the audit log)</source>
        <translation>warum Sie den Namen brauchen (wird im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>Reason for revealing the customer</source>
        <translation>Grund für das Offenlegen des Kunden</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Offenlegen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>The name is shown for this interaction; your reason is recorded in the audit log.</source>
        <translation>Der Name wird für diese Interaktion gezeigt; Ihr Grund wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters to reveal the name.</source>
        <translation>
            <numerusform>Geben Sie einen Grund mit mindestens %n Zeichen an, um den Namen offenzulegen.</numerusform>
            <numerusform>Geben Sie einen Grund mit mindestens %n Zeichen an, um den Namen offenzulegen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SettingsDialog</name>
    <message>
        <source>Show a desktop &amp;notification for an incoming call</source>
        <translation>Bei eingehendem Anruf eine Desktop-&amp;Benachrichtigung anzeigen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Profile service address</source>
        <translation>Adresse des Profildienstes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>A new language applies the next time Omnidesk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Omnidesk.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Applies at once. &quot;Same as the system&quot; follows the light or dark setting of the desktop environment.</source>
        <translation>Gilt sofort. „Wie im System“ folgt der hellen oder dunklen Einstellung der Desktopumgebung.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Shows a notification when a call arrives while the Omnidesk window is not in front.</source>
        <translation>Zeigt eine Benachrichtigung, wenn ein Anruf eingeht, während das Omnidesk-Fenster nicht im Vordergrund ist.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Profile &amp;service:</source>
        <translation>&amp;Profildienst:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Go to the cart</source>
        <translation>Zum Warenkorb</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Zum Verlauf</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Go to the outcome&apos;s disposition</source>
        <translation>Zum Abschlusscode des Ergebnisses</translation>
    </message>
    <message>
        <source>Go to the outcome notes</source>
        <translation>Zu den Notizen des Ergebnisses</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The address used from the next start, as https://host:port or wss://host:port (http:// or ws:// without TLS). The sign-in window can change it too.</source>
        <translation>Die Adresse ab dem nächsten Start, als https://host:port oder wss://host:port (http:// oder ws:// ohne TLS). Das Anmeldefenster kann sie ebenfalls ändern.</translation>
    </message>
    <message>
        <source>Trusted company CA certificate</source>
        <translation>Vertrauenswürdiges Zertifikat der Firmen-CA</translation>
    </message>
    <message>
        <source>None: only the certificate authorities the system trusts</source>
        <translation>Keines: nur die Zertifizierungsstellen, denen das System vertraut</translation>
    </message>
    <message>
        <source>Trust a company CA certificate</source>
        <translation>Zertifikat einer Firmen-CA vertrauen</translation>
    </message>
    <message>
        <source>Choose the PEM file of your company&apos;s certificate authority.</source>
        <translation>Wählen Sie die PEM-Datei der Zertifizierungsstelle Ihrer Firma.</translation>
    </message>
    <message>
        <source>Stop trusting the company CA certificate</source>
        <translation>Dem Zertifikat der Firmen-CA nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Certificates it issued are trusted in addition to the system&apos;s, from the next sign-in. Certificate checks are always on.</source>
        <translation>Von ihr ausgestellte Zertifikate gelten ab der nächsten Anmeldung zusätzlich zu denen des Systems als vertrauenswürdig. Zertifikate werden immer geprüft.</translation>
    </message>
    <message>
        <source>Trust a &amp;company CA:</source>
        <translation>&amp;Firmen-CA vertrauen:</translation>
    </message>
    <message>
        <source>Company CA certificate</source>
        <translation>Zertifikat der Firmen-CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the server address as https://host:port or wss://host:port (http:// or ws:// when the service runs without TLS).</source>
        <translation>Geben Sie die Serveradresse als https://host:port oder wss://host:port ein (http:// oder ws://, wenn der Dienst ohne TLS läuft).</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer an&amp;gemeldet bleiben</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to Omnidesk</source>
        <translation>Bei Omnidesk anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain so you are signed in at the next start. The password is never stored.</source>
        <translation>Speichert ein Anmelde-Token im Schlüsselbund des Systems, damit Sie beim nächsten Start angemeldet sind. Das Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Sign in to the profile service</source>
        <translation>Beim Profildienst anmelden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>&amp;Trust a company CA certificate…</source>
        <translation>Zertifikat einer Firmen-&amp;CA vertrauen…</translation>
    </message>
    <message>
        <source>Sign-in notice</source>
        <translation>Anmeldehinweis</translation>
    </message>
    <message>
        <source>Choose the PEM file of your company&apos;s certificate authority. Omnidesk then trusts certificates it issued, in addition to those the system trusts.</source>
        <translation>Wählen Sie die PEM-Datei der Zertifizierungsstelle Ihrer Firma. Omnidesk vertraut dann den von ihr ausgestellten Zertifikaten, zusätzlich zu denen, denen das System vertraut.</translation>
    </message>
    <message>
        <source>Company CA certificate</source>
        <translation>Zertifikat der Firmen-CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Now trusting %1. Sign in again.</source>
        <translation>%1 wird jetzt vertraut. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Enter the server address as https://host:port or wss://host:port (http:// or ws:// when the service runs without TLS).</source>
        <translation>Geben Sie die Serveradresse als https://host:port oder wss://host:port ein (http:// oder ws://, wenn der Dienst ohne TLS läuft).</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::SupervisorView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Kontaktprotokoll</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Bis Datum (einschließlich)</translation>
    </message>
    <message>
        <source>any agent</source>
        <translation>jeder Agent</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Agenten-ID</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>any recommendation id</source>
        <translation>jede Empfehlungs-ID</translation>
    </message>
    <message>
        <source>Recommendation id</source>
        <translation>Empfehlungs-ID</translation>
    </message>
    <message>
        <source>accepted or not</source>
        <translation>angenommen oder nicht</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Decision on the recommendation</source>
        <translation>Entscheidung zur Empfehlung</translation>
    </message>
    <message>
        <source>text in the notes</source>
        <translation>Text in den Notizen</translation>
    </message>
    <message>
        <source>Text in the notes</source>
        <translation>Text in den Notizen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Logged interactions</source>
        <translation>Erfasste Kontakte</translation>
    </message>
    <message>
        <source>What the agent saw</source>
        <translation>Was der Agent sah</translation>
    </message>
    <message>
        <source>Select an interaction to see what the agent saw.</source>
        <translation>Wählen Sie einen Kontakt, um zu sehen, was der Agent sah.</translation>
    </message>
    <message>
        <source>any disposition</source>
        <translation>jedes Ergebnis</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Weitere werden geladen…</translation>
    </message>
    <message>
        <source>No interaction matches these filters.</source>
        <translation>Kein Kontakt passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Loading what the agent saw…</source>
        <translation>Was der Agent sah, wird geladen…</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <source>Next steps shown</source>
        <translation>Angezeigte nächste Schritte</translation>
    </message>
    <message>
        <source>dismissed: %1</source>
        <translation>verworfen: %1</translation>
    </message>
    <message>
        <source>not acted on</source>
        <translation>nicht bearbeitet</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Purchase intent:</source>
        <translation>Kaufabsicht:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Nachfassen:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Cart the agent saw</source>
        <translation>Warenkorb, den der Agent sah</translation>
    </message>
    <message>
        <source>The cart was empty.</source>
        <translation>Der Warenkorb war leer.</translation>
    </message>
    <message>
        <source>%1 × %2, %3</source>
        <translation>%1 × %2, %3</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>Lately, as the agent saw it</source>
        <translation>Zuletzt, wie der Agent es sah</translation>
    </message>
    <message>
        <source>No snapshot was stored with this outcome.</source>
        <translation>Zu diesem Ergebnis wurde keine Momentaufnahme gespeichert.</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden nicht möglich: %1</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportieren (CSV) …</translation>
    </message>
    <message>
        <source>Save the interactions matching the filters as CSV (Ctrl+Shift+X)</source>
        <translation>Die zu den Filtern passenden Kontakte als CSV speichern (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Export abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>E&amp;xport abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n row(s)</source>
        <translation>
            <numerusform>Wird exportiert … %n Zeile</numerusform>
            <numerusform>Wird exportiert … %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Reveal customer…</source>
        <translation>Kunden &amp;offenlegen…</translation>
    </message>
    <message>
        <source>Revealing the customer…</source>
        <translation>Kunde wird offengelegt…</translation>
    </message>
    <message>
        <source>Customer revealed; your reason is in the audit log.</source>
        <translation>Kunde offengelegt; Ihr Grund steht im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Could not reveal the customer: %1</source>
        <translation>Der Kunde konnte nicht offengelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (maskiert)</translation>
    </message>
    <message>
        <source>Show the selected interaction&apos;s customer; asks for a reason, which is audited (Ctrl+Shift+V)</source>
        <translation>Zeigt den Kunden der gewählten Interaktion; fragt nach einem Grund, der protokolliert wird (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Handle time %1, of which wrap-up %2</source>
        <translation>Bearbeitungszeit %1, davon Nachbearbeitung %2</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::Theme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
</context>
<context>
    <name>omnidesk::ui::TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Timeline channel</source>
        <translation>Kanal im Verlauf</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Kundenverlauf</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>%1 of 1 event</source>
        <translation>%1 von 1 Ereignis</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>No activity recorded for this customer.</source>
        <translation>Für diesen Kunden ist keine Aktivität erfasst.</translation>
    </message>
    <message>
        <source>No events match the channel and search.</source>
        <translation>Keine Ereignisse passen zu Kanal und Suche.</translation>
    </message>
</context>
</TS>
