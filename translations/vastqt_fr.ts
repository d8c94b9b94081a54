<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdTreeModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation><numerusform>%n membre</numerusform><numerusform>%n membres</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n élément</numerusform><numerusform>%n éléments</numerusform></translation>
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
        <translation><numerusform>%n étape résolue en %1 ms · %2 balises : %3 suivies, %4 en échec</numerusform><numerusform>%n étapes résolues en %1 ms · %2 balises : %3 suivies, %4 en échec</numerusform></translation>
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
        <translation><numerusform>%n essai</numerusform><numerusform>%n essais</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n beacon(s): %1 tracked, %2 failed</source>
        <translation><numerusform>%n balise : %1 suivies, %2 en échec</numerusform><numerusform>%n balises : %1 suivies, %2 en échec</numerusform></translation>
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
<context>
    <name>main</name>
    <message>
        <source>VastQt Inspector</source>
        <translation>Inspecteur VastQt</translation>
    </message>
    <message>
        <source>Inspects a VAST ad tag: wrapper chain, ad, media files, playback and tracking beacons.</source>
        <translation>Inspecte un tag publicitaire VAST : chaîne de wrappers, annonce, fichiers média, lecture et balises de suivi.</translation>
    </message>
    <message>
        <source>Load the embedded demo ad server's tag.</source>
        <translation>Charger le tag du serveur publicitaire de démonstration intégré.</translation>
    </message>
    <message>
        <source>User interface language (de, fr, en...); default: the system's.</source>
        <translation>Langue de l’interface (de, fr, en…) ; par défaut celle du système.</translation>
    </message>
    <message>
        <source>Speed of headless playback (1 = real time).</source>
        <translation>Vitesse de la lecture sans image (1 = temps réel).</translation>
    </message>
    <message>
        <source>Library diagnostics on standard error.</source>
        <translation>Diagnostics de la bibliothèque sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>A VAST tag: URL, file or - for standard input.</source>
        <translation>Un tag VAST : URL, fichier ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Playback mode: realtime (video, default) or headless (simulated clock).</source>
        <translation>Mode de lecture : realtime (vidéo, par défaut) ou headless (horloge simulée).</translation>
    </message>
    <message>
        <source>Same as --mode realtime.</source>
        <translation>Identique à --mode realtime.</translation>
    </message>
</context>
</TS>
