<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>VastQt::AdSelector</name>
    <message>
        <source>Ad %1 is a Wrapper; only an InLine ad can be played</source>
        <translation>L’annonce %1 est un Wrapper ; seule une annonce InLine peut être lue</translation>
    </message>
    <message>
        <source>Ad %1 has no creatives</source>
        <translation>L’annonce %1 n’a aucun creative</translation>
    </message>
    <message>
        <source>Ad %1 has no Linear creative, only NonLinear ones</source>
        <translation>L’annonce %1 n’a aucun creative Linear, seulement des NonLinear</translation>
    </message>
    <message>
        <source>Ad %1 has no Linear creative</source>
        <translation>L’annonce %1 n’a aucun creative Linear</translation>
    </message>
    <message>
        <source>Creative index %1 is out of range (ad %2 has %3 creatives)</source>
        <translation>L’indice de creative %1 est hors limites (l’annonce %2 a %3 creatives)</translation>
    </message>
    <message>
        <source>Creative %1 of ad %2 is not Linear</source>
        <translation>Le creative %1 de l’annonce %2 n’est pas Linear</translation>
    </message>
    <message>
        <source>The filter rejects ad %1: %2</source>
        <translation>Le filtre refuse l’annonce %1 : %2</translation>
    </message>
    <message>
        <source>Ad %1 has no MediaFile: %2</source>
        <translation>L’annonce %1 n’a aucun MediaFile : %2</translation>
    </message>
    <message>
        <source>The filter rejects every MediaFile of ad %1: %2</source>
        <translation>Le filtre refuse chaque MediaFile de l’annonce %1 : %2</translation>
    </message>
    <message>
        <source>No supported MediaFile in ad %1: %2</source>
        <translation>Aucun MediaFile pris en charge dans l’annonce %1 : %2</translation>
    </message>
</context>
<context>
    <name>VastQt::Beacon</name>
    <message>
        <source>Invalid tracking URL: %1</source>
        <translation>URL de suivi invalide : %1</translation>
    </message>
    <message>
        <source>No transport to send %1</source>
        <translation>Aucun transport pour envoyer %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>Tracking request failed</source>
        <translation>La requête de suivi a échoué</translation>
    </message>
    <message>
        <source>Tracking aborted</source>
        <translation>Suivi interrompu</translation>
    </message>
</context>
<context>
    <name>VastQt::BreakPlayer</name>
    <message>
        <source>Break %1 (%2) has no linear break type: %3</source>
        <translation>La coupure %1 (%2) n’a pas de breakType linéaire : %3</translation>
    </message>
</context>
<context>
    <name>VastQt::CircuitBreakerMiddleware</name>
    <message>
        <source>Circuit breaker open for %1: %2 failures within %3 ms; next trial in %4 ms</source>
        <translation>Disjoncteur ouvert pour %1 : %2 échecs en %3 ms ; prochain essai dans %4 ms</translation>
    </message>
</context>
<context>
    <name>VastQt::ComplianceValidator</name>
    <message>
        <source>&lt;InLine&gt; has no &lt;AdSystem&gt;</source>
        <translation>&lt;InLine&gt; n’a pas de &lt;AdSystem&gt;</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; has no &lt;AdTitle&gt;</source>
        <translation>&lt;InLine&gt; n’a pas de &lt;AdTitle&gt;</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; has no &lt;Impression&gt;</source>
        <translation>&lt;InLine&gt; n’a pas d’&lt;Impression&gt;</translation>
    </message>
    <message>
        <source>a VAST 4.1+ &lt;InLine&gt; has no &lt;AdServingId&gt;</source>
        <translation>un &lt;InLine&gt; VAST 4.1+ n’a pas d’&lt;AdServingId&gt;</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; has no &lt;Creative&gt;</source>
        <translation>&lt;InLine&gt; n’a pas de &lt;Creative&gt;</translation>
    </message>
    <message>
        <source>a VAST 4.1+ InLine &lt;Creative&gt; has no &lt;UniversalAdId&gt;</source>
        <translation>un &lt;Creative&gt; InLine VAST 4.1+ n’a pas d’&lt;UniversalAdId&gt;</translation>
    </message>
    <message>
        <source>&lt;Wrapper&gt; has no &lt;AdSystem&gt;</source>
        <translation>&lt;Wrapper&gt; n’a pas de &lt;AdSystem&gt;</translation>
    </message>
    <message>
        <source>&lt;Wrapper&gt; has no &lt;VASTAdTagURI&gt;</source>
        <translation>&lt;Wrapper&gt; n’a pas de &lt;VASTAdTagURI&gt;</translation>
    </message>
    <message>
        <source>InLine &lt;Linear&gt; has no &lt;Duration&gt;</source>
        <translation>&lt;Linear&gt; InLine n’a pas de &lt;Duration&gt;</translation>
    </message>
    <message>
        <source>&lt;Duration&gt; &quot;%1&quot; is not HH:MM:SS or HH:MM:SS.mmm</source>
        <translation>&lt;Duration&gt; « %1 » n’est pas HH:MM:SS ni HH:MM:SS.mmm</translation>
    </message>
    <message>
        <source>InLine &lt;Linear&gt; has no &lt;MediaFile&gt;</source>
        <translation>&lt;Linear&gt; InLine n’a pas de &lt;MediaFile&gt;</translation>
    </message>
    <message>
        <source>skipoffset &quot;%1&quot; is not HH:MM:SS[.mmm] or n%</source>
        <translation>skipoffset « %1 » n’est pas HH:MM:SS[.mmm] ni n%</translation>
    </message>
    <message>
        <source>skipoffset &quot;%1&quot; is after the end of the %2 ad: it cannot be skipped</source>
        <translation>skipoffset « %1 » est après la fin de l’annonce de %2 : elle ne peut pas être passée</translation>
    </message>
    <message>
        <source>&lt;%1&gt; offset &quot;%2&quot; is not HH:MM:SS[.mmm] or n%</source>
        <translation>&lt;%1&gt; offset « %2 » n’est pas HH:MM:SS[.mmm] ni n%</translation>
    </message>
    <message>
        <source>&lt;%1&gt; offset &quot;%2&quot; is after the end of the %3 ad: it is never reached</source>
        <translation>&lt;%1&gt; offset « %2 » est après la fin de l’annonce de %3 : il n’est jamais atteint</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no URI</source>
        <translation>&lt;%1&gt; n’a pas d’URI</translation>
    </message>
    <message>
        <source>&lt;%1&gt; &quot;%2&quot; has no scheme (protocol-relative)</source>
        <translation>&lt;%1&gt; « %2 » n’a pas de schéma (relatif au protocole)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; &quot;%2&quot; is not an absolute URI</source>
        <translation>&lt;%1&gt; « %2 » n’est pas une URI absolue</translation>
    </message>
    <message>
        <source>the schema %1 could not be compiled</source>
        <translation>le schéma %1 n’a pas pu être compilé</translation>
    </message>
    <message>
        <source>no namespace</source>
        <translation>aucun espace de noms</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has %2; %3 asks for %4 (validated as if it had it)</source>
        <translation>&lt;%1&gt; a %2 ; %3 demande %4 (validé comme s’il l’avait)</translation>
    </message>
    <message>
        <source>no document</source>
        <translation>aucun document</translation>
    </message>
    <message>
        <source>no document to check: %1</source>
        <translation>aucun document à vérifier : %1</translation>
    </message>
    <message>
        <source>VAST 1.0 (&lt;VideoAdServingTemplate&gt;) is not supported: no IAB schema</source>
        <translation>VAST 1.0 (&lt;VideoAdServingTemplate&gt;) n’est pas pris en charge : aucun schéma IAB</translation>
    </message>
    <message>
        <source>the root element &lt;%1&gt; is neither &lt;VAST&gt; nor &lt;vmap:VMAP&gt;</source>
        <translation>l’élément racine &lt;%1&gt; n’est ni &lt;VAST&gt; ni &lt;vmap:VMAP&gt;</translation>
    </message>
    <message>
        <source>no IAB schema for %1 version &quot;%2&quot;: not validated against a schema</source>
        <translation>aucun schéma IAB pour %1 version « %2 » : non validé par un schéma</translation>
    </message>
    <message>
        <source>no IAB schema for inline VAST version &quot;%1&quot;</source>
        <translation>aucun schéma IAB pour le VAST intégré version « %1 »</translation>
    </message>
    <message>
        <source>VastQt was built without libxml2: %1 not checked</source>
        <translation>VastQt a été compilé sans libxml2 : %1 non vérifié</translation>
    </message>
</context>
<context>
    <name>VastQt::ErrorCode</name>
    <message>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <source>XML parsing error.</source>
        <translation>Erreur d’analyse XML.</translation>
    </message>
    <message>
        <source>VAST schema validation error.</source>
        <translation>Erreur de validation du schéma VAST.</translation>
    </message>
    <message>
        <source>VAST version of response not supported.</source>
        <translation>Version VAST de la réponse non prise en charge.</translation>
    </message>
    <message>
        <source>Trafficking error. Media player received an Ad type that it was not expecting and/or cannot play.</source>
        <translation>Erreur de trafficking. Le lecteur média a reçu un type d’annonce qu’il n’attendait pas et/ou ne peut pas lire.</translation>
    </message>
    <message>
        <source>Media player expecting different linearity.</source>
        <translation>Le lecteur média attend une autre linéarité.</translation>
    </message>
    <message>
        <source>Media player expecting different duration.</source>
        <translation>Le lecteur média attend une autre durée.</translation>
    </message>
    <message>
        <source>Media player expecting different size.</source>
        <translation>Le lecteur média attend une autre taille.</translation>
    </message>
    <message>
        <source>Ad category was required but not provided.</source>
        <translation>Une catégorie d’annonce était requise mais n’a pas été fournie.</translation>
    </message>
    <message>
        <source>Inline Category violates Wrapper BlockedAdCategories (refer 3.19.2).</source>
        <translation>La Category de l’InLine enfreint les BlockedAdCategories du Wrapper (voir 3.19.2).</translation>
    </message>
    <message>
        <source>Ad Break shortened. Ad was not served.</source>
        <translation>Coupure publicitaire raccourcie. L’annonce n’a pas été diffusée.</translation>
    </message>
    <message>
        <source>General Wrapper error.</source>
        <translation>Erreur générale de Wrapper.</translation>
    </message>
    <message>
        <source>Timeout of VAST URI provided in Wrapper element, or of VAST URI provided in a subsequent Wrapper element. (URI was either unavailable or reached a timeout as defined by the media player.)</source>
        <translation>Délai dépassé pour l’URI VAST fournie dans l’élément Wrapper ou dans un élément Wrapper suivant. (L’URI était indisponible ou a dépassé un délai défini par le lecteur média.)</translation>
    </message>
    <message>
        <source>Wrapper limit reached, as defined by the media player. Too many Wrapper responses have been received with no InLine response.</source>
        <translation>Limite de Wrappers atteinte, telle que définie par le lecteur média. Trop de réponses Wrapper ont été reçues sans réponse InLine.</translation>
    </message>
    <message>
        <source>No VAST response after one or more Wrappers.</source>
        <translation>Aucune réponse VAST après un ou plusieurs Wrappers.</translation>
    </message>
    <message>
        <source>InLine response returned ad unit that failed to result in ad display within defined time limit.</source>
        <translation>La réponse InLine a renvoyé une unité publicitaire qui n’a pas pu être affichée dans le délai défini.</translation>
    </message>
    <message>
        <source>General Linear error. Media player is unable to display the Linear Ad.</source>
        <translation>Erreur Linear générale. Le lecteur média ne peut pas afficher l’annonce Linear.</translation>
    </message>
    <message>
        <source>File not found. Unable to find Linear/MediaFile from URI.</source>
        <translation>Fichier introuvable. Impossible de trouver le Linear/MediaFile à partir de l’URI.</translation>
    </message>
    <message>
        <source>Timeout of MediaFile URI.</source>
        <translation>Délai dépassé pour l’URI du MediaFile.</translation>
    </message>
    <message>
        <source>Couldn&apos;t find MediaFile that is supported by this media player, based on the attributes of the MediaFile element.</source>
        <translation>Aucun MediaFile pris en charge par ce lecteur média n’a été trouvé d’après les attributs de l’élément MediaFile.</translation>
    </message>
    <message>
        <source>Problem displaying MediaFile. Media player found a MediaFile with supported type but couldn&apos;t display it. MediaFile may include: unsupported codecs, different MIME type than MediaFile@type, unsupported delivery method, etc.</source>
        <translation>Problème d’affichage du MediaFile. Le lecteur média a trouvé un MediaFile d’un type pris en charge mais n’a pas pu l’afficher. Causes possibles : codecs non pris en charge, type MIME différent de MediaFile@type, mode de diffusion non pris en charge, etc.</translation>
    </message>
    <message>
        <source>Mezzanine was required but not provided. Ad not served.</source>
        <translation>Un Mezzanine était requis mais n’a pas été fourni. Annonce non diffusée.</translation>
    </message>
    <message>
        <source>Mezzanine is in the process of being downloaded for the first time. Download may take several hours. Ad will not be served until mezzanine is downloaded and transcoded.</source>
        <translation>Le Mezzanine est en cours de premier téléchargement. Le téléchargement peut prendre plusieurs heures. L’annonce ne sera pas diffusée tant que le Mezzanine n’est pas téléchargé et transcodé.</translation>
    </message>
    <message>
        <source>Conditional ad rejected. (deprecated along with conditionalAd)</source>
        <translation>Annonce conditionnelle refusée. (Obsolète, comme conditionalAd.)</translation>
    </message>
    <message>
        <source>Interactive unit in the InteractiveCreativeFile node was not executed.</source>
        <translation>L’unité interactive du nœud InteractiveCreativeFile n’a pas été exécutée.</translation>
    </message>
    <message>
        <source>Verification unit in the Verification node was not executed.</source>
        <translation>L’unité de vérification du nœud Verification n’a pas été exécutée.</translation>
    </message>
    <message>
        <source>Mezzanine was provided as required, but file did not meet required specification. Ad not served.</source>
        <translation>Le Mezzanine a été fourni comme requis, mais le fichier ne respecte pas la spécification exigée. Annonce non diffusée.</translation>
    </message>
    <message>
        <source>General NonLinearAds error.</source>
        <translation>Erreur NonLinearAds générale.</translation>
    </message>
    <message>
        <source>Unable to display NonLinearAd because creative dimensions do not align with creative display area (i.e. creative dimension too large).</source>
        <translation>Impossible d’afficher la NonLinearAd : les dimensions du creative ne correspondent pas à la zone d’affichage (c.-à-d. creative trop grand).</translation>
    </message>
    <message>
        <source>Unable to fetch NonLinearAds/NonLinear resource.</source>
        <translation>Impossible de récupérer la ressource NonLinearAds/NonLinear.</translation>
    </message>
    <message>
        <source>Couldn&apos;t find NonLinear resource with supported type.</source>
        <translation>Aucune ressource NonLinear d’un type pris en charge n’a été trouvée.</translation>
    </message>
    <message>
        <source>General CompanionAds error.</source>
        <translation>Erreur CompanionAds générale.</translation>
    </message>
    <message>
        <source>Unable to display Companion because creative dimensions do not fit within Companion display area (i.e., no available space).</source>
        <translation>Impossible d’afficher le Companion : les dimensions du creative ne tiennent pas dans la zone du Companion (c.-à-d. pas de place disponible).</translation>
    </message>
    <message>
        <source>Unable to display required Companion.</source>
        <translation>Impossible d’afficher le Companion requis.</translation>
    </message>
    <message>
        <source>Unable to fetch CompanionAds/Companion resource.</source>
        <translation>Impossible de récupérer la ressource CompanionAds/Companion.</translation>
    </message>
    <message>
        <source>Couldn&apos;t find Companion resource with supported type.</source>
        <translation>Aucune ressource Companion d’un type pris en charge n’a été trouvée.</translation>
    </message>
    <message>
        <source>Undefined Error.</source>
        <translation>Erreur non définie.</translation>
    </message>
    <message>
        <source>General VPAID error.</source>
        <translation>Erreur VPAID générale.</translation>
    </message>
    <message>
        <source>General InteractiveCreativeFile error code.</source>
        <translation>Erreur InteractiveCreativeFile générale.</translation>
    </message>
    <message>
        <source>Unknown error code.</source>
        <translation>Code d’erreur inconnu.</translation>
    </message>
</context>
<context>
    <name>VastQt::FetchError</name>
    <message>
        <source>Document %1 refused: %2</source>
        <translation>Document %1 refusé : %2</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation>Impossible de récupérer %1 : %2</translation>
    </message>
</context>
<context>
    <name>VastQt::FileTransport</name>
    <message>
        <source>No such file: %1</source>
        <translation>Fichier inexistant : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>Not a file URL: %1</source>
        <translation>Pas une URL de fichier : %1</translation>
    </message>
    <message>
        <source>FileTransport cannot serve the URL scheme &quot;%1&quot;</source>
        <translation>FileTransport ne peut pas servir le schéma d’URL « %1 »</translation>
    </message>
</context>
<context>
    <name>VastQt::GuardedXmlReader</name>
    <message>
        <source>elements are nested deeper than %1 levels</source>
        <translation>les éléments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>DTD/entity declarations are not allowed</source>
        <translation>les déclarations DTD/d’entités ne sont pas autorisées</translation>
    </message>
    <message>
        <source>could not copy the raw XML of &lt;%1&gt;</source>
        <translation>impossible de copier le XML brut de &lt;%1&gt;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>&lt;%1&gt; attribute %2=&quot;%3&quot; is not a boolean, using %4</source>
        <translation>l’attribut %2=&quot;%3&quot; de &lt;%1&gt; n’est pas un booléen, %4 est utilisé</translation>
    </message>
    <message>
        <source>the document is %1 bytes, more than the limit of %2 bytes</source>
        <translation>le document fait %1 octets, plus que la limite de %2 octets</translation>
    </message>
    <message>
        <source>the document ended early, inside the start tag of its root element</source>
        <translation>le document se termine trop tôt, dans la balise ouvrante de son élément racine</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>document vide</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>%1 more warnings not shown</source>
        <translation>%1 autres avertissements non affichés</translation>
    </message>
    <message>
        <source>a start tag with more than %1 attributes; no VAST element has that many</source>
        <translation>une balise ouvrante de plus de %1 attributs ; aucun élément VAST n&apos;en a autant</translation>
    </message>
    <message>
        <source>a start tag of more than %1 bytes; no VAST element is that long</source>
        <translation>une balise ouvrante de plus de %1 octets ; aucun élément VAST n&apos;est aussi long</translation>
    </message>
    <message>
        <source>line %1: a bare &apos;&amp;&apos; is not well-formed XML; read as &quot;&amp;amp;&quot; (lines %2)</source>
        <translation>ligne %1 : un &apos;&amp;&apos; isolé n&apos;est pas du XML bien formé ; lu comme &quot;&amp;amp;&quot; (lignes %2)</translation>
    </message>
</context>
<context>
    <name>VastQt::HttpTransport</name>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>Aucune réponse complète en %1 ms</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes</source>
        <translation>La réponse dépasse %1 octets</translation>
    </message>
    <message>
        <source>The response announces %1 bytes, more than the %2 allowed</source>
        <translation>La réponse annonce %1 octets, plus que les %2 autorisés</translation>
    </message>
    <message>
        <source>The %1-encoded response does not decode within %2 bytes: %3</source>
        <translation>La réponse encodée en %1 ne se décode pas en %2 octets : %3</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>More than %1 redirects, the last one to %2</source>
        <translation>Plus de %1 redirections, la dernière vers %2</translation>
    </message>
    <message>
        <source>Redirect to an unsupported URL: %1</source>
        <translation>Redirection vers une URL non prise en charge : %1</translation>
    </message>
    <message>
        <source>Refused an insecure redirect from %1 to %2</source>
        <translation>Redirection non sécurisée de %1 vers %2 refusée</translation>
    </message>
    <message>
        <source>The transport was destroyed</source>
        <translation>Le transport a été détruit</translation>
    </message>
    <message>
        <source>HttpTransport cannot serve the URL scheme &quot;%1&quot;</source>
        <translation>HttpTransport ne peut pas servir le schéma d’URL « %1 »</translation>
    </message>
    <message>
        <source>Invalid URL: %1</source>
        <translation>URL invalide : %1</translation>
    </message>
</context>
<context>
    <name>VastQt::MediaFileSelector</name>
    <message>
        <source>(no type)</source>
        <translation>(sans type)</translation>
    </message>
    <message>
        <source>no URL</source>
        <translation>pas d’URL</translation>
    </message>
    <message>
        <source>needs apiFramework %1 (interactive, not played)</source>
        <translation>nécessite l’apiFramework %1 (interactif, non lu)</translation>
    </message>
    <message>
        <source>JavaScript creative (VPAID/interactive, not played)</source>
        <translation>creative JavaScript (VPAID/interactif, non lu)</translation>
    </message>
    <message>
        <source>Flash creative (not played)</source>
        <translation>creative Flash (non lu)</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>pas de type</translation>
    </message>
    <message>
        <source>unsupported type %1</source>
        <translation>type %1 non pris en charge</translation>
    </message>
    <message>
        <source>unknown delivery %1</source>
        <translation>valeur de delivery %1 inconnue</translation>
    </message>
    <message>
        <source>streaming delivery not allowed</source>
        <translation>diffusion en streaming non autorisée</translation>
    </message>
    <message>
        <source>bitrate %1 kbit/s above the cap of %2 kbit/s</source>
        <translation>débit de %1 kbit/s au-dessus du plafond de %2 kbit/s</translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>filtre : %1</translation>
    </message>
    <message>
        <source>no MediaFile in the Linear creative (403)</source>
        <translation>aucun MediaFile dans le creative Linear (403)</translation>
    </message>
    <message>
        <source>none of %1 MediaFiles is supported (403)</source>
        <translation>aucun des %1 MediaFiles n’est pris en charge (403)</translation>
    </message>
    <message>
        <source>candidate %1 of %2, played if the ones before it fail to load</source>
        <translation>candidat %1 sur %2, lu si les précédents ne se chargent pas</translation>
    </message>
    <message>
        <source>the only supported file</source>
        <translation>le seul fichier pris en charge</translation>
    </message>
    <message>
        <source>closest to the %1x%2 player among %3 candidates</source>
        <translation>le plus proche du lecteur %1x%2 parmi %3 candidats</translation>
    </message>
    <message>
        <source>first of %1 candidates (player size unknown)</source>
        <translation>premier de %1 candidats (taille du lecteur inconnue)</translation>
    </message>
    <message>
        <source>progressive preferred to %1 streaming</source>
        <translation>progressive préféré à %1 streaming</translation>
    </message>
</context>
<context>
    <name>VastQt::MemoryTransport</name>
    <message>
        <source>MemoryTransport does not serve the URL scheme &quot;%1&quot;</source>
        <translation>MemoryTransport ne sert pas le schéma d’URL « %1 »</translation>
    </message>
    <message>
        <source>No memory response for %1</source>
        <translation>Aucune réponse en mémoire pour %1</translation>
    </message>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>Aucune réponse complète en %1 ms</translation>
    </message>
    <message>
        <source>Simulated failure: %1</source>
        <translation>Échec simulé : %1</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes</source>
        <translation>La réponse dépasse %1 octets</translation>
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
        <translation>le Linear n’a pas de Duration et le filtre la borne</translation>
    </message>
    <message>
        <source>duration %1 ms is below the minimum of %2 ms</source>
        <translation>durée de %1 ms sous le minimum de %2 ms</translation>
    </message>
    <message>
        <source>duration %1 ms is above the maximum of %2 ms</source>
        <translation>durée de %1 ms au-dessus du maximum de %2 ms</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is not one of %2</source>
        <translation>le type « %1 » n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>bitrate %1 kbit/s is below the minimum of %2 kbit/s</source>
        <translation>débit de %1 kbit/s sous le minimum de %2 kbit/s</translation>
    </message>
    <message>
        <source>bitrate %1 kbit/s is above the maximum of %2 kbit/s</source>
        <translation>débit de %1 kbit/s au-dessus du maximum de %2 kbit/s</translation>
    </message>
    <message>
        <source>size %1x%2 is not the required %3x%4</source>
        <translation>la taille %1x%2 n’est pas la taille requise %3x%4</translation>
    </message>
</context>
<context>
    <name>VastQt::Player</name>
    <message>
        <source>no Linear creative of ad %1 was selected</source>
        <translation>aucun creative Linear de l’annonce %1 n’a été sélectionné</translation>
    </message>
    <message>
        <source>the Linear creative has no usable Duration</source>
        <translation>le creative Linear n’a pas de Duration utilisable</translation>
    </message>
</context>
<context>
    <name>VastQt::PodPlayer</name>
    <message>
        <source>Ad %1 was refused when the ad was selected</source>
        <translation>L’annonce %1 a été refusée lors de sa sélection</translation>
    </message>
</context>
<context>
    <name>VastQt::ProtocolReply</name>
    <message>
        <source>Fetch aborted</source>
        <translation>Récupération interrompue</translation>
    </message>
    <message>
        <source>The source returned no ad</source>
        <translation>La source n’a renvoyé aucune annonce</translation>
    </message>
    <message>
        <source>The VMAP document has no ad break</source>
        <translation>Le document VMAP n’a aucune coupure publicitaire</translation>
    </message>
    <message>
        <source>Ad %1 came through a Wrapper; the AdSource says followRedirects=&quot;false&quot;</source>
        <translation>L’annonce %1 est arrivée par un Wrapper ; l’AdSource indique followRedirects=&quot;false&quot;</translation>
    </message>
    <message>
        <source>The ad response of break %1 has no ad</source>
        <translation>La réponse publicitaire de la coupure %1 ne contient aucune annonce</translation>
    </message>
    <message>
        <source>The inline VAST of break %1 does not parse</source>
        <translation>Le VAST intégré de la coupure %1 ne peut pas être analysé</translation>
    </message>
    <message>
        <source>Break %1: AdTagURI templateType &quot;proprietary&quot; is not supported</source>
        <translation>Coupure %1 : l’AdTagURI de templateType &quot;proprietary&quot; n’est pas pris en charge</translation>
    </message>
    <message>
        <source>Break %1: CustomAdData (templateType &quot;%2&quot;) is not supported</source>
        <translation>Coupure %1 : CustomAdData (templateType &quot;%2&quot;) n’est pas pris en charge</translation>
    </message>
    <message>
        <source>Break %1 has no AdSource</source>
        <translation>La coupure %1 n’a aucune AdSource</translation>
    </message>
    <message>
        <source>The VMAP document does not parse: %1</source>
        <translation>Le document VMAP ne peut pas être analysé : %1</translation>
    </message>
</context>
<context>
    <name>VastQt::RealtimePlayer</name>
    <message>
        <source>invalid media</source>
        <translation>média invalide</translation>
    </message>
    <message>
        <source>The media cannot be played: %1</source>
        <translation>Le média ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Media error: %1</source>
        <translation>Erreur média : %1</translation>
    </message>
    <message>
        <source>%1 is not a media file (Content-Type &quot;%2&quot;): %3</source>
        <translation>%1 n’est pas un fichier média (Content-Type « %2 ») : %3</translation>
    </message>
    <message>
        <source>The media could not be decoded: %1</source>
        <translation>Le média n’a pas pu être décodé : %1</translation>
    </message>
    <message>
        <source>Media playback failed: %1</source>
        <translation>La lecture du média a échoué : %1</translation>
    </message>
    <message>
        <source>MediaFile %1 not found: %2 (%3)</source>
        <translation>MediaFile %1 introuvable : %2 (%3)</translation>
    </message>
    <message>
        <source>MediaFile %1 timed out: %2 (%3)</source>
        <translation>Délai dépassé pour le MediaFile %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Media error: %1 (%2)</source>
        <translation>Erreur média : %1 (%2)</translation>
    </message>
    <message>
        <source>MediaFile %1 not loaded within %2 ms</source>
        <translation>MediaFile %1 non chargé en %2 ms</translation>
    </message>
    <message>
        <source>The media stalled at %1 ms for %2 ms</source>
        <translation>Le média s’est bloqué à %1 ms pendant %2 ms</translation>
    </message>
    <message>
        <source>The MediaFile URL &quot;%1&quot; is not a valid absolute URL</source>
        <translation>L’URL de MediaFile « %1 » n’est pas une URL absolue valide</translation>
    </message>
    <message>
        <source>No Qt Multimedia backend is available to play media</source>
        <translation>Aucun backend Qt Multimedia n’est disponible pour lire le média</translation>
    </message>
</context>
<context>
    <name>VastQt::ResolveReply</name>
    <message>
        <source>Wrapper resolution aborted</source>
        <translation>Résolution des Wrappers interrompue</translation>
    </message>
</context>
<context>
    <name>VastQt::RoutingTransport</name>
    <message>
        <source>No transport for the URL scheme &quot;%1&quot;</source>
        <translation>Aucun transport pour le schéma d’URL « %1 »</translation>
    </message>
</context>
<context>
    <name>VastQt::ServeReply</name>
    <message>
        <source>The orchestrator was destroyed</source>
        <translation>L’orchestrateur a été détruit</translation>
    </message>
    <message>
        <source>The %1 handler refuses the request: %2</source>
        <translation>Le gestionnaire %1 refuse la demande : %2</translation>
    </message>
    <message>
        <source>No source configured</source>
        <translation>Aucune source configurée</translation>
    </message>
    <message>
        <source>The source gave no ad within its deadline of %1 ms</source>
        <translation>La source n’a fourni aucune annonce dans son délai de %1 ms</translation>
    </message>
    <message>
        <source>The source returned no ad</source>
        <translation>La source n’a renvoyé aucune annonce</translation>
    </message>
    <message>
        <source>Ad request aborted</source>
        <translation>Demande d’annonce interrompue</translation>
    </message>
    <message>
        <source>No ad within the overall timeout of %1 ms</source>
        <translation>Aucune annonce dans le délai global de %1 ms</translation>
    </message>
</context>
<context>
    <name>VastQt::Transport</name>
    <message>
        <source>The transport was destroyed</source>
        <translation>Le transport a été détruit</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Aucune réponse en %1 ms</translation>
    </message>
</context>
<context>
    <name>VastQt::TransportReply</name>
    <message>
        <source>Request aborted</source>
        <translation>Requête interrompue</translation>
    </message>
</context>
<context>
    <name>VastQt::Upstream</name>
    <message>
        <source>The upstream was destroyed</source>
        <translation>L’upstream a été détruit</translation>
    </message>
    <message>
        <source>The upstream has no transport</source>
        <translation>L’upstream n’a aucun transport</translation>
    </message>
</context>
<context>
    <name>VastQt::UpstreamTransport</name>
    <message>
        <source>No upstream to send through</source>
        <translation>Aucun upstream par lequel envoyer</translation>
    </message>
</context>
<context>
    <name>VastQt::VastParser</name>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (à %2)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; attribute %2 read as %3</source>
        <translation>l’attribut %2 de &lt;%1&gt; est lu comme %3</translation>
    </message>
    <message>
        <source>&lt;%1&gt; attribute %2=&quot;%3&quot; is not a non-negative integer, ignored</source>
        <translation>l’attribut %2=&quot;%3&quot; de &lt;%1&gt; n’est pas un entier positif ou nul, ignoré</translation>
    </message>
    <message>
        <source>&lt;%1&gt; attribute %2=&quot;%3&quot; is not a time (HH:MM:SS[.mmm]), ignored</source>
        <translation>l’attribut %2=&quot;%3&quot; de &lt;%1&gt; n’est pas une durée (HH:MM:SS[.mmm]), ignoré</translation>
    </message>
    <message>
        <source>VAST 1.0 (root element &lt;VideoAdServingTemplate&gt;) is not supported</source>
        <translation>VAST 1.0 (élément racine &lt;VideoAdServingTemplate&gt;) n’est pas pris en charge</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;VAST&gt;</source>
        <translation>l’élément racine est &lt;%1&gt;, pas &lt;VAST&gt;</translation>
    </message>
    <message>
        <source>&lt;VAST&gt; has no version attribute, read as VAST 4</source>
        <translation>&lt;VAST&gt; n’a pas d’attribut version, lu comme VAST 4</translation>
    </message>
    <message>
        <source>VAST version &quot;%1&quot; is not supported (2.0 to 4.3 are)</source>
        <translation>la version VAST « %1 » n’est pas prise en charge (2.0 à 4.3 le sont)</translation>
    </message>
    <message>
        <source>VAST %1 is newer than 4.3, read as 4.3</source>
        <translation>VAST %1 est plus récent que 4.3, lu comme 4.3</translation>
    </message>
    <message>
        <source>more than %1 &lt;Ad&gt; elements, the rest is skipped</source>
        <translation>plus de %1 éléments &lt;Ad&gt;, le reste est ignoré</translation>
    </message>
    <message>
        <source>&lt;Ad id=&quot;%1&quot;&gt; has more than one &lt;InLine&gt;/&lt;Wrapper&gt;, the extra &lt;%2&gt; is skipped</source>
        <translation>&lt;Ad id=&quot;%1&quot;&gt; a plus d’un &lt;InLine&gt;/&lt;Wrapper&gt;, le &lt;%2&gt; en trop est ignoré</translation>
    </message>
    <message>
        <source>&lt;Wrapper&gt; of &lt;Ad id=&quot;%1&quot;&gt; has no &lt;VASTAdTagURI&gt;, the ad is skipped</source>
        <translation>le &lt;Wrapper&gt; de &lt;Ad id=&quot;%1&quot;&gt; n’a pas de &lt;VASTAdTagURI&gt;, l’annonce est ignorée</translation>
    </message>
    <message>
        <source>&lt;Ad id=&quot;%1&quot;&gt; has neither &lt;InLine&gt; nor &lt;Wrapper&gt;, skipped</source>
        <translation>&lt;Ad id=&quot;%1&quot;&gt; n’a ni &lt;InLine&gt; ni &lt;Wrapper&gt;, ignoré</translation>
    </message>
    <message>
        <source>empty &lt;Impression&gt; skipped</source>
        <translation>&lt;Impression&gt; vide ignoré</translation>
    </message>
    <message>
        <source>&lt;Category authority=&quot;%1&quot;&gt; has no code</source>
        <translation>&lt;Category authority=&quot;%1&quot;&gt; n’a pas de code</translation>
    </message>
    <message>
        <source>&lt;Expires&gt; &quot;%1&quot; is not a number of seconds, ignored</source>
        <translation>&lt;Expires&gt; « %1 » n’est pas un nombre de secondes, ignoré</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; of &lt;Ad id=&quot;%1&quot;&gt; has no &lt;AdSystem&gt;</source>
        <translation>l’&lt;InLine&gt; de &lt;Ad id=&quot;%1&quot;&gt; n’a pas de &lt;AdSystem&gt;</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; of &lt;Ad id=&quot;%1&quot;&gt; has no &lt;AdTitle&gt;</source>
        <translation>l’&lt;InLine&gt; de &lt;Ad id=&quot;%1&quot;&gt; n’a pas de &lt;AdTitle&gt;</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; of &lt;Ad id=&quot;%1&quot;&gt; has no &lt;Impression&gt;</source>
        <translation>l’&lt;InLine&gt; de &lt;Ad id=&quot;%1&quot;&gt; n’a pas d’&lt;Impression&gt;</translation>
    </message>
    <message>
        <source>&lt;InLine&gt; of &lt;Ad id=&quot;%1&quot;&gt; has no &lt;Creatives&gt;</source>
        <translation>l’&lt;InLine&gt; de &lt;Ad id=&quot;%1&quot;&gt; n’a pas de &lt;Creatives&gt;</translation>
    </message>
    <message>
        <source>&lt;Wrapper&gt; of &lt;Ad id=&quot;%1&quot;&gt; has no &lt;Impression&gt;</source>
        <translation>le &lt;Wrapper&gt; de &lt;Ad id=&quot;%1&quot;&gt; n’a pas d’&lt;Impression&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; &quot;%2&quot; is a protocol-relative URI, resolved against the scheme of the document&apos;s URL (at %3)</source>
        <translation>&lt;%1&gt; « %2 » est une URI relative au protocole, résolue avec le schéma de l’URL du document (à %3)</translation>
    </message>
    <message>
        <source>&lt;VASTAdTagURL&gt; is the VAST 2 legacy form of &lt;VASTAdTagURI&gt;; &quot;%1&quot; read as VASTAdTagURI (at %2)</source>
        <translation>&lt;VASTAdTagURL&gt; est l’ancienne forme VAST 2 de &lt;VASTAdTagURI&gt; ; « %1 » lu comme VASTAdTagURI (à %2)</translation>
    </message>
    <message>
        <source>&lt;Creative id=&quot;%1&quot;&gt; has no &lt;Linear&gt;, &lt;NonLinearAds&gt; or &lt;CompanionAds&gt;, skipped</source>
        <translation>&lt;Creative id=&quot;%1&quot;&gt; n’a ni &lt;Linear&gt;, ni &lt;NonLinearAds&gt;, ni &lt;CompanionAds&gt;, ignoré</translation>
    </message>
    <message>
        <source>&lt;UniversalAdId&gt; idValue &quot;%1&quot; differs from its content &quot;%2&quot;, using &quot;%3&quot;</source>
        <translation>l’idValue « %1 » de &lt;UniversalAdId&gt; diffère de son contenu « %2 », « %3 » est utilisé</translation>
    </message>
    <message>
        <source>&lt;Linear&gt; skipoffset=&quot;%1&quot; is neither HH:MM:SS[.mmm] nor n%, the ad is read as not skippable</source>
        <translation>&lt;Linear&gt; skipoffset=&quot;%1&quot; n’est ni HH:MM:SS[.mmm] ni n%, l’annonce est considérée comme impossible à passer</translation>
    </message>
    <message>
        <source>&lt;Duration&gt; &quot;%1&quot; is in plain seconds, not HH:MM:SS[.mmm]; read as %2 (at %3)</source>
        <translation>&lt;Duration&gt; « %1 » est en secondes simples, pas en HH:MM:SS[.mmm] ; lu comme %2 (à %3)</translation>
    </message>
    <message>
        <source>&lt;Duration&gt; &quot;%1&quot; is not HH:MM:SS[.mmm]</source>
        <translation>&lt;Duration&gt; « %1 » n’est pas au format HH:MM:SS[.mmm]</translation>
    </message>
    <message>
        <source>&lt;Linear&gt; has no &lt;Duration&gt;</source>
        <translation>&lt;Linear&gt; n’a pas de &lt;Duration&gt;</translation>
    </message>
    <message>
        <source>&lt;Linear&gt; has no usable &lt;MediaFile&gt;</source>
        <translation>&lt;Linear&gt; n’a aucun &lt;MediaFile&gt; utilisable</translation>
    </message>
    <message>
        <source>&lt;MediaFile id=&quot;%1&quot;&gt; has no URI, skipped</source>
        <translation>&lt;MediaFile id=&quot;%1&quot;&gt; n’a pas d’URI, ignoré</translation>
    </message>
    <message>
        <source>&lt;MediaFile id=&quot;%1&quot;&gt; has no type</source>
        <translation>&lt;MediaFile id=&quot;%1&quot;&gt; n’a pas de type</translation>
    </message>
    <message>
        <source>&lt;Mezzanine&gt; has no URI, skipped</source>
        <translation>&lt;Mezzanine&gt; n’a pas d’URI, ignoré</translation>
    </message>
    <message>
        <source>&lt;InteractiveCreativeFile&gt; has no URI, skipped</source>
        <translation>&lt;InteractiveCreativeFile&gt; n’a pas d’URI, ignoré</translation>
    </message>
    <message>
        <source>&lt;ClosedCaptionFile&gt; has no URI, skipped</source>
        <translation>&lt;ClosedCaptionFile&gt; n’a pas d’URI, ignoré</translation>
    </message>
    <message>
        <source>&lt;Tracking&gt; without event, skipped</source>
        <translation>&lt;Tracking&gt; sans event, ignoré</translation>
    </message>
    <message>
        <source>&lt;Tracking event=&quot;%1&quot;&gt; has no URI, skipped</source>
        <translation>&lt;Tracking event=&quot;%1&quot;&gt; n’a pas d’URI, ignoré</translation>
    </message>
    <message>
        <source>&lt;Tracking event=&quot;progress&quot;&gt; has no offset, skipped</source>
        <translation>&lt;Tracking event=&quot;progress&quot;&gt; n’a pas d’offset, ignoré</translation>
    </message>
    <message>
        <source>&lt;Tracking event=&quot;progress&quot;&gt; offset=&quot;%1&quot; is neither HH:MM:SS[.mmm] nor n%</source>
        <translation>&lt;Tracking event=&quot;progress&quot;&gt; offset=&quot;%1&quot; n’est ni HH:MM:SS[.mmm] ni n%</translation>
    </message>
    <message>
        <source>&lt;Icon program=&quot;%1&quot;&gt; has no resource</source>
        <translation>&lt;Icon program=&quot;%1&quot;&gt; n’a pas de ressource</translation>
    </message>
    <message>
        <source>&lt;IconClickFallbackImage&gt; has no &lt;StaticResource&gt;, skipped</source>
        <translation>&lt;IconClickFallbackImage&gt; n’a pas de &lt;StaticResource&gt;, ignoré</translation>
    </message>
    <message>
        <source>empty &lt;%1&gt; skipped</source>
        <translation>&lt;%1&gt; vide ignoré</translation>
    </message>
    <message>
        <source>&lt;Verification&gt; has no vendor</source>
        <translation>&lt;Verification&gt; n’a pas de vendor</translation>
    </message>
    <message>
        <source>VAST %1 carries %2 &lt;Verification&gt; in &lt;Extension type=&quot;AdVerifications&quot;&gt;, the pre-4.1 form; read as &lt;AdVerifications&gt; (at %3)</source>
        <translation>VAST %1 contient %2 &lt;Verification&gt; dans &lt;Extension type=&quot;AdVerifications&quot;&gt;, la forme antérieure à 4.1 ; lu comme &lt;AdVerifications&gt; (à %3)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; read as &lt;%2&gt;</source>
        <translation>&lt;%1&gt; lu comme &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&lt;Creative id=&quot;%1&quot;&gt; holds more than one kind of creative; &lt;%2&gt; is read as a creative of its own</source>
        <translation>&lt;Creative id=&quot;%1&quot;&gt; contient plusieurs sortes de creative ; &lt;%2&gt; est lu comme un creative à part</translation>
    </message>
</context>
<context>
    <name>VastQt::VastProtocolHandler</name>
    <message>
        <source>playerSize has a negative side</source>
        <translation>playerSize a un côté négatif</translation>
    </message>
    <message>
        <source>contentDurationMs is below -1</source>
        <translation>contentDurationMs est inférieur à -1</translation>
    </message>
    <message>
        <source>playheadPositionMs is below -1</source>
        <translation>playheadPositionMs est inférieur à -1</translation>
    </message>
</context>
<context>
    <name>VastQt::VmapParser</name>
    <message>
        <source>could not copy the raw XML of &lt;%1&gt;</source>
        <translation>impossible de copier le XML brut de &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;VMAP&gt;</source>
        <translation>l’élément racine est &lt;%1&gt;, pas &lt;VMAP&gt;</translation>
    </message>
    <message>
        <source>&lt;VMAP&gt; has no version attribute, read as VMAP 1.0</source>
        <translation>&lt;VMAP&gt; n’a pas d’attribut version, lu comme VMAP 1.0</translation>
    </message>
    <message>
        <source>VMAP version &quot;%1&quot; is not supported (1.0 is)</source>
        <translation>la version VMAP « %1 » n’est pas prise en charge (1.0 l’est)</translation>
    </message>
    <message>
        <source>more than %1 &lt;AdBreak&gt; elements, the rest is skipped</source>
        <translation>plus de %1 éléments &lt;AdBreak&gt;, le reste est ignoré</translation>
    </message>
    <message>
        <source>&lt;AdBreak&gt; has no timeOffset, it cannot be scheduled</source>
        <translation>&lt;AdBreak&gt; n’a pas de timeOffset, la coupure ne peut pas être planifiée</translation>
    </message>
    <message>
        <source>&lt;AdBreak&gt; timeOffset=&quot;%1&quot; is not start, end, HH:MM:SS[.mmm], n% or #m</source>
        <translation>&lt;AdBreak&gt; timeOffset=&quot;%1&quot; n’est ni start, ni end, ni HH:MM:SS[.mmm], ni n%, ni #m</translation>
    </message>
    <message>
        <source>&lt;AdBreak&gt; repeatAfter=&quot;%1&quot; is not a positive time (HH:MM:SS[.mmm]), ignored</source>
        <translation>&lt;AdBreak&gt; repeatAfter=&quot;%1&quot; n’est pas une durée positive (HH:MM:SS[.mmm]), ignoré</translation>
    </message>
    <message>
        <source>&lt;AdBreak&gt; breakType &quot;%1&quot; is not linear, nonlinear or display</source>
        <translation>&lt;AdBreak&gt; breakType « %1 » n’est ni linear, ni nonlinear, ni display</translation>
    </message>
    <message>
        <source>&lt;AdBreak&gt; has no breakType</source>
        <translation>&lt;AdBreak&gt; n’a pas de breakType</translation>
    </message>
    <message>
        <source>&lt;AdSource&gt; has more than one ad data element, &lt;%1&gt; ignored</source>
        <translation>&lt;AdSource&gt; a plus d’un élément de données d’annonce, &lt;%1&gt; ignoré</translation>
    </message>
    <message>
        <source>&lt;AdTagURI&gt; is empty</source>
        <translation>&lt;AdTagURI&gt; est vide</translation>
    </message>
    <message>
        <source>&lt;AdSource&gt; holds no VASTAdData, AdTagURI or CustomAdData</source>
        <translation>&lt;AdSource&gt; ne contient ni VASTAdData, ni AdTagURI, ni CustomAdData</translation>
    </message>
    <message>
        <source>&lt;VASTAdData&gt; holds &lt;%1&gt;, not one &lt;VAST&gt;, ignored</source>
        <translation>&lt;VASTAdData&gt; contient &lt;%1&gt;, pas un seul &lt;VAST&gt;, ignoré</translation>
    </message>
    <message>
        <source>could not copy the inline &lt;VAST&gt;</source>
        <translation>impossible de copier le &lt;VAST&gt; intégré</translation>
    </message>
    <message>
        <source>inline VAST failed to parse (%1): %2</source>
        <translation>le VAST intégré ne peut pas être analysé (%1) : %2</translation>
    </message>
    <message>
        <source>inline VAST: %1</source>
        <translation>VAST intégré : %1</translation>
    </message>
    <message>
        <source>&lt;VASTAdData&gt; holds no &lt;VAST&gt;</source>
        <translation>&lt;VASTAdData&gt; ne contient aucun &lt;VAST&gt;</translation>
    </message>
    <message>
        <source>&lt;Tracking&gt; without event or URI, skipped</source>
        <translation>&lt;Tracking&gt; sans event ni URI, ignoré</translation>
    </message>
    <message>
        <source>&lt;Tracking&gt; event &quot;%1&quot; is not breakStart, breakEnd or error</source>
        <translation>&lt;Tracking&gt; event « %1 » n’est ni breakStart, ni breakEnd, ni error</translation>
    </message>
</context>
<context>
    <name>VastQt::WrapperResolver</name>
    <message>
        <source>Empty response from %1</source>
        <translation>Réponse vide de %1</translation>
    </message>
    <message>
        <source>No ad in the response</source>
        <translation>Aucune annonce dans la réponse</translation>
    </message>
    <message>
        <source>The VAST response has no ad</source>
        <translation>La réponse VAST ne contient aucune annonce</translation>
    </message>
    <message numerus="yes">
        <source>The InLine ad %1 has no creative after %n Wrapper(s)</source>
        <translation>
            <numerusform>L’annonce InLine %1 n’a aucun creative après %n Wrapper</numerusform>
            <numerusform>L’annonce InLine %1 n’a aucun creative après %n Wrappers</numerusform>
        </translation>
    </message>
    <message>
        <source>InLine category %1 is blocked by a Wrapper</source>
        <translation>La catégorie InLine %1 est bloquée par un Wrapper</translation>
    </message>
    <message>
        <source>Wrapper limit of %1 reached</source>
        <translation>Limite de %1 Wrappers atteinte</translation>
    </message>
    <message>
        <source>Wrapper without VASTAdTagURI</source>
        <translation>Wrapper sans VASTAdTagURI</translation>
    </message>
    <message>
        <source>Wrapper loop: %1 is already in the chain</source>
        <translation>Boucle de Wrappers : %1 est déjà dans la chaîne</translation>
    </message>
    <message>
        <source>Invalid VASTAdTagURI: %1</source>
        <translation>VASTAdTagURI invalide : %1</translation>
    </message>
    <message>
        <source>A Wrapper fetched over HTTP may only point to http(s), not %1</source>
        <translation>Un Wrapper récupéré par HTTP ne peut pointer que vers http(s), pas vers %1</translation>
    </message>
    <message numerus="yes">
        <source>No ad after %n Wrapper(s)</source>
        <translation>
            <numerusform>Aucune annonce après %n Wrapper</numerusform>
            <numerusform>Aucune annonce après %n Wrappers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No usable ad after %n Wrapper(s): the Wrapper forbids the ads returned</source>
        <translation>
            <numerusform>Aucune annonce utilisable après %n Wrapper : le Wrapper interdit les annonces renvoyées</numerusform>
            <numerusform>Aucune annonce utilisable après %n Wrappers : le Wrapper interdit les annonces renvoyées</numerusform>
        </translation>
    </message>
</context>
</TS>
