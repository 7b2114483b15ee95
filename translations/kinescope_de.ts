<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>kinescope::ArchivedMediaClient</name>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation>%1 konnte nicht nach %2 verschoben werden: %3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kinescope::AwsClient</name>
    <message>
        <source>The server&apos;s TLS certificate could not be verified: %1</source>
        <translation>Das TLS-Zertifikat des Servers konnte nicht verifiziert werden: %1</translation>
    </message>
    <message>
        <source>Could not write the downloaded data: %1</source>
        <translation>Die heruntergeladenen Daten konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>kinescope::AwsError</name>
    <message>
        <source>Could not reach AWS. Check the network connection, the proxy settings and the endpoint URL.</source>
        <translation>AWS ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung, die Proxy-Einstellungen und die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>AWS did not answer in time. Try again; if it keeps happening, check the network or choose a shorter time range.</source>
        <translation>AWS hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut; falls das Problem bestehen bleibt, prüfen Sie das Netzwerk oder wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No usable AWS credentials were found.</source>
        <translation>Es wurden keine verwendbaren AWS-Anmeldedaten gefunden.</translation>
    </message>
    <message>
        <source>AWS sent a response Kinescope could not read.</source>
        <translation>AWS hat eine Antwort gesendet, die Kinescope nicht lesen konnte.</translation>
    </message>
    <message>
        <source>AWS is throttling requests (%1). Kinescope retried with backoff; wait a moment and try again, or fetch a shorter range.</source>
        <translation>AWS drosselt Anfragen (%1). Kinescope hat es mit Backoff erneut versucht; warten Sie einen Moment und versuchen Sie es erneut, oder rufen Sie einen kürzeren Zeitraum ab.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from AWS&apos;s. Correct the system time and try again.</source>
        <translation>Die Uhr dieses Computers weicht zu stark von der Uhr von AWS ab. Korrigieren Sie die Systemzeit und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The stream or resource does not exist in this account and region. Check the name and the selected region.</source>
        <translation>Der Stream oder die Ressource existiert in diesem Konto und dieser Region nicht. Prüfen Sie den Namen und die ausgewählte Region.</translation>
    </message>
    <message>
        <source>The credentials in use are not allowed to do this. Ask for the IAM permission, or pick another profile.</source>
        <translation>Die verwendeten Anmeldedaten berechtigen nicht zu dieser Aktion. Fordern Sie die IAM-Berechtigung an oder wählen Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>AWS rejected the credentials. Check the access key and secret of the profile, or sign in again.</source>
        <translation>AWS hat die Anmeldedaten abgelehnt. Prüfen Sie Zugriffsschlüssel und geheimen Schlüssel des Profils oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The session credentials have expired. Sign in again (for SSO profiles: aws sso login) and retry.</source>
        <translation>Die Sitzungs-Anmeldedaten sind abgelaufen. Melden Sie sich erneut an (bei SSO-Profilen: aws sso login) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>AWS rejected a parameter of the request.</source>
        <translation>AWS hat einen Parameter der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The stream does not retain data, so there is no archived media to show. Enable data retention on the stream.</source>
        <translation>Der Stream bewahrt keine Daten auf, daher gibt es keine archivierten Medien zum Anzeigen. Aktivieren Sie die Datenaufbewahrung für den Stream.</translation>
    </message>
    <message>
        <source>AWS had an internal problem (HTTP %1). Try again in a moment.</source>
        <translation>AWS hatte ein internes Problem (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The request failed with %1.</source>
        <translation>Die Anfrage ist mit %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>AWS said: %1</source>
        <translation>Antwort von AWS: %1</translation>
    </message>
</context>
<context>
    <name>kinescope::ConnectionPanel</name>
    <message>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <source>Add, edit or remove profiles kept by Kinescope (secret keys in the OS keychain)</source>
        <translation>Von Kinescope verwaltete Profile hinzufügen, bearbeiten oder entfernen (geheime Schlüssel im Schlüsselbund des Betriebssystems)</translation>
    </message>
    <message>
        <source>from the profile or AWS_REGION</source>
        <translation>aus dem Profil oder AWS_REGION</translation>
    </message>
    <message>
        <source>AWS (default)</source>
        <translation>AWS (Standard)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>Default (AWS_PROFILE or &quot;default&quot;)</source>
        <translation>Standard (AWS_PROFILE oder „default“)</translation>
    </message>
    <message>
        <source>Reading the AWS configuration files</source>
        <translation>AWS-Konfigurationsdateien werden gelesen</translation>
    </message>
    <message>
        <source>%1 (Kinescope profile)</source>
        <translation>%1 (Kinescope-Profil)</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Connected with profile %1, region %2.</source>
        <translation>Verbunden mit Profil %1, Region %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>Endpoint: %1.</source>
        <translation>Endpunkt: %1.</translation>
    </message>
    <message>
        <source>Credentials: %1.</source>
        <translation>Anmeldedaten: %1.</translation>
    </message>
</context>
<context>
    <name>kinescope::ContainerTreeModel</name>
    <message>
        <source>(incomplete) %1</source>
        <translation>(unvollständig) %1</translation>
    </message>
    <message>
        <source>%1 (%2) at offset %3: %4 header bytes, %5 data bytes</source>
        <translation>%1 (%2) bei Offset %3: %4 Header-Bytes, %5 Daten-Bytes</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>kinescope::DemoEmulator</name>
    <message>
        <source>The demo emulator reported an unreadable port (%1).</source>
        <translation>Der Demo-Emulator hat einen unlesbaren Port gemeldet (%1).</translation>
    </message>
    <message>
        <source>The demo emulator crashed while starting. %1</source>
        <translation>Der Demo-Emulator ist beim Start abgestürzt. %1</translation>
    </message>
    <message>
        <source>The demo emulator exited with code %1 while starting. %2</source>
        <translation>Der Demo-Emulator wurde beim Start mit Code %1 beendet. %2</translation>
    </message>
    <message>
        <source>Could not start the demo emulator %1: %2. Build the kinescope-emulator target, or set KINESCOPE_EMULATOR to its path.</source>
        <translation>Der Demo-Emulator %1 konnte nicht gestartet werden: %2. Bauen Sie das Target kinescope-emulator oder setzen Sie KINESCOPE_EMULATOR auf seinen Pfad.</translation>
    </message>
</context>
<context>
    <name>kinescope::DeskStartup</name>
    <message>
        <source>Starting the demo</source>
        <translation>Demo wird gestartet</translation>
    </message>
    <message>
        <source>Starting the local emulator for the demo…</source>
        <translation>Lokaler Emulator für die Demo wird gestartet…</translation>
    </message>
</context>
<context>
    <name>kinescope::DeskStatusBar</name>
    <message>
        <source>Dismiss the error</source>
        <translation>Fehler ausblenden</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Job läuft</numerusform>
            <numerusform>%n Jobs laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::EndpointResolver</name>
    <message>
        <source>No AWS region is set: use --region, AWS_REGION or the profile&apos;s region.</source>
        <translation>Keine AWS-Region festgelegt: Verwenden Sie --region, AWS_REGION oder die Region des Profils.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AWS region name (expected something like us-east-1).</source>
        <translation>„%1“ ist kein gültiger AWS-Regionsname (erwartet wird etwa us-east-1).</translation>
    </message>
    <message>
        <source>the profile&apos;s services section (%1 endpoint_url)</source>
        <translation>dem services-Abschnitt des Profils (%1 endpoint_url)</translation>
    </message>
    <message>
        <source>the profile&apos;s endpoint_url</source>
        <translation>dem endpoint_url des Profils</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; from %2 is not a valid http:// or https:// URL with a host name.</source>
        <translation>Die Endpunkt-URL „%1“ aus %2 ist keine gültige http://- oder https://-URL mit Hostnamen.</translation>
    </message>
    <message>
        <source>No endpoint prefix is known for service %1.</source>
        <translation>Für den Dienst %1 ist kein Endpunkt-Präfix bekannt.</translation>
    </message>
</context>
<context>
    <name>kinescope::FragmentListJob</name>
    <message>
        <source>List fragments of %1</source>
        <translation>Fragmente von %1 auflisten</translation>
    </message>
    <message>
        <source>Name the stream by its name or its ARN (exactly one).</source>
        <translation>Geben Sie den Stream über seinen Namen oder seinen ARN an (genau eines von beiden).</translation>
    </message>
    <message>
        <source>The end of the time range is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Anfang.</translation>
    </message>
    <message numerus="yes">
        <source>%n fragment(s) in %1 of %2 time ranges</source>
        <translation>
            <numerusform>%n Fragment in %1 von %2 Zeiträumen</numerusform>
            <numerusform>%n Fragmente in %1 von %2 Zeiträumen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::FragmentTableModel</name>
    <message>
        <source>error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Fragment number</source>
        <translation>Fragmentnummer</translation>
    </message>
    <message>
        <source>Server time (UTC)</source>
        <translation>Serverzeit (UTC)</translation>
    </message>
    <message>
        <source>Producer time (UTC)</source>
        <translation>Producer-Zeit (UTC)</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Keyframe at</source>
        <translation>Keyframe bei</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>kinescope::FragmentTableView</name>
    <message>
        <source>Filter fragments (number or time)</source>
        <translation>Fragmente filtern (Nummer oder Zeit)</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>%1 fragments</source>
        <translation>%1 Fragmente</translation>
    </message>
</context>
<context>
    <name>kinescope::FrameTableModel</name>
    <message>
        <source>key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>PTS</source>
        <translation>PTS</translation>
    </message>
    <message>
        <source>DTS</source>
        <translation>DTS</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Keyframe</source>
        <translation>Keyframe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
</context>
<context>
    <name>kinescope::HexView</name>
    <message numerus="yes">
        <source>%n byte(s) at offset %1 (0x%2), header %3 highlighted</source>
        <translation>
            <numerusform>%n Byte bei Offset %1 (0x%2), Header %3 hervorgehoben</numerusform>
            <numerusform>%n Bytes bei Offset %1 (0x%2), Header %3 hervorgehoben</numerusform>
        </translation>
    </message>
    <message>
        <source>— showing the first %1 bytes</source>
        <translation>— die ersten %1 Bytes werden angezeigt</translation>
    </message>
    <message>
        <source>Select an element to see its bytes.</source>
        <translation>Wählen Sie ein Element aus, um seine Bytes zu sehen.</translation>
    </message>
</context>
<context>
    <name>kinescope::ImageRequest</name>
    <message>
        <source>The end of the image range is before its start.</source>
        <translation>Das Ende des Bildzeitraums liegt vor seinem Anfang.</translation>
    </message>
    <message>
        <source>The sampling interval must be between 3000 and 20000 milliseconds.</source>
        <translation>Das Abtastintervall muss zwischen 3000 und 20000 Millisekunden liegen.</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100.</source>
        <translation>Die JPEG-Qualität muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>A quality applies to JPEG images only.</source>
        <translation>Eine Qualität gilt nur für JPEG-Bilder.</translation>
    </message>
    <message>
        <source>Give the image height together with the width.</source>
        <translation>Geben Sie die Bildhöhe zusammen mit der Breite an.</translation>
    </message>
    <message>
        <source>The image width must be between 1 and 3840 pixels.</source>
        <translation>Die Bildbreite muss zwischen 1 und 3840 Pixeln liegen.</translation>
    </message>
    <message>
        <source>The image height must be between 1 and 2160 pixels.</source>
        <translation>Die Bildhöhe muss zwischen 1 und 2160 Pixeln liegen.</translation>
    </message>
    <message>
        <source>At most 100 images can be asked for per page.</source>
        <translation>Pro Seite können höchstens 100 Bilder angefordert werden.</translation>
    </message>
</context>
<context>
    <name>kinescope::ImagesThumbnailJob</name>
    <message>
        <source>Thumbnails of %1</source>
        <translation>Vorschaubilder von %1</translation>
    </message>
    <message>
        <source>Asking AWS for images</source>
        <translation>Bilder werden bei AWS angefordert</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::InspectorPanel</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Inspect a local Matroska, WebM or MP4 file</source>
        <translation>Eine lokale Matroska-, WebM- oder MP4-Datei untersuchen</translation>
    </message>
    <message>
        <source>No file — use Open… to inspect a Matroska, WebM or MP4 file.</source>
        <translation>Keine Datei — mit „Öffnen…“ eine Matroska-, WebM- oder MP4-Datei untersuchen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Keyframes only</source>
        <translation>Nur Keyframes</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>Fragmente</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Frames and keyframes:</source>
        <translation>Frames und Keyframes:</translation>
    </message>
    <message>
        <source>Inspect a media file</source>
        <translation>Mediendatei untersuchen</translation>
    </message>
    <message>
        <source>Media files (*.mkv *.webm *.mka *.mp4 *.m4s *.m4v *.m4a *.mov *.mp4v *.cmfv *.ts *.bin)</source>
        <translation>Mediendateien (*.mkv *.webm *.mka *.mp4 *.m4s *.m4v *.m4a *.mov *.mp4v *.cmfv *.ts *.bin)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Reading… %1 of %2</source>
        <translation>Wird gelesen… %1 von %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n element(s)</source>
        <translation>
            <numerusform>%1 · %n Element</numerusform>
            <numerusform>%1 · %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Matroska</source>
        <translation>Matroska</translation>
    </message>
    <message>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message numerus="yes">
        <source>%n EBML document(s)</source>
        <translation>
            <numerusform>%n EBML-Dokument</numerusform>
            <numerusform>%n EBML-Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n Spur</numerusform>
            <numerusform>%n Spuren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) (%1 keyframes)</source>
        <translation>
            <numerusform>%n Frame (%1 Keyframes)</numerusform>
            <numerusform>%n Frames (%1 Keyframes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fragment(s)</source>
        <translation>
            <numerusform>%n Fragment</numerusform>
            <numerusform>%n Fragmente</numerusform>
        </translation>
    </message>
    <message>
        <source>KVS stream</source>
        <translation>KVS-Stream</translation>
    </message>
    <message>
        <source>Canceled after %1 bytes; what was read until then is shown.</source>
        <translation>Nach %1 Bytes abgebrochen; das bis dahin Gelesene wird angezeigt.</translation>
    </message>
    <message>
        <source>Not a Matroska or MP4 stream (%1).</source>
        <translation>Kein Matroska- oder MP4-Stream (%1).</translation>
    </message>
    <message>
        <source>The stream is truncated or corrupt (%1). Everything read before the error is shown.</source>
        <translation>Der Stream ist abgeschnitten oder beschädigt (%1). Alles vor dem Fehler Gelesene wird angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>The tree keeps only the first %n element(s).</source>
        <translation>
            <numerusform>Der Baum enthält nur %n Element (das erste).</numerusform>
            <numerusform>Der Baum enthält nur die ersten %n Elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bytes at offset %1 could not be read.</source>
        <translation>Die Bytes bei Offset %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>(more)</source>
        <translation>(mehr)</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) not kept</source>
        <translation>
            <numerusform>%n Tag verworfen</numerusform>
            <numerusform>%n Tags verworfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::InspectorWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Kinescope — Inspector</source>
        <translation>Kinescope — Inspektor</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>kinescope::Job</name>
    <message>
        <source>Canceled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
<context>
    <name>kinescope::JobListModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>kinescope::JobsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Erledigte entfernen</translation>
    </message>
</context>
<context>
    <name>kinescope::KeyframeDecoder</name>
    <message>
        <source>Could not decode a picture: %1</source>
        <translation>Ein Bild konnte nicht dekodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>kinescope::KeyframeStrip</name>
    <message>
        <source>Frames along time; keyframes are the tall marks. Click to select a frame.</source>
        <translation>Frames entlang der Zeit; Keyframes sind die hohen Markierungen. Klicken Sie, um einen Frame auszuwählen.</translation>
    </message>
    <message>
        <source>No frames</source>
        <translation>Keine Frames</translation>
    </message>
    <message>
        <source>bytes %1 – %2</source>
        <translation>Bytes %1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 s)</source>
        <translation>%1 – %2 (%3 s)</translation>
    </message>
    <message>
        <source>%1 s – %2 s</source>
        <translation>%1 s – %2 s</translation>
    </message>
    <message>
        <source>track %1 · %2</source>
        <translation>Spur %1 · %2</translation>
    </message>
</context>
<context>
    <name>kinescope::KvsClient</name>
    <message>
        <source>%1 returned an unreadable response: %2</source>
        <translation>%1 hat eine unlesbare Antwort geliefert: %2</translation>
    </message>
    <message>
        <source>Name the stream by its name or its ARN (exactly one).</source>
        <translation>Geben Sie den Stream über seinen Namen oder seinen ARN an (genau eines von beiden).</translation>
    </message>
    <message>
        <source>Ask for between 1 and 1000 fragments at a time.</source>
        <translation>Fordern Sie zwischen 1 und 1000 Fragmente auf einmal an.</translation>
    </message>
</context>
<context>
    <name>kinescope::LocalThumbnailJob</name>
    <message>
        <source>Local thumbnails of %1</source>
        <translation>Lokale Vorschaubilder von %1</translation>
    </message>
    <message>
        <source>The thumbnail decoder is not running.</source>
        <translation>Der Vorschaubild-Decoder läuft nicht.</translation>
    </message>
    <message>
        <source>Fetching fragments</source>
        <translation>Fragmente werden abgerufen</translation>
    </message>
    <message>
        <source>%1 of %2 fragments decoded</source>
        <translation>%1 von %2 Fragmenten dekodiert</translation>
    </message>
</context>
<context>
    <name>kinescope::LogModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>Fehlertyp</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>kinescope::LogPanel</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>kinescope::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>Fragmente</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Refresh streams</source>
        <translation>&amp;Streams aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;load fragments</source>
        <translation>&amp;Fragmente neu laden</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Inspect a media file…</source>
        <translation>Mediendatei &amp;untersuchen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kinescope</source>
        <translation>&amp;Über Kinescope</translation>
    </message>
    <message>
        <source>About Kinescope</source>
        <translation>Über Kinescope</translation>
    </message>
    <message>
        <source>Kinescope %1 — a review desk for Amazon Kinesis Video Streams.</source>
        <translation>Kinescope %1 — ein Sichtungsarbeitsplatz für Amazon Kinesis Video Streams.</translation>
    </message>
    <message>
        <source>Kinescope</source>
        <translation>Kinescope</translation>
    </message>
    <message>
        <source>%1 — Kinescope</source>
        <translation>%1 — Kinescope</translation>
    </message>
</context>
<context>
    <name>kinescope::PlaybackEngine</name>
    <message>
        <source>This stream cannot be played backwards by the media framework; going back steps through it instead.</source>
        <translation>Dieser Stream kann vom Medien-Framework nicht rückwärts abgespielt werden; beim Zurückgehen wird er stattdessen schrittweise durchlaufen.</translation>
    </message>
    <message>
        <source>The media could not be played.</source>
        <translation>Die Medien konnten nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>The video uses a codec this computer cannot decode: the media framework (GStreamer) has no decoder for it. Check the stream&apos;s codec (H.264 and H.265 play when gstreamer1.0-libav is installed).</source>
        <translation>Das Video verwendet einen Codec, den dieser Computer nicht dekodieren kann: Das Medien-Framework (GStreamer) hat keinen Decoder dafür. Prüfen Sie den Codec des Streams (H.264 und H.265 werden abgespielt, wenn gstreamer1.0-libav installiert ist).</translation>
    </message>
    <message>
        <source>The player could not fetch the stream: the streaming session has expired or was revoked, or its media is gone. Start the session again.</source>
        <translation>Der Player konnte den Stream nicht abrufen: Die Streaming-Sitzung ist abgelaufen oder wurde widerrufen, oder ihre Medien sind nicht mehr vorhanden. Starten Sie die Sitzung erneut.</translation>
    </message>
    <message>
        <source>A network error interrupted the stream. Check the connection and start the session again.</source>
        <translation>Ein Netzwerkfehler hat den Stream unterbrochen. Prüfen Sie die Verbindung und starten Sie die Sitzung erneut.</translation>
    </message>
    <message>
        <source>The media could not be read: it is not in a format the player supports or holds no playable video.</source>
        <translation>Die Medien konnten nicht gelesen werden: Sie liegen in keinem vom Player unterstützten Format vor oder enthalten kein abspielbares Video.</translation>
    </message>
    <message>
        <source>The stream delivered no data the player could use (the server may be unreachable or the session URL invalid).</source>
        <translation>Der Stream lieferte keine für den Player verwendbaren Daten (möglicherweise ist der Server nicht erreichbar oder die Sitzungs-URL ungültig).</translation>
    </message>
    <message>
        <source>Playback failed.</source>
        <translation>Wiedergabe fehlgeschlagen.</translation>
    </message>
    <message>
        <source>(Media framework: %1)</source>
        <translation>(Medien-Framework: %1)</translation>
    </message>
</context>
<context>
    <name>kinescope::PlayerPanel</name>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connect to AWS (or start the demo) first.</source>
        <translation>Verbinden Sie sich zuerst mit AWS (oder starten Sie die Demo).</translation>
    </message>
    <message>
        <source>(part %1 of %2)</source>
        <translation>(Teil %1 von %2)</translation>
    </message>
    <message>
        <source>Session renewed before it expired.</source>
        <translation>Sitzung vor Ablauf erneuert.</translation>
    </message>
    <message>
        <source>Nothing to play</source>
        <translation>Nichts abzuspielen</translation>
    </message>
    <message>
        <source>End of the range.</source>
        <translation>Ende des Zeitraums.</translation>
    </message>
    <message>
        <source>Loading the next part…</source>
        <translation>Nächster Teil wird geladen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play or pause; with nothing loaded, plays the selection (ON_DEMAND) or from the playhead (LIVE_REPLAY)</source>
        <translation>Abspielen oder pausieren; ist nichts geladen, wird die Auswahl (ON_DEMAND) oder ab der Abspielposition (LIVE_REPLAY) abgespielt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop playing and end the streaming session</source>
        <translation>Wiedergabe stoppen und Streaming-Sitzung beenden</translation>
    </message>
    <message>
        <source>Frame back</source>
        <translation>Frame zurück</translation>
    </message>
    <message>
        <source>Step one frame back</source>
        <translation>Einen Frame zurückgehen</translation>
    </message>
    <message>
        <source>Frame forward</source>
        <translation>Frame vor</translation>
    </message>
    <message>
        <source>Step one frame forward</source>
        <translation>Einen Frame vorgehen</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Play backwards; each press doubles the speed up to 16×. Uses the media framework&apos;s reverse playback; where a stream cannot play backwards, steps back through it instead</source>
        <translation>Rückwärts abspielen; jeder Tastendruck verdoppelt die Geschwindigkeit bis zu 16×. Nutzt die Rückwärtswiedergabe des Medien-Frameworks; kann ein Stream nicht rückwärts abgespielt werden, wird er stattdessen schrittweise rückwärts durchlaufen</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Play forward; each press doubles the speed up to 16×</source>
        <translation>Vorwärts abspielen; jeder Tastendruck verdoppelt die Geschwindigkeit bis zu 16×</translation>
    </message>
    <message>
        <source>A LIVE session plays at the live edge and cannot go faster than 1×.</source>
        <translation>Eine LIVE-Sitzung spielt an der Live-Kante und kann nicht schneller als 1× laufen.</translation>
    </message>
    <message>
        <source>Previous gap edge</source>
        <translation>Vorherige Lückenkante</translation>
    </message>
    <message>
        <source>Jump to where the previous gap in the recording starts or ends</source>
        <translation>Zum Anfang oder Ende der vorherigen Aufnahmelücke springen</translation>
    </message>
    <message>
        <source>Next gap edge</source>
        <translation>Nächste Lückenkante</translation>
    </message>
    <message>
        <source>Jump to where the next gap in the recording starts or ends</source>
        <translation>Zum Anfang oder Ende der nächsten Aufnahmelücke springen</translation>
    </message>
    <message>
        <source>Session…</source>
        <translation>Sitzung…</translation>
    </message>
    <message>
        <source>Choose every streaming session parameter (protocol, mode, clock, container, expiry, …) and play</source>
        <translation>Alle Parameter der Streaming-Sitzung wählen (Protokoll, Modus, Uhr, Container, Ablauf, …) und abspielen</translation>
    </message>
    <message>
        <source>Position in the media being played</source>
        <translation>Position im abgespielten Medium</translation>
    </message>
    <message>
        <source>Playback speed. Negative speeds play backwards.</source>
        <translation>Wiedergabegeschwindigkeit. Negative Geschwindigkeiten spielen rückwärts.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select a range on the timeline or in the fragment table (I and O keys), then press Play.</source>
        <translation>Wählen Sie einen Bereich in der Zeitleiste oder in der Fragmenttabelle aus (Tasten I und O) und drücken Sie dann „Abspielen“.</translation>
    </message>
    <message>
        <source>No playhead</source>
        <translation>Keine Abspielposition</translation>
    </message>
    <message>
        <source>Click on the timeline or the thumbnails to place the playhead, or select a range, then press Play.</source>
        <translation>Klicken Sie in die Zeitleiste oder auf die Vorschaubilder, um die Abspielposition zu setzen, oder wählen Sie einen Bereich aus, und drücken Sie dann „Abspielen“.</translation>
    </message>
    <message>
        <source>Cannot start the session</source>
        <translation>Sitzung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>No stream selected</source>
        <translation>Kein Stream ausgewählt</translation>
    </message>
    <message>
        <source>Pick a stream in the stream browser first.</source>
        <translation>Wählen Sie zuerst einen Stream im Stream-Browser aus.</translation>
    </message>
    <message>
        <source>Starting a streaming session…</source>
        <translation>Streaming-Sitzung wird gestartet…</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>(server clock)</source>
        <translation>(Server-Uhr)</translation>
    </message>
    <message>
        <source>(producer clock)</source>
        <translation>(Producer-Uhr)</translation>
    </message>
    <message>
        <source>Loading video…</source>
        <translation>Video wird geladen…</translation>
    </message>
    <message>
        <source>Waiting for the first frame from the stream.</source>
        <translation>Warten auf den ersten Frame des Streams.</translation>
    </message>
    <message>
        <source>A LIVE session plays at the live edge and cannot go faster than 1×; use LIVE_REPLAY or ON_DEMAND for fast playback.</source>
        <translation>Eine LIVE-Sitzung spielt an der Live-Kante und kann nicht schneller als 1× laufen; verwenden Sie LIVE_REPLAY oder ON_DEMAND für schnelle Wiedergabe.</translation>
    </message>
    <message>
        <source>No gap after this point in the loaded range.</source>
        <translation>Im geladenen Bereich gibt es nach dieser Stelle keine Lücke.</translation>
    </message>
    <message>
        <source>No gap before this point in the loaded range.</source>
        <translation>Im geladenen Bereich gibt es vor dieser Stelle keine Lücke.</translation>
    </message>
    <message>
        <source>The playhead is outside what is playing; press Play to start there.</source>
        <translation>Die Abspielposition liegt außerhalb des gerade Abgespielten; drücken Sie „Abspielen“, um dort zu beginnen.</translation>
    </message>
    <message>
        <source>Playback stopped</source>
        <translation>Wiedergabe gestoppt</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Asked for %1, but the stream plays at about %2: it cannot be fetched or decoded faster.</source>
        <translation>%1 angefordert, aber der Stream läuft mit etwa %2: Er kann nicht schneller abgerufen oder dekodiert werden.</translation>
    </message>
    <message>
        <source>No video yet</source>
        <translation>Noch kein Video</translation>
    </message>
    <message>
        <source>The stream has delivered no picture for %1 seconds. The range may hold no fragments, or the server is slow; press Stop or pick another range.</source>
        <translation>Der Stream hat seit %1 Sekunden kein Bild geliefert. Der Bereich enthält möglicherweise keine Fragmente, oder der Server ist langsam; drücken Sie „Stopp“ oder wählen Sie einen anderen Bereich.</translation>
    </message>
    <message>
        <source>Connect to AWS (or start the demo), pick a stream, then press Play.</source>
        <translation>Verbinden Sie sich mit AWS (oder starten Sie die Demo), wählen Sie einen Stream und drücken Sie dann „Abspielen“.</translation>
    </message>
    <message>
        <source>Pick a stream in the stream browser.</source>
        <translation>Wählen Sie einen Stream im Stream-Browser aus.</translation>
    </message>
    <message>
        <source>Ready to play</source>
        <translation>Bereit zur Wiedergabe</translation>
    </message>
    <message>
        <source>Press Play (Space) to watch the selection %1 – %2 on demand.</source>
        <translation>Drücken Sie „Abspielen“ (Leertaste), um die Auswahl %1 – %2 auf Abruf anzusehen.</translation>
    </message>
    <message>
        <source>Select a range on the timeline and press Play (Space), or press Play to watch from the playhead.</source>
        <translation>Wählen Sie einen Bereich in der Zeitleiste und drücken Sie „Abspielen“ (Leertaste), oder drücken Sie „Abspielen“, um ab der Abspielposition anzusehen.</translation>
    </message>
    <message>
        <source>A LIVE session cannot play faster than the live edge.</source>
        <translation>Eine LIVE-Sitzung kann nicht schneller als die Live-Kante abspielen.</translation>
    </message>
</context>
<context>
    <name>kinescope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes the next time Kinescope starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Kinescope.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>kinescope::ProfileDialog</name>
    <message>
        <source>Kinescope profiles</source>
        <translation>Kinescope-Profile</translation>
    </message>
    <message>
        <source>optional, e.g. us-east-1</source>
        <translation>optional, z. B. us-east-1</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:4566</source>
        <translation>optional, z. B. http://127.0.0.1:4566</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>E&amp;ndpoint URL:</source>
        <translation>End&amp;punkt-URL:</translation>
    </message>
    <message>
        <source>The secret access key is stored in the OS keychain, never in Kinescope&apos;s settings.</source>
        <translation>Der geheime Zugriffsschlüssel wird im Schlüsselbund des Betriebssystems gespeichert, niemals in den Einstellungen von Kinescope.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Give the profile a name without spaces, slashes or brackets.</source>
        <translation>Geben Sie dem Profil einen Namen ohne Leerzeichen, Schrägstriche oder Klammern.</translation>
    </message>
    <message>
        <source>A profile named %1 exists already; select it to edit it.</source>
        <translation>Ein Profil namens %1 existiert bereits; wählen Sie es aus, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Enter the access key id.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID ein.</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>Geben Sie den geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>The endpoint URL must look like https://host[:port].</source>
        <translation>Die Endpunkt-URL muss die Form https://host[:port] haben.</translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation>Profil %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saving the secret key in the %1…</source>
        <translation>Geheimer Schlüssel wird gespeichert (%1)…</translation>
    </message>
    <message>
        <source>The profile %1 was not saved: %2 Kinescope keeps secret keys only in the OS keychain; make a keychain available (for example GNOME Keyring or KWallet) or use a profile in ~/.aws/credentials.</source>
        <translation>Das Profil %1 wurde nicht gespeichert: %2 Kinescope speichert geheime Schlüssel nur im Schlüsselbund des Betriebssystems; stellen Sie einen Schlüsselbund bereit (zum Beispiel GNOME Keyring oder KWallet) oder verwenden Sie ein Profil in ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>Removing the secret key from the %1…</source>
        <translation>Geheimer Schlüssel wird entfernt (%1)…</translation>
    </message>
    <message>
        <source>The profile %1 was not removed: %2</source>
        <translation>Das Profil %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed profile %1.</source>
        <translation>Profil %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>kinescope::ReviewFragmentModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Server time minus producer time</source>
        <translation>Serverzeit minus Producer-Zeit</translation>
    </message>
    <message>
        <source>Fragment number</source>
        <translation>Fragmentnummer</translation>
    </message>
    <message>
        <source>Producer time</source>
        <translation>Producer-Zeit</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Serverzeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
</context>
<context>
    <name>kinescope::ReviewLoader</name>
    <message>
        <source>Opening the fragment cache</source>
        <translation>Fragment-Cache wird geöffnet</translation>
    </message>
    <message>
        <source>Describing stream %1</source>
        <translation>Details zu Stream %1 werden abgerufen</translation>
    </message>
    <message>
        <source>Listing fragments of %1</source>
        <translation>Fragmente von %1 werden aufgelistet</translation>
    </message>
    <message>
        <source>%1 has no fragments between %2 and %3. Pick another time range, or check that the camera is sending.</source>
        <translation>%1 hat keine Fragmente zwischen %2 und %3. Wählen Sie einen anderen Zeitraum, oder prüfen Sie, ob die Kamera sendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n fragment(s) of %1 loaded</source>
        <translation>
            <numerusform>%n Fragment von %1 geladen</numerusform>
            <numerusform>%n Fragmente von %1 geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinescope::SearchBar</name>
    <message>
        <source>Find element by name, ID or tag value (Enter: next)</source>
        <translation>Element nach Name, ID oder Tag-Wert suchen (Enter: nächster Treffer)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
</context>
<context>
    <name>kinescope::SessionDialog</name>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Streaming session</source>
        <translation>Streaming-Sitzung</translation>
    </message>
    <message>
        <source>HLS (AWS default)</source>
        <translation>HLS (AWS-Standard)</translation>
    </message>
    <message>
        <source>DASH</source>
        <translation>DASH</translation>
    </message>
    <message>
        <source>LIVE — the newest fragments (AWS default)</source>
        <translation>LIVE — die neuesten Fragmente (AWS-Standard)</translation>
    </message>
    <message>
        <source>LIVE_REPLAY — from a start time on</source>
        <translation>LIVE_REPLAY — ab einer Startzeit</translation>
    </message>
    <message>
        <source>ON_DEMAND — a fixed range</source>
        <translation>ON_DEMAND — ein fester Zeitraum</translation>
    </message>
    <message>
        <source>Server timestamps (AWS default)</source>
        <translation>Server-Zeitstempel (AWS-Standard)</translation>
    </message>
    <message>
        <source>Producer timestamps</source>
        <translation>Producer-Zeitstempel</translation>
    </message>
    <message>
        <source>Fragmented MP4 (AWS default)</source>
        <translation>Fragmentiertes MP4 (AWS-Standard)</translation>
    </message>
    <message>
        <source>MPEG-TS</source>
        <translation>MPEG-TS</translation>
    </message>
    <message>
        <source>NEVER (AWS default)</source>
        <translation>NEVER (AWS-Standard)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds until the session URL expires: 300 (AWS default) to 43200. The player renews sessions before they expire.</source>
        <translation>Sekunden bis zum Ablauf der Sitzungs-URL: 300 (AWS-Standard) bis 43200. Der Player erneuert Sitzungen vor ihrem Ablauf.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Clock (fragment selector)</source>
        <translation>Uhr (Fragment-Selektor)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Container (HLS)</source>
        <translation>Container (HLS)</translation>
    </message>
    <message>
        <source>Discontinuity mode (HLS)</source>
        <translation>Diskontinuitätsmodus (HLS)</translation>
    </message>
    <message>
        <source>Display fragment timestamps</source>
        <translation>Fragment-Zeitstempel anzeigen</translation>
    </message>
    <message>
        <source>Display fragment numbers (DASH)</source>
        <translation>Fragmentnummern anzeigen (DASH)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Max fragments</source>
        <translation>Max. Fragmente</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>DASH sessions are always fragmented MP4.</source>
        <translation>DASH-Sitzungen sind immer fragmentiertes MP4.</translation>
    </message>
    <message>
        <source>The discontinuity mode applies to HLS only.</source>
        <translation>Der Diskontinuitätsmodus gilt nur für HLS.</translation>
    </message>
    <message>
        <source>Fragment numbers can be displayed in DASH manifests only.</source>
        <translation>Fragmentnummern können nur in DASH-Manifesten angezeigt werden.</translation>
    </message>
    <message>
        <source>A LIVE session plays the newest fragments.</source>
        <translation>Eine LIVE-Sitzung spielt die neuesten Fragmente.</translation>
    </message>
    <message>
        <source>A LIVE session takes no time range.</source>
        <translation>Eine LIVE-Sitzung nimmt keinen Zeitraum an.</translation>
    </message>
    <message>
        <source>An ON_DEMAND session needs an end time.</source>
        <translation>Eine ON_DEMAND-Sitzung benötigt eine Endzeit.</translation>
    </message>
    <message>
        <source>LIVE plays the most recent fragments; no range.</source>
        <translation>LIVE spielt die neuesten Fragmente; kein Zeitraum.</translation>
    </message>
    <message>
        <source>Without an end, the session keeps adding newly ingested fragments until it expires.</source>
        <translation>Ohne Ende fügt die Sitzung laufend neu eingespeiste Fragmente hinzu, bis sie abläuft.</translation>
    </message>
    <message>
        <source>Times are local (%1); UTC %2 – %3. At most 24 hours.</source>
        <translation>Zeiten sind lokal (%1); UTC %2 – %3. Höchstens 24 Stunden.</translation>
    </message>
    <message>
        <source>AWS default (%1)</source>
        <translation>AWS-Standard (%1)</translation>
    </message>
</context>
<context>
    <name>kinescope::SessionManager</name>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>Producer</translation>
    </message>
    <message numerus="yes">
        <source> This computer&apos;s clock differs from AWS&apos;s by %n second(s).</source>
        <translation>
            <numerusform> Die Uhr dieses Computers weicht um %n Sekunde von der Uhr von AWS ab.</numerusform>
            <numerusform> Die Uhr dieses Computers weicht um %n Sekunden von der Uhr von AWS ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a stream to play.</source>
        <translation>Wählen Sie einen Stream zum Abspielen.</translation>
    </message>
    <message>
        <source>The streaming session expired or was revoked (HTTP %1); Kinescope is opening a new one.</source>
        <translation>Die Streaming-Sitzung ist abgelaufen oder wurde widerrufen (HTTP %1); Kinescope öffnet eine neue.</translation>
    </message>
    <message>
        <source>The player could not fetch the session&apos;s media (HTTP %1: %2); Kinescope is opening a new session.</source>
        <translation>Der Player konnte die Medien der Sitzung nicht abrufen (HTTP %1: %2); Kinescope öffnet eine neue Sitzung.</translation>
    </message>
    <message>
        <source>The start time %1 is in the future by AWS&apos;s clock (it is %2 there): there is nothing to play yet.%3</source>
        <translation>Die Startzeit %1 liegt nach der Uhr von AWS in der Zukunft (dort ist es %2): Es gibt noch nichts abzuspielen.%3</translation>
    </message>
    <message>
        <source>%1 keeps no archive (its data retention is 0 hours), so there is nothing a streaming session could play. Set a data retention on the stream.</source>
        <translation>%1 bewahrt kein Archiv auf (die Datenaufbewahrung beträgt 0 Stunden), daher gibt es nichts, was eine Streaming-Sitzung abspielen könnte. Legen Sie eine Datenaufbewahrung für den Stream fest.</translation>
    </message>
    <message numerus="yes">
        <source>The range ends before the stream&apos;s %n-hour retention: fragments older than %1 have been deleted.</source>
        <translation>
            <numerusform>Der Zeitraum endet vor der %n-stündigen Aufbewahrungsfrist des Streams: Fragmente, die älter als %1 sind, wurden gelöscht.</numerusform>
            <numerusform>Der Zeitraum endet vor der %n-stündigen Aufbewahrungsfrist des Streams: Fragmente, die älter als %1 sind, wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No footage was recorded between %1 and %2 (%3 clock): the fragment index has no fragments there.</source>
        <translation>Zwischen %1 und %2 (%3-Uhr) wurde nichts aufgezeichnet: Der Fragmentindex enthält dort keine Fragmente.</translation>
    </message>
    <message>
        <source>%1 already has %2 live streaming sessions, the most AWS allows per stream (a session stays live until it expires, played or not). Playback continues at %3, when the next one expires.</source>
        <translation>%1 hat bereits %2 Live-Streaming-Sitzungen, das Maximum, das AWS pro Stream erlaubt (eine Sitzung bleibt bis zu ihrem Ablauf aktiv, ob abgespielt oder nicht). Die Wiedergabe wird um %3 fortgesetzt, wenn die nächste abläuft.</translation>
    </message>
    <message>
        <source> between %1 and %2 (%3 clock)</source>
        <translation> zwischen %1 und %2 (%3-Uhr)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Nothing to play: AWS found no fragments%1. The camera recorded nothing there, or the footage has aged out of the retention period.</source>
        <translation>Nichts abzuspielen: AWS hat%1 keine Fragmente gefunden. Die Kamera hat dort nichts aufgezeichnet, oder die Aufnahmen sind aus dem Aufbewahrungszeitraum herausgefallen.</translation>
    </message>
    <message>
        <source>The stream does not exist in this account and region. Check its name and the selected region.</source>
        <translation>Der Stream existiert in diesem Konto und dieser Region nicht. Prüfen Sie seinen Namen und die ausgewählte Region.</translation>
    </message>
    <message>
        <source>The stream keeps no archive (its data retention is 0 hours), so there is nothing a streaming session could play. Set a data retention on the stream.</source>
        <translation>Der Stream bewahrt kein Archiv auf (die Datenaufbewahrung beträgt 0 Stunden), daher gibt es nichts, was eine Streaming-Sitzung abspielen könnte. Legen Sie eine Datenaufbewahrung für den Stream fest.</translation>
    </message>
    <message>
        <source>AWS refused the time range%1: %2 Check the start and end times and the clock (server or producer).%3</source>
        <translation>AWS hat den Zeitraum%1 abgelehnt: %2 Prüfen Sie Start- und Endzeit sowie die Uhr (Server oder Producer).%3</translation>
    </message>
    <message>
        <source>AWS refused a session parameter: %1</source>
        <translation>AWS hat einen Sitzungsparameter abgelehnt: %1</translation>
    </message>
    <message>
        <source>The stream&apos;s media cannot be played as HLS or DASH: only H.264 or H.265 video (with optional AAC or G.711 audio) in Matroska fragments can be streamed.</source>
        <translation>Die Medien des Streams können nicht als HLS oder DASH abgespielt werden: Nur H.264- oder H.265-Video (optional mit AAC- oder G.711-Audio) in Matroska-Fragmenten kann gestreamt werden.</translation>
    </message>
    <message>
        <source>The fragments carry no codec private data (the decoder configuration), so no player can decode them. The camera or producer must send it with the video.</source>
        <translation>Die Fragmente enthalten keine Codec Private Data (die Decoder-Konfiguration), daher kann kein Player sie dekodieren. Die Kamera bzw. der Producer muss sie mit dem Video senden.</translation>
    </message>
    <message>
        <source>The fragments&apos; codec private data is invalid or unsupported (for example a profile or track layout HLS/DASH cannot carry), so the video cannot be played.</source>
        <translation>Die Codec Private Data der Fragmente ist ungültig oder wird nicht unterstützt (zum Beispiel ein Profil oder eine Spuranordnung, die HLS/DASH nicht transportieren kann), daher kann das Video nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>AWS refused another streaming session: a stream allows at most 10 live sessions, and each stays live until it expires. Wait for one to expire, or use a shorter Expires.</source>
        <translation>AWS hat eine weitere Streaming-Sitzung abgelehnt: Ein Stream erlaubt höchstens 10 Live-Sitzungen, und jede bleibt bis zu ihrem Ablauf aktiv. Warten Sie, bis eine abläuft, oder verwenden Sie einen kürzeren Wert für „Ablauf“.</translation>
    </message>
    <message>
        <source>The credentials in use may not open streaming sessions for this stream (kinesisvideo:Get%1StreamingSessionURL). Ask for the permission or pick another profile.</source>
        <translation>Die verwendeten Anmeldedaten dürfen für diesen Stream keine Streaming-Sitzungen öffnen (kinesisvideo:Get%1StreamingSessionURL). Fordern Sie die Berechtigung an oder wählen Sie ein anderes Profil.</translation>
    </message>
</context>
<context>
    <name>kinescope::StreamBrowser</name>
    <message>
        <source>Filter streams</source>
        <translation>Streams filtern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Stream details</source>
        <translation>Stream-Details</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation>Medientyp:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Aufbewahrung:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>KMS-Schlüssel:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Listing streams</source>
        <translation>Streams werden aufgelistet</translation>
    </message>
    <message>
        <source>This account has no Kinesis video streams in this region.</source>
        <translation>Dieses Konto hat in dieser Region keine Kinesis-Video-Streams.</translation>
    </message>
</context>
<context>
    <name>kinescope::StreamListModel</name>
    <message>
        <source>none (live only)</source>
        <translation>keine (nur live)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>kinescope::StreamingSessionOptions</name>
    <message>
        <source>Expires must be between 300 seconds (5 minutes) and 43200 seconds (12 hours).</source>
        <translation>„Ablauf“ muss zwischen 300 Sekunden (5 Minuten) und 43200 Sekunden (12 Stunden) liegen.</translation>
    </message>
    <message>
        <source>The maximum number of fragments must be between 1 and 5000.</source>
        <translation>Die maximale Anzahl an Fragmenten muss zwischen 1 und 5000 liegen.</translation>
    </message>
    <message>
        <source>DASH sessions are always fragmented MP4; MPEG-TS is available for HLS only.</source>
        <translation>DASH-Sitzungen sind immer fragmentiertes MP4; MPEG-TS ist nur für HLS verfügbar.</translation>
    </message>
    <message>
        <source>Fragment numbers can be displayed in DASH manifests only.</source>
        <translation>Fragmentnummern können nur in DASH-Manifesten angezeigt werden.</translation>
    </message>
    <message>
        <source>The discontinuity mode applies to HLS sessions only.</source>
        <translation>Der Diskontinuitätsmodus gilt nur für HLS-Sitzungen.</translation>
    </message>
    <message>
        <source>A LIVE session plays the newest fragments and takes no time range; choose LIVE_REPLAY or ON_DEMAND to play from a given time.</source>
        <translation>Eine LIVE-Sitzung spielt die neuesten Fragmente und nimmt keinen Zeitraum an; wählen Sie LIVE_REPLAY oder ON_DEMAND, um ab einem bestimmten Zeitpunkt abzuspielen.</translation>
    </message>
    <message>
        <source>A LIVE_REPLAY session needs a start time.</source>
        <translation>Eine LIVE_REPLAY-Sitzung benötigt eine Startzeit.</translation>
    </message>
    <message>
        <source>An ON_DEMAND session needs both a start and an end time.</source>
        <translation>Eine ON_DEMAND-Sitzung benötigt eine Start- und eine Endzeit.</translation>
    </message>
    <message>
        <source>The end time must be later than the start time.</source>
        <translation>Die Endzeit muss nach der Startzeit liegen.</translation>
    </message>
    <message>
        <source>The end time must be within 24 hours of the start time.</source>
        <translation>Die Endzeit darf höchstens 24 Stunden nach der Startzeit liegen.</translation>
    </message>
</context>
<context>
    <name>kinescope::ThumbnailService</name>
    <message>
        <source>GetImages is not available for %1 (%2); thumbnails are decoded locally.</source>
        <translation>GetImages ist für %1 nicht verfügbar (%2); Vorschaubilder werden lokal dekodiert.</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
</context>
<context>
    <name>kinescope::ThumbnailStrip</name>
    <message>
        <source>Thumbnails of the visible time range. Click to move the playhead there.</source>
        <translation>Vorschaubilder des sichtbaren Zeitraums. Klicken Sie, um die Abspielposition dorthin zu setzen.</translation>
    </message>
    <message>
        <source>Thumbnails appear here for the time range the timeline shows.</source>
        <translation>Hier erscheinen Vorschaubilder für den Zeitraum, den die Zeitleiste zeigt.</translation>
    </message>
    <message>
        <source>No media
(gap)</source>
        <translation>Keine Medien
(Lücke)</translation>
    </message>
    <message>
        <source>Media error</source>
        <translation>Medienfehler</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1
%2 UTC</source>
        <translation>%1
%2 UTC</translation>
    </message>
    <message>
        <source>No media here (NO_MEDIA): the stream has no recording.</source>
        <translation>Hier keine Medien (NO_MEDIA): Der Stream hat keine Aufnahme.</translation>
    </message>
    <message>
        <source>The image could not be made (%1).</source>
        <translation>Das Bild konnte nicht erzeugt werden (%1).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>kinescope::Time</name>
    <message>
        <source>&apos;%1&apos; is not a time: use ISO 8601 with a zone (2024-05-01T12:00:00Z, 2024-05-01T14:00:00+02:00) or epoch seconds</source>
        <translation>„%1“ ist keine Zeitangabe: Verwenden Sie ISO 8601 mit Zeitzone (2024-05-01T12:00:00Z, 2024-05-01T14:00:00+02:00) oder Epochensekunden</translation>
    </message>
</context>
<context>
    <name>kinescope::TimelinePainter</name>
    <message>
        <source>drift</source>
        <extracomment>Name of the timeline band showing server time minus producer time</extracomment>
        <translation>Drift</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1…%2 ms</source>
        <extracomment>The drift band&apos;s vertical range, e.g. &quot;+150…+900 ms&quot;</extracomment>
        <translation>%1…%2 ms</translation>
    </message>
</context>
<context>
    <name>kinescope::TimelinePanel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Order and show fragments by server time</source>
        <translation>Fragmente nach Serverzeit ordnen und anzeigen</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Order and show fragments by producer time</source>
        <translation>Fragmente nach Producer-Zeit ordnen und anzeigen</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the selection, or the whole loaded range (F)</source>
        <translation>Auswahl oder den gesamten geladenen Bereich einpassen (F)</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Uhr:</translation>
    </message>
    <message>
        <source>%1 visible</source>
        <translation>%1 sichtbar</translation>
    </message>
</context>
<context>
    <name>kinescope::TimelineTicks</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Ruler label at local midnight (QDateTime format)</extracomment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>HH:mm:ss</source>
        <extracomment>Ruler label with seconds (QDateTime format)</extracomment>
        <translation>HH:mm:ss</translation>
    </message>
    <message>
        <source>HH:mm:ss.zzz</source>
        <extracomment>Ruler label inside a second (QDateTime format)</extracomment>
        <translation>HH:mm:ss.zzz</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <extracomment>Ruler label on a minute or hour (QDateTime format)</extracomment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>The local date shown at the ruler&apos;s left edge (QDateTime format)</extracomment>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm:ss.zzz</source>
        <extracomment>Hover time in local time (QDateTime format); the zone abbreviation follows</extracomment>
        <translation>ddd d. MMM yyyy HH:mm:ss.zzz</translation>
    </message>
</context>
<context>
    <name>kinescope::TimelineWidget</name>
    <message>
        <source>Coverage timeline</source>
        <translation>Abdeckungs-Zeitleiste</translation>
    </message>
    <message>
        <source>Recorded coverage and gaps of the loaded range. Wheel zooms at the cursor, Shift+wheel pans, click sets the playhead, drag selects, I and O set the selection at the playhead, F fits.</source>
        <translation>Aufgezeichnete Abdeckung und Lücken des geladenen Bereichs. Mausrad zoomt am Cursor, Shift+Mausrad verschiebt, Klick setzt die Abspielposition, Ziehen wählt aus, I und O setzen die Auswahl an der Abspielposition, F passt ein.</translation>
    </message>
    <message>
        <source>No fragments loaded</source>
        <translation>Keine Fragmente geladen</translation>
    </message>
    <message>
        <source>No stream selected</source>
        <translation>Kein Stream ausgewählt</translation>
    </message>
    <message>
        <source>No fragments in the loaded range</source>
        <translation>Keine Fragmente im geladenen Bereich</translation>
    </message>
    <message>
        <source>Fragment %1</source>
        <translation>Fragment %1</translation>
    </message>
    <message>
        <source>Duration %1 · drift %2%3 ms</source>
        <translation>Dauer %1 · Drift %2%3 ms</translation>
    </message>
    <message>
        <source>No recording (gap of %1)</source>
        <translation>Keine Aufnahme (Lücke von %1)</translation>
    </message>
</context>
<context>
    <name>kinescope::TrackDetailsView</name>
    <message>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Track %1 (%2)</source>
        <translation>Spur %1 (%2)</translation>
    </message>
    <message>
        <source>Codec ID</source>
        <translation>Codec-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Time base</source>
        <translation>Zeitbasis</translation>
    </message>
    <message>
        <source>Container size</source>
        <translation>Containergröße</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>%1 Hz, %2 channel(s)</source>
        <translation>%1 Hz, Kanäle: %2</translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation>Standarddauer</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Codec private</source>
        <translation>Codec Private</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation>Chroma</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>Bittiefe</translation>
    </message>
    <message>
        <source>%1 (luma), %2 (chroma)</source>
        <translation>%1 (Luma), %2 (Chroma)</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message numerus="yes">
        <source>id %1, %n byte(s)</source>
        <translation>
            <numerusform>ID %1, %n Byte</numerusform>
            <numerusform>ID %1, %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoding error</source>
        <translation>Dekodierfehler</translation>
    </message>
</context>
<context>
    <name>kinescope::VideoView</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>A media file to inspect.</source>
        <translation>Eine zu untersuchende Mediendatei.</translation>
    </message>
    <message>
        <source>Kinescope: a review desk for Amazon Kinesis Video Streams. AWS profiles, regions, credentials and endpoints are resolved exactly as kinescope-cli and the AWS CLI do (AWS_* environment variables, ~/.aws/config and ~/.aws/credentials). With FILE, opens the container inspector on a media file instead.</source>
        <translation>Kinescope: ein Sichtungsarbeitsplatz für Amazon Kinesis Video Streams. AWS-Profile, -Regionen, -Anmeldedaten und -Endpunkte werden genau wie von kinescope-cli und der AWS CLI aufgelöst (AWS_*-Umgebungsvariablen, ~/.aws/config und ~/.aws/credentials). Mit FILE wird stattdessen der Container-Inspektor für eine Mediendatei geöffnet.</translation>
    </message>
    <message>
        <source>AWS profile to use.</source>
        <translation>Zu verwendendes AWS-Profil.</translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation>AWS-Region.</translation>
    </message>
    <message>
        <source>Send requests to this endpoint instead of AWS.</source>
        <translation>Anfragen an diesen Endpunkt statt an AWS senden.</translation>
    </message>
    <message>
        <source>Open this stream.</source>
        <translation>Diesen Stream öffnen.</translation>
    </message>
    <message>
        <source>Start of the time range to load (ISO 8601 with zone, or epoch seconds). Default: 24 hours before --end or now.</source>
        <translation>Beginn des zu ladenden Zeitraums (ISO 8601 mit Zeitzone oder Epochensekunden). Standard: 24 Stunden vor --end bzw. vor jetzt.</translation>
    </message>
    <message>
        <source>End of the time range to load. Default: now.</source>
        <translation>Ende des zu ladenden Zeitraums. Standard: jetzt.</translation>
    </message>
    <message>
        <source>Start the bundled kinescope-emulator with its default scenario and show its stream front-door.</source>
        <translation>Den mitgelieferten kinescope-emulator mit seinem Standardszenario starten und dessen Stream front-door anzeigen.</translation>
    </message>
</context>
</TS>
