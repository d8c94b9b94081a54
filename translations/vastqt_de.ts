<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdBreakTimeline</name>
    <message>
        <source>Pre-roll</source>
        <translation>Pre-Roll</translation>
    </message>
    <message>
        <source>Mid-roll</source>
        <translation>Mid-Roll</translation>
    </message>
    <message>
        <source>Post-roll</source>
        <translation>Post-Roll</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Werbepause</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>spielt</translation>
    </message>
    <message>
        <source>played</source>
        <translation>gespielt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>no ad: VMAP error %1</source>
        <translation>keine Anzeige: VMAP-Fehler %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ad(s) started</source>
        <translation>
            <numerusform>%n Anzeige gestartet</numerusform>
            <numerusform>%n Anzeigen gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>ads from a tag</source>
        <translation>Anzeigen aus einem Tag</translation>
    </message>
    <message>
        <source>custom ad data</source>
        <translation>eigene Anzeigendaten</translation>
    </message>
    <message>
        <source>ad %1 of %2</source>
        <translation>Anzeige %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>pod of %n ad(s)</source>
        <translation>
            <numerusform>Pod mit %n Anzeige</numerusform>
            <numerusform>Pod mit %n Anzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad(s)</source>
        <translation>
            <numerusform>%n Anzeige</numerusform>
            <numerusform>%n Anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>cue point #%1</source>
        <translation>Cue-Point Nr. %1</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>Versatz %1</translation>
    </message>
    <message>
        <source>repetition %1</source>
        <translation>Wiederholung %1</translation>
    </message>
    <message>
        <source>(ad %1)</source>
        <translation>(Anzeige %1)</translation>
    </message>
    <message>
        <source>VAST error %1: %2</source>
        <translation>VAST-Fehler %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ad break(s)</source>
        <translation>
            <numerusform>%n Werbepause</numerusform>
            <numerusform>%n Werbepausen</numerusform>
        </translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>Inhalt %1</translation>
    </message>
    <message>
        <source>content duration unknown</source>
        <translation>Inhaltsdauer unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n played</source>
        <translation>
            <numerusform>%n gespielt</numerusform>
            <numerusform>%n gespielt</numerusform>
        </translation>
    </message>
    <message>
        <source>playing: %1</source>
        <translation>spielt: %1</translation>
    </message>
</context>
<context>
    <name>AdTreeModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>&quot;tag&quot; takes a URL or a file</source>
        <translation>&quot;tag&quot; erwartet eine URL oder eine Datei</translation>
    </message>
    <message>
        <source>&quot;seed&quot; is not an entry&apos;s option: session i of the batch uses --seed S+i</source>
        <translation>&quot;seed&quot; ist keine Option eines Eintrags: Sitzung i des Batch-Laufs verwendet --seed S+i</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value of the wrong type</source>
        <translation>&quot;%1&quot; hat einen Wert vom falschen Typ</translation>
    </message>
    <message>
        <source>%1/%2  %3 sessions/s  ETA %4  %5 errors</source>
        <translation>%1/%2  %3 Sitzungen/s  Rest %4  %5 Fehler</translation>
    </message>
    <message>
        <source>batch: %1/%2 sessions, %3 sessions/s, ETA %4, %5 errors</source>
        <translation>Batch: %1/%2 Sitzungen, %3 Sitzungen/s, Rest %4, %5 Fehler</translation>
    </message>
    <message>
        <source>cannot write the summary to %1: %2</source>
        <translation>die Zusammenfassung kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>an entry&apos;s TAG cannot be standard input</source>
        <translation>das TAG eines Eintrags kann nicht die Standardeingabe sein</translation>
    </message>
</context>
<context>
    <name>BeaconTable</name>
    <message>
        <source>tracked</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>error %1 [%2]: %3</source>
        <translation>Fehler %1 [%2]: %3</translation>
    </message>
    <message>
        <source>break %1 start: %2 (%3) at %4 ms</source>
        <translation>Werbepause %1 beginnt: %2 (%3) bei %4 ms</translation>
    </message>
    <message>
        <source>break %1 end</source>
        <translation>Werbepause %1 endet</translation>
    </message>
    <message>
        <source>ad: break %1, pod slot %2</source>
        <translation>Anzeige: Werbepause %1, Pod-Platz %2</translation>
    </message>
    <message>
        <source>hop: %1 %2 %3 %4 ms %5 bytes %6</source>
        <translation>Abruf: %1 %2 %3 %4 ms %5 Bytes %6</translation>
    </message>
    <message>
        <source>beacon: %1 @%2 ms -&gt; %3 (%4 attempt(s), %5 ms) %6</source>
        <translation>Beacon: %1 @%2 ms -&gt; %3 (%4 Versuch(e), %5 ms) %6</translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation>lade %1</translation>
    </message>
    <message>
        <source>demo ad server on %1</source>
        <translation>Demo-Ad-Server auf %1</translation>
    </message>
    <message>
        <source>compliance: %1 document(s), %2 error finding(s)</source>
        <translation>Konformität: %1 Dokument(e), %2 Fehlerbefund(e)</translation>
    </message>
    <message>
        <source>give --headless, --parse or --validate</source>
        <translation>geben Sie --headless, --parse oder --validate an</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a summary of vastqt-inspector</source>
        <translation>%1: keine Zusammenfassung von vastqt-inspector</translation>
    </message>
    <message>
        <source>%1:%2: not a report of vastqt-inspector</source>
        <translation>%1:%2: kein Bericht von vastqt-inspector</translation>
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message>
        <source>No document checked yet.</source>
        <translation>Noch kein Dokument geprüft.</translation>
    </message>
    <message>
        <source>Hop %1 · %2 %3</source>
        <translation>Stufe %1 · %2 %3</translation>
    </message>
    <message>
        <source>Hop %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>checked against %1</source>
        <translation>geprüft gegen %1</translation>
    </message>
    <message>
        <source>%1 not checked</source>
        <translation>%1 nicht geprüft</translation>
    </message>
    <message>
        <source>no schema</source>
        <translation>kein Schema</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>konform</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 Fehler, %2 Warnung(en)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ErrorList</name>
    <message>
        <source>fetch</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <source>parse</source>
        <translation>Parsen</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>select</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>track</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>No VAST error.</source>
        <translation>Kein VAST-Fehler.</translation>
    </message>
    <message>
        <source>Error %1 (%2): %3</source>
        <translation>Fehler %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>InspectorApp</name>
    <message>
        <source>VastQt Inspector</source>
        <translation>VastQt Inspector</translation>
    </message>
</context>
<context>
    <name>InspectorOptions</name>
    <message>
        <source>Run without a window: resolve, play (on a simulated clock unless --realtime), print a JSON report.</source>
        <translation>Ohne Fenster laufen: auflösen, abspielen (auf einer simulierten Uhr, außer mit --realtime), einen JSON-Bericht ausgeben.</translation>
    </message>
    <message>
        <source>Print the document model of TAG as JSON, without resolving or playing.</source>
        <translation>Das Dokumentmodell von TAG als JSON ausgeben, ohne Auflösen oder Abspielen.</translation>
    </message>
    <message>
        <source>Use the embedded demo ad server (a 3-hop Wrapper chain) instead of TAG.</source>
        <translation>Den eingebauten Demo-Ad-Server (eine Wrapper-Kette mit 3 Stufen) statt TAG verwenden.</translation>
    </message>
    <message>
        <source>Use the embedded demo ad server&apos;s VMAP playlist (a pre-roll pod of two ads, a mid-roll at 50% and a post-roll; content 60 s unless --content-duration) instead of TAG.</source>
        <translation>Die VMAP-Playlist des eingebauten Demo-Ad-Servers (ein Pre-Roll-Pod aus zwei Anzeigen, ein Mid-Roll bei 50 % und ein Post-Roll; Inhalt 60 s, außer mit --content-duration) statt TAG verwenden.</translation>
    </message>
    <message>
        <source>Play the MediaFile in real time with Qt Multimedia: in the window, as --mode realtime; with --headless, without a window or sound, instead of the simulated clock.</source>
        <translation>Die MediaFile in Echtzeit mit Qt Multimedia abspielen: im Fenster wie --mode realtime; mit --headless ohne Fenster und Ton statt auf der simulierten Uhr.</translation>
    </message>
    <message>
        <source>Playback mode of the window: realtime (video, default) or headless (simulated clock).</source>
        <translation>Wiedergabemodus des Fensters: realtime (Video, Vorgabe) oder headless (simulierte Uhr).</translation>
    </message>
    <message>
        <source>Speed factor of the simulated clock; 0 plays as fast as possible (default: the profile&apos;s, else 1).</source>
        <translation>Tempofaktor der simulierten Uhr; 0 spielt so schnell wie möglich (Vorgabe: die des Profils, sonst 1).</translation>
    </message>
    <message>
        <source>Provider profile of the playback configuration: global, tiger, leto, yandex, google, custom, or one of ~/.config/vastqt/profiles or --profile-file.</source>
        <translation>Anbieterprofil der Wiedergabekonfiguration: global, tiger, leto, yandex, google, custom oder eines aus ~/.config/vastqt/profiles oder --profile-file.</translation>
    </message>
    <message>
        <source>Load a provider profile from FILE (JSON; repeatable); without --profile, the last one is used.</source>
        <translation>Ein Anbieterprofil aus FILE laden (JSON; wiederholbar); ohne --profile gilt das letzte.</translation>
    </message>
    <message>
        <source>Publisher context of the playback configuration (from the profile&apos;s &quot;publishers&quot;).</source>
        <translation>Publisher-Kontext der Wiedergabekonfiguration (aus &quot;publishers&quot; des Profils).</translation>
    </message>
    <message>
        <source>Timeout of each request (wrapper hop, beacon attempt) in ms.</source>
        <translation>Zeitlimit jeder Anfrage (Wrapper-Stufe, Beacon-Versuch) in ms.</translation>
    </message>
    <message>
        <source>Most Wrappers followed (1..10).</source>
        <translation>Höchstzahl verfolgter Wrapper (1..10).</translation>
    </message>
    <message>
        <source>Retries of a failed beacon.</source>
        <translation>Wiederholungen eines fehlgeschlagenen Beacons.</translation>
    </message>
    <message>
        <source>Player size for MediaFile selection.</source>
        <translation>Playergröße für die Wahl der MediaFile.</translation>
    </message>
    <message>
        <source>An ad source (repeatable); TAG, if given, comes first.</source>
        <translation>Eine Anzeigenquelle (wiederholbar); TAG, falls angegeben, kommt zuerst.</translation>
    </message>
    <message>
        <source>A fallback source (repeatable), tried only when every source failed.</source>
        <translation>Eine Ersatzquelle (wiederholbar), nur versucht, wenn alle Quellen fehlschlugen.</translation>
    </message>
    <message>
        <source>How sources are asked: sequential, parallel (first usable by source order) or race (first usable answer).</source>
        <translation>Wie die Quellen gefragt werden: sequential, parallel (die erste brauchbare in Quellenreihenfolge) oder race (die erste brauchbare Antwort).</translation>
    </message>
    <message>
        <source>Time for the whole ad request in ms (0: none).</source>
        <translation>Zeit für die ganze Anzeigenanfrage in ms (0: keine Grenze).</translation>
    </message>
    <message>
        <source>Retries of a failed source request (timeout, 5xx), backoff from 200 ms, doubling.</source>
        <translation>Wiederholungen einer fehlgeschlagenen Quellenanfrage (Zeitüberschreitung, 5xx), Wartezeit ab 200 ms, jeweils verdoppelt.</translation>
    </message>
    <message>
        <source>Reject ads shorter than S seconds.</source>
        <translation>Anzeigen kürzer als S Sekunden ablehnen.</translation>
    </message>
    <message>
        <source>Reject ads longer than S seconds.</source>
        <translation>Anzeigen länger als S Sekunden ablehnen.</translation>
    </message>
    <message>
        <source>Accept only MediaFiles of this MIME type or top-level type (repeatable).</source>
        <translation>Nur MediaFiles dieses MIME-Typs oder Haupttyps annehmen (wiederholbar).</translation>
    </message>
    <message>
        <source>Reject MediaFiles below this bitrate.</source>
        <translation>MediaFiles unter dieser Bitrate ablehnen.</translation>
    </message>
    <message>
        <source>Reject MediaFiles above this bitrate.</source>
        <translation>MediaFiles über dieser Bitrate ablehnen.</translation>
    </message>
    <message>
        <source>Accept only MediaFiles of exactly this size.</source>
        <translation>Nur MediaFiles genau dieser Größe annehmen.</translation>
    </message>
    <message>
        <source>VMAP: the duration of the content in ms, to place n% and end breaks.</source>
        <translation>VMAP: die Dauer des Inhalts in ms, um n%- und end-Werbepausen zu platzieren.</translation>
    </message>
    <message>
        <source>Language of the window and the messages (de, fr, en...); default: the system&apos;s in the window, English on the command line.</source>
        <translation>Sprache des Fensters und der Meldungen (de, fr, en …); Vorgabe: die des Systems im Fenster, Englisch auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Print the JSON on one line.</source>
        <translation>Das JSON in einer Zeile ausgeben.</translation>
    </message>
    <message>
        <source>No progress lines on standard error.</source>
        <translation>Keine Fortschrittszeilen auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Print the library&apos;s diagnostics (vastqt.* logging categories) on standard error.</source>
        <translation>Die Diagnosemeldungen der Bibliothek (Logging-Kategorien vastqt.*) auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <source>--%1 is an option of the window: leave out --headless and --parse</source>
        <translation>--%1 ist eine Option des Fensters: --headless und --parse weglassen</translation>
    </message>
    <message>
        <source>--%1 goes with --headless or --parse</source>
        <translation>--%1 gehört zu --headless oder --parse</translation>
    </message>
    <message>
        <source>malformed profile: %1</source>
        <translation>fehlerhaftes Profil: %1</translation>
    </message>
    <message>
        <source>no provider profile named %1 (known: %2)</source>
        <translation>kein Anbieterprofil namens %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>--%1 goes with --headless or the window, not with --parse</source>
        <translation>--%1 gehört zu --headless oder zum Fenster, nicht zu --parse</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds &gt;= 0</source>
        <translation>--%1 erwartet eine Anzahl Sekunden &gt;= 0</translation>
    </message>
    <message>
        <source>--%1 takes a bitrate in kbit/s &gt; 0</source>
        <translation>--%1 erwartet eine Bitrate in kbit/s &gt; 0</translation>
    </message>
    <message>
        <source>--%1 takes an http(s) or file URL, or a file: %2</source>
        <translation>--%1 erwartet eine http(s)- oder file-URL oder eine Datei: %2</translation>
    </message>
    <message>
        <source>Inspects a VAST ad tag: wrapper chain, ad, media files, playback and tracking beacons. Without --headless or --parse it opens a window.</source>
        <translation>Untersucht ein VAST-Tag: Wrapper-Kette, Anzeige, Mediendateien, Wiedergabe und Tracking-Beacons. Ohne --headless oder --parse öffnet es ein Fenster.</translation>
    </message>
    <message>
        <source>An http(s) URL, a file, or - for standard input.</source>
        <translation>Eine http(s)-URL, eine Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>--speed takes a number &gt;= 0</source>
        <translation>--speed erwartet eine Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>--mode takes realtime or headless</source>
        <translation>--mode erwartet realtime oder headless</translation>
    </message>
    <message>
        <source>--realtime plays at the media&apos;s own pace; --speed does not apply</source>
        <translation>--realtime spielt im Tempo des Mediums; --speed gilt dann nicht</translation>
    </message>
    <message>
        <source>--timeout takes a number of milliseconds &gt; 0</source>
        <translation>--timeout erwartet eine Anzahl Millisekunden &gt; 0</translation>
    </message>
    <message>
        <source>--max-depth takes a number from 1 to 10</source>
        <translation>--max-depth erwartet eine Zahl von 1 bis 10</translation>
    </message>
    <message>
        <source>--retries takes a number &gt;= 0</source>
        <translation>--retries erwartet eine Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>--content-duration takes a number of milliseconds &gt;= 0</source>
        <translation>--content-duration erwartet eine Anzahl Millisekunden &gt;= 0</translation>
    </message>
    <message>
        <source>--player-size takes WIDTHxHEIGHT, e.g. 1280x720</source>
        <translation>--player-size erwartet BREITExHÖHE, z. B. 1280x720</translation>
    </message>
    <message>
        <source>--demo and --demo-vmap take no TAG, and only one of them</source>
        <translation>--demo und --demo-vmap nehmen kein TAG, und nur eines von beiden</translation>
    </message>
    <message>
        <source>give at most one TAG (see --help)</source>
        <translation>höchstens ein TAG angeben (siehe --help)</translation>
    </message>
    <message>
        <source>give exactly one TAG (see --help)</source>
        <translation>genau ein TAG angeben (siehe --help)</translation>
    </message>
    <message>
        <source>no such file: %1 (TAG is an http(s) URL, a file or - for stdin)</source>
        <translation>keine solche Datei: %1 (TAG ist eine http(s)-URL, eine Datei oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>--source and --fallback do not go with a TAG from standard input</source>
        <translation>--source und --fallback passen nicht zu einem TAG von der Standardeingabe</translation>
    </message>
    <message>
        <source>--strategy takes sequential, parallel or race</source>
        <translation>--strategy erwartet sequential, parallel oder race</translation>
    </message>
    <message>
        <source>--overall-timeout takes a number of milliseconds &gt;= 0</source>
        <translation>--overall-timeout erwartet eine Anzahl Millisekunden &gt;= 0</translation>
    </message>
    <message>
        <source>--source-retries takes a number &gt;= 0</source>
        <translation>--source-retries erwartet eine Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>--dimensions takes WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--dimensions erwartet BREITExHÖHE, z. B. 1920x1080</translation>
    </message>
    <message>
        <source>no display: use --headless, or run under xvfb-run</source>
        <translation>keine Anzeige: --headless verwenden oder unter xvfb-run starten</translation>
    </message>
    <message>
        <source>cannot start the demo ad server on 127.0.0.1</source>
        <translation>der Demo-Ad-Server kann auf 127.0.0.1 nicht starten</translation>
    </message>
    <message>
        <source>Resolve the chain of TAG and print only its compliance report (IAB XSD and spec rules, per hop) as JSON; exit 0 without an error finding, 1 with one.</source>
        <translation>Die Kette von TAG auflösen und nur ihren Konformitätsbericht (IAB-XSD und Regeln der Spezifikation, je Stufe) als JSON ausgeben; Exit-Code 0 ohne Fehlerbefund, 1 mit einem.</translation>
    </message>
    <message>
        <source>--%1 goes with --headless or --parse, or --validate</source>
        <translation>--%1 gehört zu --headless oder --parse, oder zu --validate</translation>
    </message>
    <message>
        <source>--%1 does not go with --validate</source>
        <translation>--%1 gehört nicht zu --validate</translation>
    </message>
    <message>
        <source>--validate does not go with --headless or --parse</source>
        <translation>--validate gehört nicht zu --headless oder --parse</translation>
    </message>
    <message>
        <source>Run one --headless session per line of FILE (- for standard input): a TAG, or a JSON object of options (README); print one compact report per session (JSON Lines).</source>
        <translation>Eine --headless-Sitzung je Zeile von FILE ausführen (- für die Standardeingabe): ein TAG oder ein JSON-Objekt mit Optionen (README); je Sitzung einen kompakten Bericht ausgeben (JSON Lines).</translation>
    </message>
    <message>
        <source>Print the summary of the reports (JSON Lines) and summaries in the files given as arguments.</source>
        <translation>Die Zusammenfassung der Berichte (JSON Lines) und Zusammenfassungen in den angegebenen Dateien ausgeben.</translation>
    </message>
    <message>
        <source>Seed of the simulated viewer&apos;s draws (default 1); with --batch, session i uses S+i.</source>
        <translation>Startwert der Zufallszüge des simulierten Zuschauers (Vorgabe 1); mit --batch verwendet Sitzung i S+i.</translation>
    </message>
    <message>
        <source>What the simulated viewer does (repeatable), e.g. {&quot;action&quot;:&quot;skip&quot;,&quot;minOffsetMs&quot;:5000,&quot;probability&quot;:0.5}.</source>
        <translation>Was der simulierte Zuschauer tut (wiederholbar), z. B. {&quot;action&quot;:&quot;skip&quot;,&quot;minOffsetMs&quot;:5000,&quot;probability&quot;:0.5}.</translation>
    </message>
    <message>
        <source>Runs of each input line (--batch).</source>
        <translation>Durchläufe jeder Eingabezeile (--batch).</translation>
    </message>
    <message>
        <source>Sessions at once, in one process (--batch).</source>
        <translation>Gleichzeitige Sitzungen in einem Prozess (--batch).</translation>
    </message>
    <message>
        <source>Print each report as its session finishes, not in input order (--batch).</source>
        <translation>Jeden Bericht ausgeben, sobald seine Sitzung endet, nicht in Eingabereihenfolge (--batch).</translation>
    </message>
    <message>
        <source>Run only every N-th input line, starting at line I (from 0) (--batch).</source>
        <translation>Nur jede N-te Eingabezeile ausführen, ab Zeile I (ab 0 gezählt) (--batch).</translation>
    </message>
    <message>
        <source>Write the summary of the run to FILE (--batch).</source>
        <translation>Die Zusammenfassung des Laufs nach FILE schreiben (--batch).</translation>
    </message>
    <message>
        <source>--%1 does not go with --batch</source>
        <translation>--%1 gehört nicht zu --batch</translation>
    </message>
    <message>
        <source>--%1 does not go with --summarize</source>
        <translation>--%1 gehört nicht zu --summarize</translation>
    </message>
    <message>
        <source>--%1 goes with --batch</source>
        <translation>--%1 gehört zu --batch</translation>
    </message>
    <message>
        <source>--%1 goes with --summarize</source>
        <translation>--%1 gehört zu --summarize</translation>
    </message>
    <message>
        <source>--%1 goes with --headless or --batch</source>
        <translation>--%1 gehört zu --headless oder --batch</translation>
    </message>
    <message>
        <source>--seed takes a number from 0 to 4294967295</source>
        <translation>--seed erwartet eine Zahl von 0 bis 4294967295</translation>
    </message>
    <message>
        <source>--interaction takes a JSON rule such as {&quot;action&quot;:&quot;skip&quot;,&quot;minOffsetMs&quot;:5000}: %1</source>
        <translation>--interaction erwartet eine JSON-Regel wie {&quot;action&quot;:&quot;skip&quot;,&quot;minOffsetMs&quot;:5000}: %1</translation>
    </message>
    <message>
        <source>--repeat takes a number &gt;= 1</source>
        <translation>--repeat erwartet eine Zahl &gt;= 1</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 10000</source>
        <translation>--jobs erwartet eine Zahl von 1 bis 10000</translation>
    </message>
    <message>
        <source>--shard takes I/N with 0 &lt;= I &lt; N, e.g. 0/3</source>
        <translation>--shard erwartet I/N mit 0 &lt;= I &lt; N, z. B. 0/3</translation>
    </message>
    <message>
        <source>--batch reads its tags from FILE: no --demo or --demo-vmap</source>
        <translation>--batch liest seine Tags aus FILE: kein --demo oder --demo-vmap</translation>
    </message>
    <message>
        <source>--batch reads its tags from FILE: give no TAG</source>
        <translation>--batch liest seine Tags aus FILE: kein TAG angeben</translation>
    </message>
    <message>
        <source>--summarize takes one or more files of reports or summaries</source>
        <translation>--summarize erwartet eine oder mehrere Dateien mit Berichten oder Zusammenfassungen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>VastQt Inspector — %1</source>
        <translation>VastQt Inspector – %1</translation>
    </message>
    <message>
        <source>VastQt Inspector</source>
        <translation>VastQt Inspector</translation>
    </message>
    <message>
        <source>Enter a VAST tag URL, open a file or paste a VAST document.</source>
        <translation>Geben Sie eine VAST-Tag-URL ein, öffnen Sie eine Datei oder fügen Sie ein VAST-Dokument ein.</translation>
    </message>
    <message>
        <source>Resolving the wrapper chain…</source>
        <translation>Wrapper-Kette wird aufgelöst …</translation>
    </message>
    <message>
        <source>The tag failed: %1</source>
        <translation>Das Tag ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>lädt</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>spielt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>Open a VAST document</source>
        <translation>VAST-Dokument öffnen</translation>
    </message>
    <message>
        <source>VAST documents (*.xml *.vast)</source>
        <translation>VAST-Dokumente (*.xml *.vast)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the JSON report</source>
        <translation>JSON-Bericht exportieren</translation>
    </message>
    <message>
        <source>JSON reports (*.json)</source>
        <translation>JSON-Berichte (*.json)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>The report could not be saved to %1</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden</translation>
    </message>
    <message>
        <source>VAST tag URL, file path or pasted VAST XML (Ctrl+L)</source>
        <translation>VAST-Tag-URL, Dateipfad oder eingefügtes VAST-XML (Strg+L)</translation>
    </message>
    <message>
        <source>VAST tag</source>
        <translation>VAST-Tag</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Clear recent tags</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Play the media file with Qt Multimedia</source>
        <translation>Die Mediendatei mit Qt Multimedia abspielen</translation>
    </message>
    <message>
        <source>Real-time playback is not available in this build</source>
        <translation>Echtzeit-Wiedergabe ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>0.5×</source>
        <translation>0,5×</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <source>4×</source>
        <translation>4×</translation>
    </message>
    <message>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>so schnell wie möglich</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren …</translation>
    </message>
    <message>
        <source>Wrapper chain (%1)</source>
        <translation>Wrapper-Kette (%1)</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Media files (%1)</source>
        <translation>Mediendateien (%1)</translation>
    </message>
    <message>
        <source>Double-click a hop or press Enter to see its raw XML.</source>
        <translation>Doppelklick auf eine Station oder Eingabetaste zeigt ihr Roh-XML.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip in %1 s</source>
        <translation>Überspringen in %1 s</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>Player: %1</source>
        <translation>Player: %1</translation>
    </message>
    <message>
        <source>Beacons (%1)</source>
        <translation>Beacons (%1)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) resolved in %1 ms · %2 beacon(s): %3 tracked, %4 failed</source>
        <translation>
            <numerusform>%n Station in %1 ms aufgelöst · %2 Beacons: %3 erfasst, %4 fehlgeschlagen</numerusform>
            <numerusform>%n Stationen in %1 ms aufgelöst · %2 Beacons: %3 erfasst, %4 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Ad system</source>
        <translation>Ad-System</translation>
    </message>
    <message>
        <source>Ad id</source>
        <translation>Anzeigen-ID</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Skippable</source>
        <translation>Überspringbar</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>nach %1 s</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Mediendatei</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Click-through</source>
        <translation>Zielseite</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n source(s)…</source>
        <translation>
            <numerusform>Frage %n Quelle an…</numerusform>
            <numerusform>Frage %n Quellen an…</numerusform>
        </translation>
    </message>
    <message>
        <source>no source of %1 had an ad</source>
        <translation>keine der %1 Quellen hatte eine Anzeige</translation>
    </message>
    <message>
        <source>fallback %1 of %2 won</source>
        <translation>Ersatzquelle %1 von %2 hat gewonnen</translation>
    </message>
    <message>
        <source>source %1 of %2 won</source>
        <translation>Quelle %1 von %2 hat gewonnen</translation>
    </message>
    <message>
        <source>parallel</source>
        <translation>parallel</translation>
    </message>
    <message>
        <source>race</source>
        <translation>Wettlauf</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>nacheinander</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fallback(s)</source>
        <translation>
            <numerusform>%n Ersatzquelle</numerusform>
            <numerusform>%n Ersatzquellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Quellen…</translation>
    </message>
    <message>
        <source>Load several sources and fallbacks with a strategy (Ctrl+Shift+S)</source>
        <translation>Mehrere Quellen und Ersatzquellen mit einer Strategie laden (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Sources (%1) · winner #%2</source>
        <translation>Quellen (%1) · Gewinner Nr. %2</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Quellen (%1)</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Konformität</translation>
    </message>
    <message>
        <source>Compliance (%1 errors)</source>
        <translation>Konformität (%1 Fehler)</translation>
    </message>
    <message>
        <source>Compliance (%1 warnings)</source>
        <translation>Konformität (%1 Warnungen)</translation>
    </message>
    <message>
        <source>Compliance (no finding)</source>
        <translation>Konformität (kein Befund)</translation>
    </message>
</context>
<context>
    <name>MediaFileList</name>
    <message>
        <source>no size</source>
        <translation>keine Größe</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>no bitrate</source>
        <translation>keine Bitrate</translation>
    </message>
    <message>
        <source>progressive</source>
        <translation>progressiv</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>RawXmlDialog</name>
    <message>
        <source>Raw XML</source>
        <translation>Roh-XML</translation>
    </message>
    <message>
        <source>(no document was received)</source>
        <translation>(kein Dokument empfangen)</translation>
    </message>
    <message>
        <source>%1 — line %2, column %3</source>
        <translation>%1 — Zeile %2, Spalte %3</translation>
    </message>
</context>
<context>
    <name>SourceOutcomeView</name>
    <message numerus="yes">
        <source>all loads: %n request(s)</source>
        <translation>
            <numerusform>alle Ladevorgänge: %n Anfrage</numerusform>
            <numerusform>alle Ladevorgänge: %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>p50 %1 ms · p90 %2 ms</source>
        <translation>p50 %1 ms · p90 %2 ms</translation>
    </message>
    <message>
        <source>waiting for an answer…</source>
        <translation>wartet auf Antwort…</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>Gewinner</translation>
    </message>
    <message>
        <source>usable, not chosen</source>
        <translation>brauchbar, nicht gewählt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>fetch</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <source>parse</source>
        <translation>Parsen</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>select</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>track</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>No source loaded yet. Load a tag, or several with Sources…</source>
        <translation>Noch keine Quelle geladen. Laden Sie ein Tag oder mehrere über „Quellen…“.</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Ersatzquelle</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Gewinner</translation>
    </message>
    <message>
        <source>from cache</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>kein HTTP-Status</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s)</source>
        <translation>
            <numerusform>%n Station</numerusform>
            <numerusform>%n Stationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Error %1 (%2): %3</source>
        <translation>Fehler %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Load sources</source>
        <translation>Quellen laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>One tag per line: a URL or a file. Fallbacks are asked only when every source failed.</source>
        <translation>Ein Tag pro Zeile: eine URL oder eine Datei. Ersatzquellen werden nur gefragt, wenn alle Quellen fehlschlugen.</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Ersatzquellen</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Nacheinander</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Wettlauf</translation>
    </message>
    <message>
        <source>All at once; the first playable ad in source order wins.</source>
        <translation>Alle gleichzeitig; die erste abspielbare Anzeige in Quellenreihenfolge gewinnt.</translation>
    </message>
    <message>
        <source>All at once; the first playable answer wins, the others are aborted.</source>
        <translation>Alle gleichzeitig; die erste abspielbare Antwort gewinnt, die anderen werden abgebrochen.</translation>
    </message>
    <message>
        <source>One after the other; stops at the first playable ad.</source>
        <translation>Eine nach der anderen; hält bei der ersten abspielbaren Anzeige.</translation>
    </message>
    <message>
        <source>Timeout per request</source>
        <translation>Zeitlimit pro Anfrage</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Overall timeout</source>
        <translation>Gesamtzeitlimit</translation>
    </message>
    <message>
        <source>ms (0: no limit)</source>
        <translation>ms (0: kein Limit)</translation>
    </message>
    <message>
        <source>Content duration</source>
        <translation>Inhaltsdauer</translation>
    </message>
    <message>
        <source>s, places VMAP breaks (0: unknown)</source>
        <translation>s, platziert VMAP-Werbepausen (0: unbekannt)</translation>
    </message>
</context>
<context>
    <name>TrackingTimeline</name>
    <message>
        <source>tracked</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>wartet auf neuen Versuch</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beacon(s): %1 tracked, %2 failed</source>
        <translation>
            <numerusform>%n Beacon: %1 erfasst, %2 fehlgeschlagen</numerusform>
            <numerusform>%n Beacons: %1 erfasst, %2 fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TvExample</name>
    <message>
        <source>Tonight on VastQt TV</source>
        <translation>Heute Abend auf VastQt TV</translation>
    </message>
    <message>
        <source>Advertisement: %1</source>
        <translation>Werbung: %1</translation>
    </message>
    <message>
        <source>No ad: %1</source>
        <translation>Keine Werbung: %1</translation>
    </message>
    <message>
        <source>Loading the ad…</source>
        <translation>Werbung wird geladen …</translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <translation>%1 s von %2 s</translation>
    </message>
    <message>
        <source>Skip ad</source>
        <translation>Werbung überspringen</translation>
    </message>
    <message>
        <source>Skip in %1 s</source>
        <translation>Überspringen in %1 s</translation>
    </message>
    <message>
        <source>Movies</source>
        <translation>Filme</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <source>Headless playback (simulated clock)</source>
        <translation>Wiedergabe ohne Bild (simulierte Uhr)</translation>
    </message>
    <message>
        <source>Media file: %1</source>
        <translation>Mediendatei: %1</translation>
    </message>
</context>
<context>
    <name>WrapperChainView</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>VAST %1</source>
        <translation>VAST %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>kein HTTP-Status</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
</context>
</TS>
