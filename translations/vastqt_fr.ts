<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdBreakTimeline</name>
    <message>
        <source>Pre-roll</source>
        <translation>Pré-roll</translation>
    </message>
    <message>
        <source>Mid-roll</source>
        <translation>Mid-roll</translation>
    </message>
    <message>
        <source>Post-roll</source>
        <translation>Post-roll</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Coupure</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>en lecture</translation>
    </message>
    <message>
        <source>played</source>
        <translation>lue</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>no ad: VMAP error %1</source>
        <translation>aucune annonce : erreur VMAP %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ad(s) started</source>
        <translation>
            <numerusform>%n annonce démarrée</numerusform>
            <numerusform>%n annonces démarrées</numerusform>
        </translation>
    </message>
    <message>
        <source>ads from a tag</source>
        <translation>annonces d’un tag</translation>
    </message>
    <message>
        <source>custom ad data</source>
        <translation>données d’annonce propres</translation>
    </message>
    <message>
        <source>ad %1 of %2</source>
        <translation>annonce %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>pod of %n ad(s)</source>
        <translation>
            <numerusform>pod de %n annonce</numerusform>
            <numerusform>pod de %n annonces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad(s)</source>
        <translation>
            <numerusform>%n annonce</numerusform>
            <numerusform>%n annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>cue point #%1</source>
        <translation>point de repère n° %1</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>décalage %1</translation>
    </message>
    <message>
        <source>repetition %1</source>
        <translation>répétition %1</translation>
    </message>
    <message>
        <source>(ad %1)</source>
        <translation>(annonce %1)</translation>
    </message>
    <message>
        <source>VAST error %1: %2</source>
        <translation>erreur VAST %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ad break(s)</source>
        <translation>
            <numerusform>%n coupure publicitaire</numerusform>
            <numerusform>%n coupures publicitaires</numerusform>
        </translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>contenu %1</translation>
    </message>
    <message>
        <source>content duration unknown</source>
        <translation>durée du contenu inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n played</source>
        <translation>
            <numerusform>%n lue</numerusform>
            <numerusform>%n lues</numerusform>
        </translation>
    </message>
    <message>
        <source>playing: %1</source>
        <translation>en lecture : %1</translation>
    </message>
</context>
<context>
    <name>AdTreeModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>&quot;tag&quot; takes a URL or a file</source>
        <translation>&quot;tag&quot; attend une URL ou un fichier</translation>
    </message>
    <message>
        <source>&quot;seed&quot; is not an entry&apos;s option: session i of the batch uses --seed S+i</source>
        <translation>&quot;seed&quot; n&apos;est pas une option d&apos;une entrée : la session i du lot utilise --seed S+i</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value of the wrong type</source>
        <translation>&quot;%1&quot; a une valeur du mauvais type</translation>
    </message>
    <message>
        <source>%1/%2  %3 sessions/s  ETA %4  %5 errors</source>
        <translation>%1/%2  %3 sessions/s  reste %4  %5 erreurs</translation>
    </message>
    <message>
        <source>batch: %1/%2 sessions, %3 sessions/s, ETA %4, %5 errors</source>
        <translation>lot : %1/%2 sessions, %3 sessions/s, reste %4, %5 erreurs</translation>
    </message>
    <message>
        <source>cannot write the summary to %1: %2</source>
        <translation>impossible d&apos;écrire le résumé dans %1 : %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>an entry&apos;s TAG cannot be standard input</source>
        <translation>le TAG d&apos;une entrée ne peut pas être l&apos;entrée standard</translation>
    </message>
</context>
<context>
    <name>BeaconTable</name>
    <message>
        <source>tracked</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Instant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation>erreur %1 [%2] : %3</translation>
    </message>
    <message>
        <source>break %1 start: %2 (%3) at %4 ms</source>
        <translation>coupure %1, début : %2 (%3) à %4 ms</translation>
    </message>
    <message>
        <source>break %1 end</source>
        <translation>coupure %1, fin</translation>
    </message>
    <message>
        <source>ad: break %1, pod slot %2</source>
        <translation>annonce : coupure %1, place %2 du pod</translation>
    </message>
    <message>
        <source>hop: %1 %2 %3 %4 ms %5 bytes %6</source>
        <translation>saut : %1 %2 %3 %4 ms %5 octets %6</translation>
    </message>
    <message>
        <source>beacon: %1 @%2 ms -&gt; %3 (%4 attempt(s), %5 ms) %6</source>
        <translation>balise : %1 @%2 ms -&gt; %3 (%4 essai(s), %5 ms) %6</translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation>chargement de %1</translation>
    </message>
    <message>
        <source>demo ad server on %1</source>
        <translation>serveur publicitaire de démonstration sur %1</translation>
    </message>
    <message>
        <source>compliance: %1 document(s), %2 error finding(s)</source>
        <translation>conformité : %1 document(s), %2 constat(s) d’erreur</translation>
    </message>
    <message>
        <source>give --headless, --parse or --validate</source>
        <translation>indiquez --headless, --parse ou --validate</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: not a summary of vastqt-inspector</source>
        <translation>%1 : pas un résumé de vastqt-inspector</translation>
    </message>
    <message>
        <source>%1:%2: not a report of vastqt-inspector</source>
        <translation>%1:%2 : pas un rapport de vastqt-inspector</translation>
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message>
        <source>No document checked yet.</source>
        <translation>Aucun document vérifié pour l’instant.</translation>
    </message>
    <message>
        <source>Hop %1 · %2 %3</source>
        <translation>Étape %1 · %2 %3</translation>
    </message>
    <message>
        <source>Hop %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>checked against %1</source>
        <translation>vérifié avec %1</translation>
    </message>
    <message>
        <source>%1 not checked</source>
        <translation>%1 non vérifié</translation>
    </message>
    <message>
        <source>no schema</source>
        <translation>aucun schéma</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 erreur(s), %2 avertissement(s)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avert.</translation>
    </message>
</context>
<context>
    <name>ErrorList</name>
    <message>
        <source>fetch</source>
        <translation>récupération</translation>
    </message>
    <message>
        <source>parse</source>
        <translation>analyse</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>select</source>
        <translation>sélection</translation>
    </message>
    <message>
        <source>play</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>track</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>No VAST error.</source>
        <translation>Aucune erreur VAST.</translation>
    </message>
    <message>
        <source>Error %1 (%2): %3</source>
        <translation>Erreur %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>InspectorApp</name>
    <message>
        <source>VastQt Inspector</source>
        <translation>Inspecteur VastQt</translation>
    </message>
</context>
<context>
    <name>InspectorOptions</name>
    <message>
        <source>Run without a window: resolve, play (on a simulated clock unless --realtime), print a JSON report.</source>
        <translation>Exécuter sans fenêtre : résoudre, lire (sur une horloge simulée sauf avec --realtime), imprimer un rapport JSON.</translation>
    </message>
    <message>
        <source>Print the document model of TAG as JSON, without resolving or playing.</source>
        <translation>Imprimer le modèle de document de TAG en JSON, sans résoudre ni lire.</translation>
    </message>
    <message>
        <source>Use the embedded demo ad server (a 3-hop Wrapper chain) instead of TAG.</source>
        <translation>Utiliser le serveur publicitaire de démonstration intégré (une chaîne de 3 wrappers) au lieu de TAG.</translation>
    </message>
    <message>
        <source>Use the embedded demo ad server&apos;s VMAP playlist (a pre-roll pod of two ads, a mid-roll at 50% and a post-roll; content 60 s unless --content-duration) instead of TAG.</source>
        <translation>Utiliser la playlist VMAP du serveur publicitaire de démonstration intégré (un pod pre-roll de deux annonces, un mid-roll à 50 % et un post-roll ; contenu de 60 s sauf avec --content-duration) au lieu de TAG.</translation>
    </message>
    <message>
        <source>Play the MediaFile in real time with Qt Multimedia: in the window, as --mode realtime; with --headless, without a window or sound, instead of the simulated clock.</source>
        <translation>Lire le MediaFile en temps réel avec Qt Multimedia : dans la fenêtre, comme --mode realtime ; avec --headless, sans fenêtre ni son, au lieu de l’horloge simulée.</translation>
    </message>
    <message>
        <source>Playback mode of the window: realtime (video, default) or headless (simulated clock).</source>
        <translation>Mode de lecture de la fenêtre : realtime (vidéo, par défaut) ou headless (horloge simulée).</translation>
    </message>
    <message>
        <source>Speed factor of the simulated clock; 0 plays as fast as possible (default: the profile&apos;s, else 1).</source>
        <translation>Facteur de vitesse de l’horloge simulée ; 0 lit aussi vite que possible (par défaut : celui du profil, sinon 1).</translation>
    </message>
    <message>
        <source>Provider profile of the playback configuration: global, tiger, leto, yandex, google, custom, or one of ~/.config/vastqt/profiles or --profile-file.</source>
        <translation>Profil de fournisseur de la configuration de lecture : global, tiger, leto, yandex, google, custom, ou l’un de ~/.config/vastqt/profiles ou de --profile-file.</translation>
    </message>
    <message>
        <source>Load a provider profile from FILE (JSON; repeatable); without --profile, the last one is used.</source>
        <translation>Charger un profil de fournisseur depuis FILE (JSON ; répétable) ; sans --profile, le dernier est utilisé.</translation>
    </message>
    <message>
        <source>Publisher context of the playback configuration (from the profile&apos;s &quot;publishers&quot;).</source>
        <translation>Contexte d’éditeur de la configuration de lecture (dans « publishers » du profil).</translation>
    </message>
    <message>
        <source>Timeout of each request (wrapper hop, beacon attempt) in ms.</source>
        <translation>Délai de chaque requête (saut de wrapper, essai de balise) en ms.</translation>
    </message>
    <message>
        <source>Most Wrappers followed (1..10).</source>
        <translation>Nombre maximal de wrappers suivis (1..10).</translation>
    </message>
    <message>
        <source>Retries of a failed beacon.</source>
        <translation>Nouveaux essais d’une balise en échec.</translation>
    </message>
    <message>
        <source>Player size for MediaFile selection.</source>
        <translation>Taille du lecteur pour le choix du MediaFile.</translation>
    </message>
    <message>
        <source>An ad source (repeatable); TAG, if given, comes first.</source>
        <translation>Une source d’annonces (répétable) ; TAG, s’il est donné, vient en premier.</translation>
    </message>
    <message>
        <source>A fallback source (repeatable), tried only when every source failed.</source>
        <translation>Une source de secours (répétable), essayée seulement si toutes les sources ont échoué.</translation>
    </message>
    <message>
        <source>How sources are asked: sequential, parallel (first usable by source order) or race (first usable answer).</source>
        <translation>Comment les sources sont interrogées : sequential, parallel (la première utilisable dans l’ordre des sources) ou race (la première réponse utilisable).</translation>
    </message>
    <message>
        <source>Time for the whole ad request in ms (0: none).</source>
        <translation>Durée de toute la demande d’annonce en ms (0 : aucune limite).</translation>
    </message>
    <message>
        <source>Retries of a failed source request (timeout, 5xx), backoff from 200 ms, doubling.</source>
        <translation>Nouveaux essais d’une requête de source en échec (délai dépassé, 5xx), attente à partir de 200 ms, doublée à chaque fois.</translation>
    </message>
    <message>
        <source>Reject ads shorter than S seconds.</source>
        <translation>Refuser les annonces de moins de S secondes.</translation>
    </message>
    <message>
        <source>Reject ads longer than S seconds.</source>
        <translation>Refuser les annonces de plus de S secondes.</translation>
    </message>
    <message>
        <source>Accept only MediaFiles of this MIME type or top-level type (repeatable).</source>
        <translation>N’accepter que les MediaFiles de ce type MIME ou de ce type principal (répétable).</translation>
    </message>
    <message>
        <source>Reject MediaFiles below this bitrate.</source>
        <translation>Refuser les MediaFiles sous ce débit.</translation>
    </message>
    <message>
        <source>Reject MediaFiles above this bitrate.</source>
        <translation>Refuser les MediaFiles au-dessus de ce débit.</translation>
    </message>
    <message>
        <source>Accept only MediaFiles of exactly this size.</source>
        <translation>N’accepter que les MediaFiles de cette taille exacte.</translation>
    </message>
    <message>
        <source>VMAP: the duration of the content in ms, to place n% and end breaks.</source>
        <translation>VMAP : la durée du contenu en ms, pour placer les coupures n% et end.</translation>
    </message>
    <message>
        <source>Language of the window and the messages (de, fr, en...); default: the system&apos;s in the window, English on the command line.</source>
        <translation>Langue de la fenêtre et des messages (de, fr, en…) ; par défaut celle du système dans la fenêtre, l’anglais en ligne de commande.</translation>
    </message>
    <message>
        <source>Print the JSON on one line.</source>
        <translation>Imprimer le JSON sur une seule ligne.</translation>
    </message>
    <message>
        <source>No progress lines on standard error.</source>
        <translation>Pas de lignes de progression sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>Print the library&apos;s diagnostics (vastqt.* logging categories) on standard error.</source>
        <translation>Imprimer les diagnostics de la bibliothèque (catégories de journalisation vastqt.*) sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>--%1 is an option of the window: leave out --headless and --parse</source>
        <translation>--%1 est une option de la fenêtre : omettre --headless et --parse</translation>
    </message>
    <message>
        <source>--%1 goes with --headless or --parse</source>
        <translation>--%1 va avec --headless ou --parse</translation>
    </message>
    <message>
        <source>malformed profile: %1</source>
        <translation>profil mal formé : %1</translation>
    </message>
    <message>
        <source>no provider profile named %1 (known: %2)</source>
        <translation>aucun profil de fournisseur nommé %1 (connus : %2)</translation>
    </message>
    <message>
        <source>--%1 goes with --headless or the window, not with --parse</source>
        <translation>--%1 va avec --headless ou la fenêtre, pas avec --parse</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds &gt;= 0</source>
        <translation>--%1 attend un nombre de secondes &gt;= 0</translation>
    </message>
    <message>
        <source>--%1 takes a bitrate in kbit/s &gt; 0</source>
        <translation>--%1 attend un débit en kbit/s &gt; 0</translation>
    </message>
    <message>
        <source>--%1 takes an http(s) or file URL, or a file: %2</source>
        <translation>--%1 attend une URL http(s) ou file, ou un fichier : %2</translation>
    </message>
    <message>
        <source>Inspects a VAST ad tag: wrapper chain, ad, media files, playback and tracking beacons. Without --headless or --parse it opens a window.</source>
        <translation>Inspecte un tag publicitaire VAST : chaîne de wrappers, annonce, fichiers média, lecture et balises de suivi. Sans --headless ni --parse, il ouvre une fenêtre.</translation>
    </message>
    <message>
        <source>An http(s) URL, a file, or - for standard input.</source>
        <translation>Une URL http(s), un fichier ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>--speed takes a number &gt;= 0</source>
        <translation>--speed attend un nombre &gt;= 0</translation>
    </message>
    <message>
        <source>--mode takes realtime or headless</source>
        <translation>--mode attend realtime ou headless</translation>
    </message>
    <message>
        <source>--realtime plays at the media&apos;s own pace; --speed does not apply</source>
        <translation>--realtime lit au rythme du média ; --speed ne s’applique pas</translation>
    </message>
    <message>
        <source>--timeout takes a number of milliseconds &gt; 0</source>
        <translation>--timeout attend un nombre de millisecondes &gt; 0</translation>
    </message>
    <message>
        <source>--max-depth takes a number from 1 to 10</source>
        <translation>--max-depth attend un nombre de 1 à 10</translation>
    </message>
    <message>
        <source>--retries takes a number &gt;= 0</source>
        <translation>--retries attend un nombre &gt;= 0</translation>
    </message>
    <message>
        <source>--content-duration takes a number of milliseconds &gt;= 0</source>
        <translation>--content-duration attend un nombre de millisecondes &gt;= 0</translation>
    </message>
    <message>
        <source>--player-size takes WIDTHxHEIGHT, e.g. 1280x720</source>
        <translation>--player-size attend LARGEURxHAUTEUR, par exemple 1280x720</translation>
    </message>
    <message>
        <source>--demo and --demo-vmap take no TAG, and only one of them</source>
        <translation>--demo et --demo-vmap ne prennent pas de TAG, et un seul des deux</translation>
    </message>
    <message>
        <source>give at most one TAG (see --help)</source>
        <translation>indiquer au plus un TAG (voir --help)</translation>
    </message>
    <message>
        <source>give exactly one TAG (see --help)</source>
        <translation>indiquer exactement un TAG (voir --help)</translation>
    </message>
    <message>
        <source>no such file: %1 (TAG is an http(s) URL, a file or - for stdin)</source>
        <translation>fichier introuvable : %1 (TAG est une URL http(s), un fichier ou - pour l’entrée standard)</translation>
    </message>
    <message>
        <source>--source and --fallback do not go with a TAG from standard input</source>
        <translation>--source et --fallback ne vont pas avec un TAG lu sur l’entrée standard</translation>
    </message>
    <message>
        <source>--strategy takes sequential, parallel or race</source>
        <translation>--strategy attend sequential, parallel ou race</translation>
    </message>
    <message>
        <source>--overall-timeout takes a number of milliseconds &gt;= 0</source>
        <translation>--overall-timeout attend un nombre de millisecondes &gt;= 0</translation>
    </message>
    <message>
        <source>--source-retries takes a number &gt;= 0</source>
        <translation>--source-retries attend un nombre &gt;= 0</translation>
    </message>
    <message>
        <source>--dimensions takes WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--dimensions attend LARGEURxHAUTEUR, par exemple 1920x1080</translation>
    </message>
    <message>
        <source>no display: use --headless, or run under xvfb-run</source>
        <translation>pas d’affichage : utiliser --headless, ou lancer sous xvfb-run</translation>
    </message>
    <message>
        <source>cannot start the demo ad server on 127.0.0.1</source>
        <translation>impossible de démarrer le serveur publicitaire de démonstration sur 127.0.0.1</translation>
    </message>
    <message>
        <source>Resolve the chain of TAG and print only its compliance report (IAB XSD and spec rules, per hop) as JSON; exit 0 without an error finding, 1 with one.</source>
        <translation>Résoudre la chaîne de TAG et n’afficher que son rapport de conformité (XSD de l’IAB et règles de la spécification, par étape) en JSON ; code de sortie 0 sans constat d’erreur, 1 avec.</translation>
    </message>
    <message>
        <source>--%1 goes with --headless or --parse, or --validate</source>
        <translation>--%1 va avec --headless ou --parse, ou avec --validate</translation>
    </message>
    <message>
        <source>--%1 does not go with --validate</source>
        <translation>--%1 ne va pas avec --validate</translation>
    </message>
    <message>
        <source>--validate does not go with --headless or --parse</source>
        <translation>--validate ne va pas avec --headless ou --parse</translation>
    </message>
    <message>
        <source>Run one --headless session per line of FILE (- for standard input): a TAG, or a JSON object of options (README); print one compact report per session (JSON Lines).</source>
        <translation>Lancer une session --headless par ligne de FILE (- pour l&apos;entrée standard) : un TAG, ou un objet JSON d&apos;options (README) ; afficher un rapport compact par session (JSON Lines).</translation>
    </message>
    <message>
        <source>Print the summary of the reports (JSON Lines) and summaries in the files given as arguments.</source>
        <translation>Afficher le résumé des rapports (JSON Lines) et des résumés contenus dans les fichiers donnés en arguments.</translation>
    </message>
    <message>
        <source>Seed of the simulated viewer&apos;s draws (default 1); with --batch, session i uses S+i.</source>
        <translation>Graine des tirages du spectateur simulé (1 par défaut) ; avec --batch, la session i utilise S+i.</translation>
    </message>
    <message>
        <source>What the simulated viewer does (repeatable), e.g. {&quot;action&quot;:&quot;skip&quot;,&quot;minOffsetMs&quot;:5000,&quot;probability&quot;:0.5}.</source>
        <translation>Ce que fait le spectateur simulé (répétable), par exemple {&quot;action&quot;:&quot;skip&quot;,&quot;minOffsetMs&quot;:5000,&quot;probability&quot;:0.5}.</translation>
    </message>
    <message>
        <source>Runs of each input line (--batch).</source>
        <translation>Exécutions de chaque ligne d&apos;entrée (--batch).</translation>
    </message>
    <message>
        <source>Sessions at once, in one process (--batch).</source>
        <translation>Sessions simultanées, dans un seul processus (--batch).</translation>
    </message>
    <message>
        <source>Print each report as its session finishes, not in input order (--batch).</source>
        <translation>Afficher chaque rapport dès la fin de sa session, pas dans l&apos;ordre d&apos;entrée (--batch).</translation>
    </message>
    <message>
        <source>Run only every N-th input line, starting at line I (from 0) (--batch).</source>
        <translation>N&apos;exécuter qu&apos;une ligne d&apos;entrée sur N, à partir de la ligne I (comptée depuis 0) (--batch).</translation>
    </message>
    <message>
        <source>Write the summary of the run to FILE (--batch).</source>
        <translation>Écrire le résumé de l&apos;exécution dans FILE (--batch).</translation>
    </message>
    <message>
        <source>--%1 does not go with --batch</source>
        <translation>--%1 ne va pas avec --batch</translation>
    </message>
    <message>
        <source>--%1 does not go with --summarize</source>
        <translation>--%1 ne va pas avec --summarize</translation>
    </message>
    <message>
        <source>--%1 goes with --batch</source>
        <translation>--%1 va avec --batch</translation>
    </message>
    <message>
        <source>--%1 goes with --summarize</source>
        <translation>--%1 va avec --summarize</translation>
    </message>
    <message>
        <source>--%1 goes with --headless or --batch</source>
        <translation>--%1 va avec --headless ou --batch</translation>
    </message>
    <message>
        <source>--seed takes a number from 0 to 4294967295</source>
        <translation>--seed attend un nombre de 0 à 4294967295</translation>
    </message>
    <message>
        <source>--interaction takes a JSON rule such as {&quot;action&quot;:&quot;skip&quot;,&quot;minOffsetMs&quot;:5000}: %1</source>
        <translation>--interaction attend une règle JSON comme {&quot;action&quot;:&quot;skip&quot;,&quot;minOffsetMs&quot;:5000} : %1</translation>
    </message>
    <message>
        <source>--repeat takes a number &gt;= 1</source>
        <translation>--repeat attend un nombre &gt;= 1</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 10000</source>
        <translation>--jobs attend un nombre de 1 à 10000</translation>
    </message>
    <message>
        <source>--shard takes I/N with 0 &lt;= I &lt; N, e.g. 0/3</source>
        <translation>--shard attend I/N avec 0 &lt;= I &lt; N, par exemple 0/3</translation>
    </message>
    <message>
        <source>--batch reads its tags from FILE: no --demo or --demo-vmap</source>
        <translation>--batch lit ses tags dans FILE : pas de --demo ni de --demo-vmap</translation>
    </message>
    <message>
        <source>--batch reads its tags from FILE: give no TAG</source>
        <translation>--batch lit ses tags dans FILE : ne donnez pas de TAG</translation>
    </message>
    <message>
        <source>--summarize takes one or more files of reports or summaries</source>
        <translation>--summarize attend un ou plusieurs fichiers de rapports ou de résumés</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>VastQt Inspector — %1</source>
        <translation>Inspecteur VastQt — %1</translation>
    </message>
    <message>
        <source>VastQt Inspector</source>
        <translation>Inspecteur VastQt</translation>
    </message>
    <message>
        <source>Enter a VAST tag URL, open a file or paste a VAST document.</source>
        <translation>Saisissez l’URL d’un tag VAST, ouvrez un fichier ou collez un document VAST.</translation>
    </message>
    <message>
        <source>Resolving the wrapper chain…</source>
        <translation>Résolution de la chaîne de wrappers…</translation>
    </message>
    <message>
        <source>The tag failed: %1</source>
        <translation>Le tag a échoué : %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>Open a VAST document</source>
        <translation>Ouvrir un document VAST</translation>
    </message>
    <message>
        <source>VAST documents (*.xml *.vast)</source>
        <translation>Documents VAST (*.xml *.vast)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the JSON report</source>
        <translation>Exporter le rapport JSON</translation>
    </message>
    <message>
        <source>JSON reports (*.json)</source>
        <translation>Rapports JSON (*.json)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>The report could not be saved to %1</source>
        <translation>Impossible d’enregistrer le rapport dans %1</translation>
    </message>
    <message>
        <source>VAST tag URL, file path or pasted VAST XML (Ctrl+L)</source>
        <translation>URL du tag VAST, chemin de fichier ou XML VAST collé (Ctrl+L)</translation>
    </message>
    <message>
        <source>VAST tag</source>
        <translation>Tag VAST</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Clear recent tags</source>
        <translation>Effacer les tags récents</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>Play the media file with Qt Multimedia</source>
        <translation>Lire le fichier média avec Qt Multimedia</translation>
    </message>
    <message>
        <source>Real-time playback is not available in this build</source>
        <translation>La lecture en temps réel n’est pas disponible dans cette version</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
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
        <translation>aussi vite que possible</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Wrapper chain (%1)</source>
        <translation>Chaîne de wrappers (%1)</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Media files (%1)</source>
        <translation>Fichiers média (%1)</translation>
    </message>
    <message>
        <source>Double-click a hop or press Enter to see its raw XML.</source>
        <translation>Double-cliquez sur une étape ou appuyez sur Entrée pour voir son XML brut.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip in %1 s</source>
        <translation>Passer dans %1 s</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Player: %1</source>
        <translation>Lecteur : %1</translation>
    </message>
    <message>
        <source>Beacons (%1)</source>
        <translation>Balises (%1)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) resolved in %1 ms · %2 beacon(s): %3 tracked, %4 failed</source>
        <translation>
            <numerusform>%n étape résolue en %1 ms · %2 balises : %3 suivies, %4 en échec</numerusform>
            <numerusform>%n étapes résolues en %1 ms · %2 balises : %3 suivies, %4 en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Ad system</source>
        <translation>Système publicitaire</translation>
    </message>
    <message>
        <source>Ad id</source>
        <translation>ID de l’annonce</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Skippable</source>
        <translation>Désactivable</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>après %1 s</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Fichier média</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Click-through</source>
        <translation>Page de destination</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n source(s)…</source>
        <translation>
            <numerusform>Interrogation de %n source…</numerusform>
            <numerusform>Interrogation de %n sources…</numerusform>
        </translation>
    </message>
    <message>
        <source>no source of %1 had an ad</source>
        <translation>aucune des %1 sources n’avait d’annonce</translation>
    </message>
    <message>
        <source>fallback %1 of %2 won</source>
        <translation>le secours %1 sur %2 a gagné</translation>
    </message>
    <message>
        <source>source %1 of %2 won</source>
        <translation>la source %1 sur %2 a gagné</translation>
    </message>
    <message>
        <source>parallel</source>
        <translation>parallèle</translation>
    </message>
    <message>
        <source>race</source>
        <translation>course</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>séquentielle</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fallback(s)</source>
        <translation>
            <numerusform>%n secours</numerusform>
            <numerusform>%n secours</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Sources…</translation>
    </message>
    <message>
        <source>Load several sources and fallbacks with a strategy (Ctrl+Shift+S)</source>
        <translation>Charger plusieurs sources et secours avec une stratégie (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Sources (%1) · winner #%2</source>
        <translation>Sources (%1) · gagnante n° %2</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Sources (%1)</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Compliance (%1 errors)</source>
        <translation>Conformité (%1 erreurs)</translation>
    </message>
    <message>
        <source>Compliance (%1 warnings)</source>
        <translation>Conformité (%1 avertissements)</translation>
    </message>
    <message>
        <source>Compliance (no finding)</source>
        <translation>Conformité (aucun constat)</translation>
    </message>
</context>
<context>
    <name>MediaFileList</name>
    <message>
        <source>no size</source>
        <translation>sans taille</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>no bitrate</source>
        <translation>sans débit</translation>
    </message>
    <message>
        <source>progressive</source>
        <translation>progressif</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisi : %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Refusé : %1</translation>
    </message>
</context>
<context>
    <name>RawXmlDialog</name>
    <message>
        <source>Raw XML</source>
        <translation>XML brut</translation>
    </message>
    <message>
        <source>(no document was received)</source>
        <translation>(aucun document reçu)</translation>
    </message>
    <message>
        <source>%1 — line %2, column %3</source>
        <translation>%1 — ligne %2, colonne %3</translation>
    </message>
</context>
<context>
    <name>SourceOutcomeView</name>
    <message numerus="yes">
        <source>all loads: %n request(s)</source>
        <translation>
            <numerusform>tous les chargements : %n requête</numerusform>
            <numerusform>tous les chargements : %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>p50 %1 ms · p90 %2 ms</source>
        <translation>p50 %1 ms · p90 %2 ms</translation>
    </message>
    <message>
        <source>waiting for an answer…</source>
        <translation>en attente de réponse…</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>non essayée</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>gagnante</translation>
    </message>
    <message>
        <source>usable, not chosen</source>
        <translation>utilisable, non retenue</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>fetch</source>
        <translation>récupération</translation>
    </message>
    <message>
        <source>parse</source>
        <translation>analyse</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>select</source>
        <translation>sélection</translation>
    </message>
    <message>
        <source>play</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>track</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>No source loaded yet. Load a tag, or several with Sources…</source>
        <translation>Aucune source chargée. Chargez un tag, ou plusieurs avec Sources…</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Secours</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Gagnante</translation>
    </message>
    <message>
        <source>from cache</source>
        <translation>depuis le cache</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>pas de statut HTTP</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Error %1 (%2): %3</source>
        <translation>Erreur %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Load sources</source>
        <translation>Charger les sources</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>One tag per line: a URL or a file. Fallbacks are asked only when every source failed.</source>
        <translation>Un tag par ligne : une URL ou un fichier. Les secours ne sont interrogés que si toutes les sources ont échoué.</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Secours</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Séquentielle</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Parallèle</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>All at once; the first playable ad in source order wins.</source>
        <translation>Toutes à la fois ; la première annonce lisible dans l’ordre des sources gagne.</translation>
    </message>
    <message>
        <source>All at once; the first playable answer wins, the others are aborted.</source>
        <translation>Toutes à la fois ; la première réponse lisible gagne, les autres sont interrompues.</translation>
    </message>
    <message>
        <source>One after the other; stops at the first playable ad.</source>
        <translation>L’une après l’autre ; s’arrête à la première annonce lisible.</translation>
    </message>
    <message>
        <source>Timeout per request</source>
        <translation>Délai par requête</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Overall timeout</source>
        <translation>Délai global</translation>
    </message>
    <message>
        <source>ms (0: no limit)</source>
        <translation>ms (0 : sans limite)</translation>
    </message>
    <message>
        <source>Content duration</source>
        <translation>Durée du contenu</translation>
    </message>
    <message>
        <source>s, places VMAP breaks (0: unknown)</source>
        <translation>s, place les coupures VMAP (0 : inconnue)</translation>
    </message>
</context>
<context>
    <name>TrackingTimeline</name>
    <message>
        <source>tracked</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>nouvel essai en attente</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
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
            <numerusform>%n essai</numerusform>
            <numerusform>%n essais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beacon(s): %1 tracked, %2 failed</source>
        <translation>
            <numerusform>%n balise : %1 suivies, %2 en échec</numerusform>
            <numerusform>%n balises : %1 suivies, %2 en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TvExample</name>
    <message>
        <source>Tonight on VastQt TV</source>
        <translation>Ce soir sur VastQt TV</translation>
    </message>
    <message>
        <source>Advertisement: %1</source>
        <translation>Publicité : %1</translation>
    </message>
    <message>
        <source>No ad: %1</source>
        <translation>Pas de publicité : %1</translation>
    </message>
    <message>
        <source>Loading the ad…</source>
        <translation>Chargement de la publicité…</translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <translation>%1 s sur %2 s</translation>
    </message>
    <message>
        <source>Skip ad</source>
        <translation>Passer la publicité</translation>
    </message>
    <message>
        <source>Skip in %1 s</source>
        <translation>Passer dans %1 s</translation>
    </message>
    <message>
        <source>Movies</source>
        <translation>Films</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sports</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <source>Headless playback (simulated clock)</source>
        <translation>Lecture sans image (horloge simulée)</translation>
    </message>
    <message>
        <source>Media file: %1</source>
        <translation>Fichier média : %1</translation>
    </message>
</context>
<context>
    <name>WrapperChainView</name>
    <message>
        <source>failed</source>
        <translation>échec</translation>
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
        <translation>pas de statut HTTP</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Erreur %1 : %2</translation>
    </message>
</context>
</TS>
