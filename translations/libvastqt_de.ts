<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>VastQt::AdSelector</name>
    <message>
        <source>Ad %1 is a Wrapper; only an InLine ad can be played</source>
        <translation>Anzeige %1 ist ein Wrapper; nur eine InLine-Anzeige kann abgespielt werden</translation>
    </message>
    <message>
        <source>Ad %1 has no creatives</source>
        <translation>Anzeige %1 hat keine Creatives</translation>
    </message>
    <message>
        <source>Ad %1 has no Linear creative, only NonLinear ones</source>
        <translation>Anzeige %1 hat kein Linear-Creative, nur NonLinear-Creatives</translation>
    </message>
    <message>
        <source>Ad %1 has no Linear creative</source>
        <translation>Anzeige %1 hat kein Linear-Creative</translation>
    </message>
    <message>
        <source>Creative index %1 is out of range (ad %2 has %3 creatives)</source>
        <translation>Creative-Index %1 liegt außerhalb des Bereichs (Anzeige %2 hat %3 Creatives)</translation>
    </message>
    <message>
        <source>Creative %1 of ad %2 is not Linear</source>
        <translation>Creative %1 der Anzeige %2 ist nicht Linear</translation>
    </message>
    <message>
        <source>The filter rejects ad %1: %2</source>
        <translation>Der Filter lehnt Anzeige %1 ab: %2</translation>
    </message>
    <message>
        <source>Ad %1 has no MediaFile: %2</source>
        <translation>Anzeige %1 hat keine MediaFile: %2</translation>
    </message>
    <message>
        <source>The filter rejects every MediaFile of ad %1: %2</source>
        <translation>Der Filter lehnt jede MediaFile der Anzeige %1 ab: %2</translation>
    </message>
    <message>
        <source>No supported MediaFile in ad %1: %2</source>
        <translation>Keine unterstützte MediaFile in Anzeige %1: %2</translation>
    </message>
</context>
<context>
    <name>VastQt::Beacon</name>
    <message>
        <source>Invalid tracking URL: %1</source>
        <translation>Ungültige Tracking-URL: %1</translation>
    </message>
    <message>
        <source>No transport to send %1</source>
        <translation>Kein Transport zum Senden von %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Tracking request failed</source>
        <translation>Tracking-Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Tracking aborted</source>
        <translation>Tracking abgebrochen</translation>
    </message>
</context>
<context>
    <name>VastQt::BreakPlayer</name>
    <message>
        <source>Break %1 (%2) has no linear break type: %3</source>
        <translation>Werbepause %1 (%2) hat keinen linearen breakType: %3</translation>
    </message>
</context>
<context>
    <name>VastQt::CircuitBreakerMiddleware</name>
    <message>
        <source>Circuit breaker open for %1: %2 failures within %3 ms; next trial in %4 ms</source>
        <translation>Circuit Breaker offen für %1: %2 Fehler innerhalb von %3 ms; nächster Versuch in %4 ms</translation>
    </message>
</context>
<context>
    <name>VastQt::ComplianceValidator</name>
    <message>
        <source>&lt;InLine&gt; has no &lt;AdSystem&gt;</source>
        <translation>&lt;InLine&gt; hat kein &lt;AdSystem&gt;</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; has no &lt;AdTitle&gt;</source>
        <translation>&lt;InLine&gt; hat kein &lt;AdTitle&gt;</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; has no &lt;Impression&gt;</source>
        <translation>&lt;InLine&gt; hat keine &lt;Impression&gt;</translation>
    </message>
    <message>
        <source>a VAST 4.1+ &lt;InLine&gt; has no &lt;AdServingId&gt;</source>
        <translation>ein &lt;InLine&gt; ab VAST 4.1 hat keine &lt;AdServingId&gt;</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; has no &lt;Creative&gt;</source>
        <translation>&lt;InLine&gt; hat kein &lt;Creative&gt;</translation>
    </message>
    <message>
        <source>a VAST 4.1+ InLine &lt;Creative&gt; has no &lt;UniversalAdId&gt;</source>
        <translation>ein InLine-&lt;Creative&gt; ab VAST 4.1 hat keine &lt;UniversalAdId&gt;</translation>
    </message>
    <message>
        <source>&lt;Wrapper&gt; has no &lt;AdSystem&gt;</source>
        <translation>&lt;Wrapper&gt; hat kein &lt;AdSystem&gt;</translation>
    </message>
    <message>
        <source>&lt;Wrapper&gt; has no &lt;VASTAdTagURI&gt;</source>
        <translation>&lt;Wrapper&gt; hat keine &lt;VASTAdTagURI&gt;</translation>
    </message>
    <message>
        <source>InLine &lt;Linear&gt; has no &lt;Duration&gt;</source>
        <translation>InLine-&lt;Linear&gt; hat keine &lt;Duration&gt;</translation>
    </message>
    <message>
        <source>&lt;Duration&gt; &quot;%1&quot; is not HH:MM:SS or HH:MM:SS.mmm</source>
        <translation>&lt;Duration&gt; „%1“ ist nicht HH:MM:SS oder HH:MM:SS.mmm</translation>
    </message>
    <message>
        <source>InLine &lt;Linear&gt; has no &lt;MediaFile&gt;</source>
        <translation>InLine-&lt;Linear&gt; hat keine &lt;MediaFile&gt;</translation>
    </message>
    <message>
        <source>skipoffset &quot;%1&quot; is not HH:MM:SS[.mmm] or n%</source>
        <translation>skipoffset „%1“ ist nicht HH:MM:SS[.mmm] oder n%</translation>
    </message>
    <message>
        <source>skipoffset &quot;%1&quot; is after the end of the %2 ad: it cannot be skipped</source>
        <translation>skipoffset „%1“ liegt nach dem Ende der Anzeige von %2: sie lässt sich nicht überspringen</translation>
    </message>
    <message>
        <source>&lt;%1&gt; offset &quot;%2&quot; is not HH:MM:SS[.mmm] or n%</source>
        <translation>&lt;%1&gt; offset „%2“ ist nicht HH:MM:SS[.mmm] oder n%</translation>
    </message>
    <message>
        <source>&lt;%1&gt; offset &quot;%2&quot; is after the end of the %3 ad: it is never reached</source>
        <translation>&lt;%1&gt; offset „%2“ liegt nach dem Ende der Anzeige von %3: er wird nie erreicht</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no URI</source>
        <translation>&lt;%1&gt; hat keine URI</translation>
    </message>
    <message>
        <source>&lt;%1&gt; &quot;%2&quot; has no scheme (protocol-relative)</source>
        <translation>&lt;%1&gt; „%2“ hat kein Schema (protokollrelativ)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; &quot;%2&quot; is not an absolute URI</source>
        <translation>&lt;%1&gt; „%2“ ist keine absolute URI</translation>
    </message>
    <message>
        <source>the schema %1 could not be compiled</source>
        <translation>das Schema %1 ließ sich nicht übersetzen</translation>
    </message>
    <message>
        <source>no namespace</source>
        <translation>keinen Namensraum</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has %2; %3 asks for %4 (validated as if it had it)</source>
        <translation>&lt;%1&gt; hat %2; %3 verlangt %4 (geprüft, als hätte es ihn)</translation>
    </message>
    <message>
        <source>no document</source>
        <translation>kein Dokument</translation>
    </message>
    <message>
        <source>no document to check: %1</source>
        <translation>kein Dokument zu prüfen: %1</translation>
    </message>
    <message>
        <source>VAST 1.0 (&lt;VideoAdServingTemplate&gt;) is not supported: no IAB schema</source>
        <translation>VAST 1.0 (&lt;VideoAdServingTemplate&gt;) wird nicht unterstützt: kein IAB-Schema</translation>
    </message>
    <message>
        <source>the root element &lt;%1&gt; is neither &lt;VAST&gt; nor &lt;vmap:VMAP&gt;</source>
        <translation>das Wurzelelement &lt;%1&gt; ist weder &lt;VAST&gt; noch &lt;vmap:VMAP&gt;</translation>
    </message>
    <message>
        <source>no IAB schema for %1 version &quot;%2&quot;: not validated against a schema</source>
        <translation>kein IAB-Schema für %1 Version „%2“: nicht gegen ein Schema geprüft</translation>
    </message>
    <message>
        <source>no IAB schema for inline VAST version &quot;%1&quot;</source>
        <translation>kein IAB-Schema für eingebettetes VAST Version „%1“</translation>
    </message>
    <message>
        <source>VastQt was built without libxml2: %1 not checked</source>
        <translation>VastQt wurde ohne libxml2 gebaut: %1 nicht geprüft</translation>
    </message>
</context>
<context>
    <name>VastQt::ErrorCode</name>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>XML parsing error.</source>
        <translation>XML-Parsing-Fehler.</translation>
    </message>
    <message>
        <source>VAST schema validation error.</source>
        <translation>Fehler bei der Validierung gegen das VAST-Schema.</translation>
    </message>
    <message>
        <source>VAST version of response not supported.</source>
        <translation>Die VAST-Version der Antwort wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Trafficking error. Media player received an Ad type that it was not expecting and/or cannot play.</source>
        <translation>Trafficking-Fehler. Der Mediaplayer hat einen Anzeigentyp erhalten, den er nicht erwartet hat und/oder nicht abspielen kann.</translation>
    </message>
    <message>
        <source>Media player expecting different linearity.</source>
        <translation>Der Mediaplayer erwartet eine andere Linearität.</translation>
    </message>
    <message>
        <source>Media player expecting different duration.</source>
        <translation>Der Mediaplayer erwartet eine andere Dauer.</translation>
    </message>
    <message>
        <source>Media player expecting different size.</source>
        <translation>Der Mediaplayer erwartet eine andere Größe.</translation>
    </message>
    <message>
        <source>Ad category was required but not provided.</source>
        <translation>Eine Anzeigenkategorie war erforderlich, wurde aber nicht angegeben.</translation>
    </message>
    <message>
        <source>Inline Category violates Wrapper BlockedAdCategories (refer 3.19.2).</source>
        <translation>Die Category des InLine verstößt gegen die BlockedAdCategories des Wrappers (siehe 3.19.2).</translation>
    </message>
    <message>
        <source>Ad Break shortened. Ad was not served.</source>
        <translation>Werbepause gekürzt. Anzeige wurde nicht ausgeliefert.</translation>
    </message>
    <message>
        <source>General Wrapper error.</source>
        <translation>Allgemeiner Wrapper-Fehler.</translation>
    </message>
    <message>
        <source>Timeout of VAST URI provided in Wrapper element, or of VAST URI provided in a subsequent Wrapper element. (URI was either unavailable or reached a timeout as defined by the media player.)</source>
        <translation>Zeitüberschreitung der VAST-URI im Wrapper-Element oder der VAST-URI in einem folgenden Wrapper-Element. (Die URI war entweder nicht erreichbar oder hat eine vom Mediaplayer festgelegte Zeitgrenze überschritten.)</translation>
    </message>
    <message>
        <source>Wrapper limit reached, as defined by the media player. Too many Wrapper responses have been received with no InLine response.</source>
        <translation>Wrapper-Grenze erreicht, wie vom Mediaplayer festgelegt. Zu viele Wrapper-Antworten ohne InLine-Antwort erhalten.</translation>
    </message>
    <message>
        <source>No VAST response after one or more Wrappers.</source>
        <translation>Keine VAST-Antwort nach einem oder mehreren Wrappern.</translation>
    </message>
    <message>
        <source>InLine response returned ad unit that failed to result in ad display within defined time limit.</source>
        <translation>Die InLine-Antwort lieferte eine Anzeigeneinheit, die nicht innerhalb der festgelegten Zeitgrenze zur Anzeige kam.</translation>
    </message>
    <message>
        <source>General Linear error. Media player is unable to display the Linear Ad.</source>
        <translation>Allgemeiner Linear-Fehler. Der Mediaplayer kann die Linear-Anzeige nicht darstellen.</translation>
    </message>
    <message>
        <source>File not found. Unable to find Linear/MediaFile from URI.</source>
        <translation>Datei nicht gefunden. Linear/MediaFile unter der URI nicht auffindbar.</translation>
    </message>
    <message>
        <source>Timeout of MediaFile URI.</source>
        <translation>Zeitüberschreitung der MediaFile-URI.</translation>
    </message>
    <message>
        <source>Couldn&apos;t find MediaFile that is supported by this media player, based on the attributes of the MediaFile element.</source>
        <translation>Keine MediaFile gefunden, die dieser Mediaplayer anhand der Attribute des MediaFile-Elements unterstützt.</translation>
    </message>
    <message>
        <source>Problem displaying MediaFile. Media player found a MediaFile with supported type but couldn&apos;t display it. MediaFile may include: unsupported codecs, different MIME type than MediaFile@type, unsupported delivery method, etc.</source>
        <translation>Problem beim Darstellen der MediaFile. Der Mediaplayer hat eine MediaFile eines unterstützten Typs gefunden, konnte sie aber nicht darstellen. Mögliche Gründe: nicht unterstützte Codecs, ein anderer MIME-Typ als MediaFile@type, eine nicht unterstützte Auslieferungsart usw.</translation>
    </message>
    <message>
        <source>Mezzanine was required but not provided. Ad not served.</source>
        <translation>Mezzanine war erforderlich, wurde aber nicht angegeben. Anzeige nicht ausgeliefert.</translation>
    </message>
    <message>
        <source>Mezzanine is in the process of being downloaded for the first time. Download may take several hours. Ad will not be served until mezzanine is downloaded and transcoded.</source>
        <translation>Die Mezzanine-Datei wird zum ersten Mal heruntergeladen. Das kann mehrere Stunden dauern. Die Anzeige wird erst ausgeliefert, wenn die Mezzanine-Datei heruntergeladen und transkodiert ist.</translation>
    </message>
    <message>
        <source>Conditional ad rejected. (deprecated along with conditionalAd)</source>
        <translation>Bedingte Anzeige abgelehnt. (Zusammen mit conditionalAd veraltet.)</translation>
    </message>
    <message>
        <source>Interactive unit in the InteractiveCreativeFile node was not executed.</source>
        <translation>Die interaktive Einheit im Knoten InteractiveCreativeFile wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Verification unit in the Verification node was not executed.</source>
        <translation>Die Verifizierungseinheit im Knoten Verification wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Mezzanine was provided as required, but file did not meet required specification. Ad not served.</source>
        <translation>Mezzanine wurde wie gefordert angegeben, die Datei erfüllt aber nicht die geforderte Spezifikation. Anzeige nicht ausgeliefert.</translation>
    </message>
    <message>
        <source>General NonLinearAds error.</source>
        <translation>Allgemeiner NonLinearAds-Fehler.</translation>
    </message>
    <message>
        <source>Unable to display NonLinearAd because creative dimensions do not align with creative display area (i.e. creative dimension too large).</source>
        <translation>NonLinear-Anzeige kann nicht dargestellt werden, weil die Abmessungen des Creatives nicht zur Anzeigefläche passen (d. h. das Creative ist zu groß).</translation>
    </message>
    <message>
        <source>Unable to fetch NonLinearAds/NonLinear resource.</source>
        <translation>NonLinearAds/NonLinear-Ressource kann nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>Couldn&apos;t find NonLinear resource with supported type.</source>
        <translation>Keine NonLinear-Ressource eines unterstützten Typs gefunden.</translation>
    </message>
    <message>
        <source>General CompanionAds error.</source>
        <translation>Allgemeiner CompanionAds-Fehler.</translation>
    </message>
    <message>
        <source>Unable to display Companion because creative dimensions do not fit within Companion display area (i.e., no available space).</source>
        <translation>Companion kann nicht dargestellt werden, weil die Abmessungen des Creatives nicht in die Companion-Fläche passen (d. h. kein Platz frei).</translation>
    </message>
    <message>
        <source>Unable to display required Companion.</source>
        <translation>Erforderlicher Companion kann nicht dargestellt werden.</translation>
    </message>
    <message>
        <source>Unable to fetch CompanionAds/Companion resource.</source>
        <translation>CompanionAds/Companion-Ressource kann nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>Couldn&apos;t find Companion resource with supported type.</source>
        <translation>Keine Companion-Ressource eines unterstützten Typs gefunden.</translation>
    </message>
    <message>
        <source>Undefined Error.</source>
        <translation>Undefinierter Fehler.</translation>
    </message>
    <message>
        <source>General VPAID error.</source>
        <translation>Allgemeiner VPAID-Fehler.</translation>
    </message>
    <message>
        <source>General InteractiveCreativeFile error code.</source>
        <translation>Allgemeiner InteractiveCreativeFile-Fehler.</translation>
    </message>
    <message>
        <source>Unknown error code.</source>
        <translation>Unbekannter Fehlercode.</translation>
    </message>
</context>
<context>
    <name>VastQt::FetchError</name>
    <message>
        <source>Document %1 refused: %2</source>
        <translation>Dokument %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation>%1 kann nicht abgerufen werden: %2</translation>
    </message>
</context>
<context>
    <name>VastQt::FileTransport</name>
    <message>
        <source>No such file: %1</source>
        <translation>Datei nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>Not a file URL: %1</source>
        <translation>Keine Datei-URL: %1</translation>
    </message>
    <message>
        <source>FileTransport cannot serve the URL scheme &quot;%1&quot;</source>
        <translation>FileTransport kann das URL-Schema „%1“ nicht bedienen</translation>
    </message>
</context>
<context>
    <name>VastQt::GuardedXmlReader</name>
    <message>
        <source>elements are nested deeper than %1 levels</source>
        <translation>Elemente sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>DTD/entity declarations are not allowed</source>
        <translation>DTD- und Entity-Deklarationen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>could not copy the raw XML of &lt;%1&gt;</source>
        <translation>das rohe XML von &lt;%1&gt; konnte nicht kopiert werden</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&lt;%1&gt; attribute %2=&quot;%3&quot; is not a boolean, using %4</source>
        <translation>&lt;%1&gt;-Attribut %2=&quot;%3&quot; ist kein Wahrheitswert, %4 wird verwendet</translation>
    </message>
    <message>
        <source>the document is %1 bytes, more than the limit of %2 bytes</source>
        <translation>das Dokument hat %1 Bytes, mehr als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>the document ended early, inside the start tag of its root element</source>
        <translation>das Dokument endet vorzeitig, im Start-Tag seines Wurzelelements</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>leeres Dokument</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1 more warnings not shown</source>
        <translation>%1 weitere Warnungen nicht angezeigt</translation>
    </message>
    <message>
        <source>a start tag with more than %1 attributes; no VAST element has that many</source>
        <translation>ein Start-Tag mit mehr als %1 Attributen; kein VAST-Element hat so viele</translation>
    </message>
    <message>
        <source>a start tag of more than %1 bytes; no VAST element is that long</source>
        <translation>ein Start-Tag mit mehr als %1 Bytes; kein VAST-Element ist so lang</translation>
    </message>
    <message>
        <source>line %1: a bare &apos;&amp;&apos; is not well-formed XML; read as &quot;&amp;amp;&quot; (lines %2)</source>
        <translation>Zeile %1: ein einzelnes &apos;&amp;&apos; ist kein wohlgeformtes XML; als &quot;&amp;amp;&quot; gelesen (Zeilen %2)</translation>
    </message>
</context>
<context>
    <name>VastQt::HttpTransport</name>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>Keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes</source>
        <translation>Die Antwort ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>The response announces %1 bytes, more than the %2 allowed</source>
        <translation>Die Antwort kündigt %1 Bytes an, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>The %1-encoded response does not decode within %2 bytes: %3</source>
        <translation>Die %1-codierte Antwort lässt sich nicht innerhalb von %2 Bytes decodieren: %3</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>More than %1 redirects, the last one to %2</source>
        <translation>Mehr als %1 Weiterleitungen, die letzte nach %2</translation>
    </message>
    <message>
        <source>Redirect to an unsupported URL: %1</source>
        <translation>Weiterleitung zu einer nicht unterstützten URL: %1</translation>
    </message>
    <message>
        <source>Refused an insecure redirect from %1 to %2</source>
        <translation>Unsichere Weiterleitung von %1 nach %2 abgelehnt</translation>
    </message>
    <message>
        <source>The transport was destroyed</source>
        <translation>Der Transport wurde zerstört</translation>
    </message>
    <message>
        <source>HttpTransport cannot serve the URL scheme &quot;%1&quot;</source>
        <translation>HttpTransport kann das URL-Schema „%1“ nicht bedienen</translation>
    </message>
    <message>
        <source>Invalid URL: %1</source>
        <translation>Ungültige URL: %1</translation>
    </message>
</context>
<context>
    <name>VastQt::MediaFileSelector</name>
    <message>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <source>no URL</source>
        <translation>keine URL</translation>
    </message>
    <message>
        <source>needs apiFramework %1 (interactive, not played)</source>
        <translation>braucht apiFramework %1 (interaktiv, nicht abgespielt)</translation>
    </message>
    <message>
        <source>JavaScript creative (VPAID/interactive, not played)</source>
        <translation>JavaScript-Creative (VPAID/interaktiv, nicht abgespielt)</translation>
    </message>
    <message>
        <source>Flash creative (not played)</source>
        <translation>Flash-Creative (nicht abgespielt)</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>kein Typ</translation>
    </message>
    <message>
        <source>unsupported type %1</source>
        <translation>nicht unterstützter Typ %1</translation>
    </message>
    <message>
        <source>unknown delivery %1</source>
        <translation>unbekannter delivery-Wert %1</translation>
    </message>
    <message>
        <source>streaming delivery not allowed</source>
        <translation>Auslieferung per streaming nicht erlaubt</translation>
    </message>
    <message>
        <source>bitrate %1 kbit/s above the cap of %2 kbit/s</source>
        <translation>Bitrate %1 kbit/s über der Obergrenze von %2 kbit/s</translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>no MediaFile in the Linear creative (403)</source>
        <translation>keine MediaFile im Linear-Creative (403)</translation>
    </message>
    <message>
        <source>none of %1 MediaFiles is supported (403)</source>
        <translation>keine der %1 MediaFiles wird unterstützt (403)</translation>
    </message>
    <message>
        <source>candidate %1 of %2, played if the ones before it fail to load</source>
        <translation>Kandidat %1 von %2, abgespielt, wenn die vorherigen nicht laden</translation>
    </message>
    <message>
        <source>the only supported file</source>
        <translation>die einzige unterstützte Datei</translation>
    </message>
    <message>
        <source>closest to the %1x%2 player among %3 candidates</source>
        <translation>am nächsten am %1x%2-Player unter %3 Kandidaten</translation>
    </message>
    <message>
        <source>first of %1 candidates (player size unknown)</source>
        <translation>erster von %1 Kandidaten (Playergröße unbekannt)</translation>
    </message>
    <message>
        <source>progressive preferred to %1 streaming</source>
        <translation>progressive gegenüber %1 streaming bevorzugt</translation>
    </message>
</context>
<context>
    <name>VastQt::MemoryTransport</name>
    <message>
        <source>MemoryTransport does not serve the URL scheme &quot;%1&quot;</source>
        <translation>MemoryTransport bedient das URL-Schema „%1“ nicht</translation>
    </message>
    <message>
        <source>No memory response for %1</source>
        <translation>Keine Speicherantwort für %1</translation>
    </message>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>Keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>Simulated failure: %1</source>
        <translation>Simulierter Fehler: %1</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes</source>
        <translation>Die Antwort ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>VastQt::ParseFilter</name>
    <message>
        <source>the Linear has no Duration and the filter bounds it</source>
        <translation>das Linear hat keine Duration und der Filter begrenzt sie</translation>
    </message>
    <message>
        <source>duration %1 ms is below the minimum of %2 ms</source>
        <translation>Dauer %1 ms liegt unter dem Minimum von %2 ms</translation>
    </message>
    <message>
        <source>duration %1 ms is above the maximum of %2 ms</source>
        <translation>Dauer %1 ms liegt über dem Maximum von %2 ms</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is not one of %2</source>
        <translation>Typ „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>bitrate %1 kbit/s is below the minimum of %2 kbit/s</source>
        <translation>Bitrate %1 kbit/s liegt unter dem Minimum von %2 kbit/s</translation>
    </message>
    <message>
        <source>bitrate %1 kbit/s is above the maximum of %2 kbit/s</source>
        <translation>Bitrate %1 kbit/s liegt über dem Maximum von %2 kbit/s</translation>
    </message>
    <message>
        <source>size %1x%2 is not the required %3x%4</source>
        <translation>Größe %1x%2 ist nicht die geforderte %3x%4</translation>
    </message>
</context>
<context>
    <name>VastQt::Player</name>
    <message>
        <source>no Linear creative of ad %1 was selected</source>
        <translation>kein Linear-Creative der Anzeige %1 wurde ausgewählt</translation>
    </message>
    <message>
        <source>the Linear creative has no usable Duration</source>
        <translation>das Linear-Creative hat keine brauchbare Duration</translation>
    </message>
</context>
<context>
    <name>VastQt::PodPlayer</name>
    <message>
        <source>Ad %1 was refused when the ad was selected</source>
        <translation>Anzeige %1 wurde bei der Auswahl der Anzeige abgelehnt</translation>
    </message>
</context>
<context>
    <name>VastQt::ProtocolReply</name>
    <message>
        <source>Fetch aborted</source>
        <translation>Abruf abgebrochen</translation>
    </message>
    <message>
        <source>The source returned no ad</source>
        <translation>Die Quelle lieferte keine Anzeige</translation>
    </message>
    <message>
        <source>The VMAP document has no ad break</source>
        <translation>Das VMAP-Dokument hat keine Werbepause</translation>
    </message>
    <message>
        <source>Ad %1 came through a Wrapper; the AdSource says followRedirects=&quot;false&quot;</source>
        <translation>Anzeige %1 kam über einen Wrapper; die AdSource sagt followRedirects=&quot;false&quot;</translation>
    </message>
    <message>
        <source>The ad response of break %1 has no ad</source>
        <translation>Die Anzeigenantwort der Werbepause %1 enthält keine Anzeige</translation>
    </message>
    <message>
        <source>The inline VAST of break %1 does not parse</source>
        <translation>Das eingebettete VAST der Werbepause %1 lässt sich nicht parsen</translation>
    </message>
    <message>
        <source>Break %1: AdTagURI templateType &quot;proprietary&quot; is not supported</source>
        <translation>Werbepause %1: AdTagURI mit templateType &quot;proprietary&quot; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Break %1: CustomAdData (templateType &quot;%2&quot;) is not supported</source>
        <translation>Werbepause %1: CustomAdData (templateType &quot;%2&quot;) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Break %1 has no AdSource</source>
        <translation>Werbepause %1 hat keine AdSource</translation>
    </message>
    <message>
        <source>The VMAP document does not parse: %1</source>
        <translation>Das VMAP-Dokument lässt sich nicht parsen: %1</translation>
    </message>
</context>
<context>
    <name>VastQt::RealtimePlayer</name>
    <message>
        <source>invalid media</source>
        <translation>ungültiges Medium</translation>
    </message>
    <message>
        <source>The media cannot be played: %1</source>
        <translation>Das Medium kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>Media error: %1</source>
        <translation>Medienfehler: %1</translation>
    </message>
    <message>
        <source>%1 is not a media file (Content-Type &quot;%2&quot;): %3</source>
        <translation>%1 ist keine Mediendatei (Content-Type „%2“): %3</translation>
    </message>
    <message>
        <source>The media could not be decoded: %1</source>
        <translation>Das Medium konnte nicht decodiert werden: %1</translation>
    </message>
    <message>
        <source>Media playback failed: %1</source>
        <translation>Medienwiedergabe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>MediaFile %1 not found: %2 (%3)</source>
        <translation>MediaFile %1 nicht gefunden: %2 (%3)</translation>
    </message>
    <message>
        <source>MediaFile %1 timed out: %2 (%3)</source>
        <translation>Zeitüberschreitung bei MediaFile %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Media error: %1 (%2)</source>
        <translation>Medienfehler: %1 (%2)</translation>
    </message>
    <message>
        <source>MediaFile %1 not loaded within %2 ms</source>
        <translation>MediaFile %1 nicht innerhalb von %2 ms geladen</translation>
    </message>
    <message>
        <source>The media stalled at %1 ms for %2 ms</source>
        <translation>Das Medium stockte bei %1 ms für %2 ms</translation>
    </message>
    <message>
        <source>The MediaFile URL &quot;%1&quot; is not a valid absolute URL</source>
        <translation>Die MediaFile-URL „%1“ ist keine gültige absolute URL</translation>
    </message>
    <message>
        <source>No Qt Multimedia backend is available to play media</source>
        <translation>Kein Qt-Multimedia-Backend zum Abspielen von Medien verfügbar</translation>
    </message>
</context>
<context>
    <name>VastQt::ResolveReply</name>
    <message>
        <source>Wrapper resolution aborted</source>
        <translation>Wrapper-Auflösung abgebrochen</translation>
    </message>
</context>
<context>
    <name>VastQt::RoutingTransport</name>
    <message>
        <source>No transport for the URL scheme &quot;%1&quot;</source>
        <translation>Kein Transport für das URL-Schema „%1“</translation>
    </message>
</context>
<context>
    <name>VastQt::ServeReply</name>
    <message>
        <source>The orchestrator was destroyed</source>
        <translation>Der Orchestrator wurde zerstört</translation>
    </message>
    <message>
        <source>The %1 handler refuses the request: %2</source>
        <translation>Der Handler %1 lehnt die Anfrage ab: %2</translation>
    </message>
    <message>
        <source>No source configured</source>
        <translation>Keine Quelle konfiguriert</translation>
    </message>
    <message>
        <source>The source gave no ad within its deadline of %1 ms</source>
        <translation>Die Quelle lieferte innerhalb ihrer Frist von %1 ms keine Anzeige</translation>
    </message>
    <message>
        <source>The source returned no ad</source>
        <translation>Die Quelle lieferte keine Anzeige</translation>
    </message>
    <message>
        <source>Ad request aborted</source>
        <translation>Anzeigenanfrage abgebrochen</translation>
    </message>
    <message>
        <source>No ad within the overall timeout of %1 ms</source>
        <translation>Keine Anzeige innerhalb der Gesamtzeitgrenze von %1 ms</translation>
    </message>
</context>
<context>
    <name>VastQt::Transport</name>
    <message>
        <source>The transport was destroyed</source>
        <translation>Der Transport wurde zerstört</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>VastQt::TransportReply</name>
    <message>
        <source>Request aborted</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
</context>
<context>
    <name>VastQt::Upstream</name>
    <message>
        <source>The upstream was destroyed</source>
        <translation>Der Upstream wurde zerstört</translation>
    </message>
    <message>
        <source>The upstream has no transport</source>
        <translation>Der Upstream hat keinen Transport</translation>
    </message>
</context>
<context>
    <name>VastQt::UpstreamTransport</name>
    <message>
        <source>No upstream to send through</source>
        <translation>Kein Upstream zum Senden</translation>
    </message>
</context>
<context>
    <name>VastQt::VastParser</name>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (bei %2)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; attribute %2 read as %3</source>
        <translation>&lt;%1&gt;-Attribut %2 als %3 gelesen</translation>
    </message>
    <message>
        <source>&lt;%1&gt; attribute %2=&quot;%3&quot; is not a non-negative integer, ignored</source>
        <translation>&lt;%1&gt;-Attribut %2=&quot;%3&quot; ist keine nichtnegative ganze Zahl, ignoriert</translation>
    </message>
    <message>
        <source>&lt;%1&gt; attribute %2=&quot;%3&quot; is not a time (HH:MM:SS[.mmm]), ignored</source>
        <translation>&lt;%1&gt;-Attribut %2=&quot;%3&quot; ist keine Zeit (HH:MM:SS[.mmm]), ignoriert</translation>
    </message>
    <message>
        <source>VAST 1.0 (root element &lt;VideoAdServingTemplate&gt;) is not supported</source>
        <translation>VAST 1.0 (Wurzelelement &lt;VideoAdServingTemplate&gt;) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;VAST&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;VAST&gt;</translation>
    </message>
    <message>
        <source>&lt;VAST&gt; has no version attribute, read as VAST 4</source>
        <translation>&lt;VAST&gt; hat kein version-Attribut, als VAST 4 gelesen</translation>
    </message>
    <message>
        <source>VAST version &quot;%1&quot; is not supported (2.0 to 4.3 are)</source>
        <translation>VAST-Version „%1“ wird nicht unterstützt (2.0 bis 4.3 werden es)</translation>
    </message>
    <message>
        <source>VAST %1 is newer than 4.3, read as 4.3</source>
        <translation>VAST %1 ist neuer als 4.3, als 4.3 gelesen</translation>
    </message>
    <message>
        <source>more than %1 &lt;Ad&gt; elements, the rest is skipped</source>
        <translation>mehr als %1 &lt;Ad&gt;-Elemente, der Rest wird übersprungen</translation>
    </message>
    <message>
        <source>&lt;Ad id=&quot;%1&quot;&gt; has more than one &lt;InLine&gt;/&lt;Wrapper&gt;, the extra &lt;%2&gt; is skipped</source>
        <translation>&lt;Ad id=&quot;%1&quot;&gt; hat mehr als ein &lt;InLine&gt;/&lt;Wrapper&gt;, das zusätzliche &lt;%2&gt; wird übersprungen</translation>
    </message>
    <message>
        <source>&lt;Wrapper&gt; of &lt;Ad id=&quot;%1&quot;&gt; has no &lt;VASTAdTagURI&gt;, the ad is skipped</source>
        <translation>&lt;Wrapper&gt; von &lt;Ad id=&quot;%1&quot;&gt; hat kein &lt;VASTAdTagURI&gt;, die Anzeige wird übersprungen</translation>
    </message>
    <message>
        <source>&lt;Ad id=&quot;%1&quot;&gt; has neither &lt;InLine&gt; nor &lt;Wrapper&gt;, skipped</source>
        <translation>&lt;Ad id=&quot;%1&quot;&gt; hat weder &lt;InLine&gt; noch &lt;Wrapper&gt;, übersprungen</translation>
    </message>
    <message>
        <source>empty &lt;Impression&gt; skipped</source>
        <translation>leeres &lt;Impression&gt; übersprungen</translation>
    </message>
    <message>
        <source>&lt;Category authority=&quot;%1&quot;&gt; has no code</source>
        <translation>&lt;Category authority=&quot;%1&quot;&gt; hat keinen Code</translation>
    </message>
    <message>
        <source>&lt;Expires&gt; &quot;%1&quot; is not a number of seconds, ignored</source>
        <translation>&lt;Expires&gt; „%1“ ist keine Anzahl Sekunden, ignoriert</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; of &lt;Ad id=&quot;%1&quot;&gt; has no &lt;AdSystem&gt;</source>
        <translation>&lt;InLine&gt; von &lt;Ad id=&quot;%1&quot;&gt; hat kein &lt;AdSystem&gt;</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; of &lt;Ad id=&quot;%1&quot;&gt; has no &lt;AdTitle&gt;</source>
        <translation>&lt;InLine&gt; von &lt;Ad id=&quot;%1&quot;&gt; hat kein &lt;AdTitle&gt;</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; of &lt;Ad id=&quot;%1&quot;&gt; has no &lt;Impression&gt;</source>
        <translation>&lt;InLine&gt; von &lt;Ad id=&quot;%1&quot;&gt; hat keine &lt;Impression&gt;</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; of &lt;Ad id=&quot;%1&quot;&gt; has no &lt;Creatives&gt;</source>
        <translation>&lt;InLine&gt; von &lt;Ad id=&quot;%1&quot;&gt; hat keine &lt;Creatives&gt;</translation>
    </message>
    <message>
        <source>&lt;Wrapper&gt; of &lt;Ad id=&quot;%1&quot;&gt; has no &lt;Impression&gt;</source>
        <translation>&lt;Wrapper&gt; von &lt;Ad id=&quot;%1&quot;&gt; hat keine &lt;Impression&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; &quot;%2&quot; is a protocol-relative URI, resolved against the scheme of the document&apos;s URL (at %3)</source>
        <translation>&lt;%1&gt; „%2“ ist eine protokollrelative URI, aufgelöst mit dem Schema der URL des Dokuments (bei %3)</translation>
    </message>
    <message>
        <source>&lt;VASTAdTagURL&gt; is the VAST 2 legacy form of &lt;VASTAdTagURI&gt;; &quot;%1&quot; read as VASTAdTagURI (at %2)</source>
        <translation>&lt;VASTAdTagURL&gt; ist die veraltete VAST-2-Form von &lt;VASTAdTagURI&gt;; „%1“ als VASTAdTagURI gelesen (bei %2)</translation>
    </message>
    <message>
        <source>&lt;Creative id=&quot;%1&quot;&gt; has no &lt;Linear&gt;, &lt;NonLinearAds&gt; or &lt;CompanionAds&gt;, skipped</source>
        <translation>&lt;Creative id=&quot;%1&quot;&gt; hat weder &lt;Linear&gt;, &lt;NonLinearAds&gt; noch &lt;CompanionAds&gt;, übersprungen</translation>
    </message>
    <message>
        <source>&lt;UniversalAdId&gt; idValue &quot;%1&quot; differs from its content &quot;%2&quot;, using &quot;%3&quot;</source>
        <translation>&lt;UniversalAdId&gt; idValue „%1“ weicht von seinem Inhalt „%2“ ab, „%3“ wird verwendet</translation>
    </message>
    <message>
        <source>&lt;Linear&gt; skipoffset=&quot;%1&quot; is neither HH:MM:SS[.mmm] nor n%, the ad is read as not skippable</source>
        <translation>&lt;Linear&gt; skipoffset=&quot;%1&quot; ist weder HH:MM:SS[.mmm] noch n%, die Anzeige gilt als nicht überspringbar</translation>
    </message>
    <message>
        <source>&lt;Duration&gt; &quot;%1&quot; is in plain seconds, not HH:MM:SS[.mmm]; read as %2 (at %3)</source>
        <translation>&lt;Duration&gt; „%1“ ist in einfachen Sekunden, nicht HH:MM:SS[.mmm]; als %2 gelesen (bei %3)</translation>
    </message>
    <message>
        <source>&lt;Duration&gt; &quot;%1&quot; is not HH:MM:SS[.mmm]</source>
        <translation>&lt;Duration&gt; „%1“ ist nicht HH:MM:SS[.mmm]</translation>
    </message>
    <message>
        <source>&lt;Linear&gt; has no &lt;Duration&gt;</source>
        <translation>&lt;Linear&gt; hat keine &lt;Duration&gt;</translation>
    </message>
    <message>
        <source>&lt;Linear&gt; has no usable &lt;MediaFile&gt;</source>
        <translation>&lt;Linear&gt; hat keine brauchbare &lt;MediaFile&gt;</translation>
    </message>
    <message>
        <source>&lt;MediaFile id=&quot;%1&quot;&gt; has no URI, skipped</source>
        <translation>&lt;MediaFile id=&quot;%1&quot;&gt; hat keine URI, übersprungen</translation>
    </message>
    <message>
        <source>&lt;MediaFile id=&quot;%1&quot;&gt; has no type</source>
        <translation>&lt;MediaFile id=&quot;%1&quot;&gt; hat keinen Typ</translation>
    </message>
    <message>
        <source>&lt;Mezzanine&gt; has no URI, skipped</source>
        <translation>&lt;Mezzanine&gt; hat keine URI, übersprungen</translation>
    </message>
    <message>
        <source>&lt;InteractiveCreativeFile&gt; has no URI, skipped</source>
        <translation>&lt;InteractiveCreativeFile&gt; hat keine URI, übersprungen</translation>
    </message>
    <message>
        <source>&lt;ClosedCaptionFile&gt; has no URI, skipped</source>
        <translation>&lt;ClosedCaptionFile&gt; hat keine URI, übersprungen</translation>
    </message>
    <message>
        <source>&lt;Tracking&gt; without event, skipped</source>
        <translation>&lt;Tracking&gt; ohne event, übersprungen</translation>
    </message>
    <message>
        <source>&lt;Tracking event=&quot;%1&quot;&gt; has no URI, skipped</source>
        <translation>&lt;Tracking event=&quot;%1&quot;&gt; hat keine URI, übersprungen</translation>
    </message>
    <message>
        <source>&lt;Tracking event=&quot;progress&quot;&gt; has no offset, skipped</source>
        <translation>&lt;Tracking event=&quot;progress&quot;&gt; hat kein offset, übersprungen</translation>
    </message>
    <message>
        <source>&lt;Tracking event=&quot;progress&quot;&gt; offset=&quot;%1&quot; is neither HH:MM:SS[.mmm] nor n%</source>
        <translation>&lt;Tracking event=&quot;progress&quot;&gt; offset=&quot;%1&quot; ist weder HH:MM:SS[.mmm] noch n%</translation>
    </message>
    <message>
        <source>&lt;Icon program=&quot;%1&quot;&gt; has no resource</source>
        <translation>&lt;Icon program=&quot;%1&quot;&gt; hat keine Ressource</translation>
    </message>
    <message>
        <source>&lt;IconClickFallbackImage&gt; has no &lt;StaticResource&gt;, skipped</source>
        <translation>&lt;IconClickFallbackImage&gt; hat keine &lt;StaticResource&gt;, übersprungen</translation>
    </message>
    <message>
        <source>empty &lt;%1&gt; skipped</source>
        <translation>leeres &lt;%1&gt; übersprungen</translation>
    </message>
    <message>
        <source>&lt;Verification&gt; has no vendor</source>
        <translation>&lt;Verification&gt; hat keinen vendor</translation>
    </message>
    <message>
        <source>VAST %1 carries %2 &lt;Verification&gt; in &lt;Extension type=&quot;AdVerifications&quot;&gt;, the pre-4.1 form; read as &lt;AdVerifications&gt; (at %3)</source>
        <translation>VAST %1 enthält %2 &lt;Verification&gt; in &lt;Extension type=&quot;AdVerifications&quot;&gt;, der Form vor 4.1; als &lt;AdVerifications&gt; gelesen (bei %3)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; read as &lt;%2&gt;</source>
        <translation>&lt;%1&gt; als &lt;%2&gt; gelesen</translation>
    </message>
    <message>
        <source>&lt;Creative id=&quot;%1&quot;&gt; holds more than one kind of creative; &lt;%2&gt; is read as a creative of its own</source>
        <translation>&lt;Creative id=&quot;%1&quot;&gt; enthält mehr als eine Art von Creative; &lt;%2&gt; wird als eigenes Creative gelesen</translation>
    </message>
</context>
<context>
    <name>VastQt::VastProtocolHandler</name>
    <message>
        <source>playerSize has a negative side</source>
        <translation>playerSize hat eine negative Seite</translation>
    </message>
    <message>
        <source>contentDurationMs is below -1</source>
        <translation>contentDurationMs ist kleiner als -1</translation>
    </message>
    <message>
        <source>playheadPositionMs is below -1</source>
        <translation>playheadPositionMs ist kleiner als -1</translation>
    </message>
</context>
<context>
    <name>VastQt::VmapParser</name>
    <message>
        <source>could not copy the raw XML of &lt;%1&gt;</source>
        <translation>das rohe XML von &lt;%1&gt; konnte nicht kopiert werden</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;VMAP&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;VMAP&gt;</translation>
    </message>
    <message>
        <source>&lt;VMAP&gt; has no version attribute, read as VMAP 1.0</source>
        <translation>&lt;VMAP&gt; hat kein version-Attribut, als VMAP 1.0 gelesen</translation>
    </message>
    <message>
        <source>VMAP version &quot;%1&quot; is not supported (1.0 is)</source>
        <translation>VMAP-Version „%1“ wird nicht unterstützt (1.0 wird es)</translation>
    </message>
    <message>
        <source>more than %1 &lt;AdBreak&gt; elements, the rest is skipped</source>
        <translation>mehr als %1 &lt;AdBreak&gt;-Elemente, der Rest wird übersprungen</translation>
    </message>
    <message>
        <source>&lt;AdBreak&gt; has no timeOffset, it cannot be scheduled</source>
        <translation>&lt;AdBreak&gt; hat kein timeOffset, die Werbepause kann nicht eingeplant werden</translation>
    </message>
    <message>
        <source>&lt;AdBreak&gt; timeOffset=&quot;%1&quot; is not start, end, HH:MM:SS[.mmm], n% or #m</source>
        <translation>&lt;AdBreak&gt; timeOffset=&quot;%1&quot; ist weder start, end, HH:MM:SS[.mmm], n% noch #m</translation>
    </message>
    <message>
        <source>&lt;AdBreak&gt; repeatAfter=&quot;%1&quot; is not a positive time (HH:MM:SS[.mmm]), ignored</source>
        <translation>&lt;AdBreak&gt; repeatAfter=&quot;%1&quot; ist keine positive Zeit (HH:MM:SS[.mmm]), ignoriert</translation>
    </message>
    <message>
        <source>&lt;AdBreak&gt; breakType &quot;%1&quot; is not linear, nonlinear or display</source>
        <translation>&lt;AdBreak&gt; breakType „%1“ ist weder linear, nonlinear noch display</translation>
    </message>
    <message>
        <source>&lt;AdBreak&gt; has no breakType</source>
        <translation>&lt;AdBreak&gt; hat keinen breakType</translation>
    </message>
    <message>
        <source>&lt;AdSource&gt; has more than one ad data element, &lt;%1&gt; ignored</source>
        <translation>&lt;AdSource&gt; hat mehr als ein Anzeigendaten-Element, &lt;%1&gt; ignoriert</translation>
    </message>
    <message>
        <source>&lt;AdTagURI&gt; is empty</source>
        <translation>&lt;AdTagURI&gt; ist leer</translation>
    </message>
    <message>
        <source>&lt;AdSource&gt; holds no VASTAdData, AdTagURI or CustomAdData</source>
        <translation>&lt;AdSource&gt; enthält weder VASTAdData, AdTagURI noch CustomAdData</translation>
    </message>
    <message>
        <source>&lt;VASTAdData&gt; holds &lt;%1&gt;, not one &lt;VAST&gt;, ignored</source>
        <translation>&lt;VASTAdData&gt; enthält &lt;%1&gt;, nicht ein &lt;VAST&gt;, ignoriert</translation>
    </message>
    <message>
        <source>could not copy the inline &lt;VAST&gt;</source>
        <translation>das eingebettete &lt;VAST&gt; konnte nicht kopiert werden</translation>
    </message>
    <message>
        <source>inline VAST failed to parse (%1): %2</source>
        <translation>eingebettetes VAST lässt sich nicht parsen (%1): %2</translation>
    </message>
    <message>
        <source>inline VAST: %1</source>
        <translation>eingebettetes VAST: %1</translation>
    </message>
    <message>
        <source>&lt;VASTAdData&gt; holds no &lt;VAST&gt;</source>
        <translation>&lt;VASTAdData&gt; enthält kein &lt;VAST&gt;</translation>
    </message>
    <message>
        <source>&lt;Tracking&gt; without event or URI, skipped</source>
        <translation>&lt;Tracking&gt; ohne event oder URI, übersprungen</translation>
    </message>
    <message>
        <source>&lt;Tracking&gt; event &quot;%1&quot; is not breakStart, breakEnd or error</source>
        <translation>&lt;Tracking&gt; event „%1“ ist weder breakStart, breakEnd noch error</translation>
    </message>
</context>
<context>
    <name>VastQt::WrapperResolver</name>
    <message>
        <source>Empty response from %1</source>
        <translation>Leere Antwort von %1</translation>
    </message>
    <message>
        <source>No ad in the response</source>
        <translation>Keine Anzeige in der Antwort</translation>
    </message>
    <message>
        <source>The VAST response has no ad</source>
        <translation>Die VAST-Antwort enthält keine Anzeige</translation>
    </message>
    <message numerus="yes">
        <source>The InLine ad %1 has no creative after %n Wrapper(s)</source>
        <translation>
            <numerusform>Die InLine-Anzeige %1 hat nach %n Wrapper kein Creative</numerusform>
            <numerusform>Die InLine-Anzeige %1 hat nach %n Wrappern kein Creative</numerusform>
        </translation>
    </message>
    <message>
        <source>InLine category %1 is blocked by a Wrapper</source>
        <translation>InLine-Kategorie %1 wird von einem Wrapper blockiert</translation>
    </message>
    <message>
        <source>Wrapper limit of %1 reached</source>
        <translation>Wrapper-Grenze von %1 erreicht</translation>
    </message>
    <message>
        <source>Wrapper without VASTAdTagURI</source>
        <translation>Wrapper ohne VASTAdTagURI</translation>
    </message>
    <message>
        <source>Wrapper loop: %1 is already in the chain</source>
        <translation>Wrapper-Schleife: %1 ist schon in der Kette</translation>
    </message>
    <message>
        <source>Invalid VASTAdTagURI: %1</source>
        <translation>Ungültige VASTAdTagURI: %1</translation>
    </message>
    <message>
        <source>A Wrapper fetched over HTTP may only point to http(s), not %1</source>
        <translation>Ein über HTTP abgerufener Wrapper darf nur auf http(s) verweisen, nicht auf %1</translation>
    </message>
    <message numerus="yes">
        <source>No ad after %n Wrapper(s)</source>
        <translation>
            <numerusform>Keine Anzeige nach %n Wrapper</numerusform>
            <numerusform>Keine Anzeige nach %n Wrappern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No usable ad after %n Wrapper(s): the Wrapper forbids the ads returned</source>
        <translation>
            <numerusform>Keine brauchbare Anzeige nach %n Wrapper: der Wrapper verbietet die gelieferten Anzeigen</numerusform>
            <numerusform>Keine brauchbare Anzeige nach %n Wrappern: der Wrapper verbietet die gelieferten Anzeigen</numerusform>
        </translation>
    </message>
</context>
</TS>
