<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditCommands</name>
    <message>
        <source>Walks the audit trail&apos;s hash chain from the first event to the newest: every event must follow the one before without a gap, be linked to its hash and match its own. Prints the number of events and the newest event&apos;s hash: note them, and a later run that shows fewer events or another hash reveals events cut off the end.
Exit code 0 when intact; 2 when broken, naming the first broken event.</source>
        <translation>Durchläuft die Hash-Kette des Änderungsprotokolls vom ersten bis zum neuesten Eintrag: Jeder Eintrag muss lückenlos auf den vorigen folgen, mit dessen Hash verknüpft sein und zu seinem eigenen Hash passen. Gibt die Anzahl der Einträge und den Hash des neuesten Eintrags aus: Notieren Sie beides; zeigt ein späterer Lauf weniger Einträge oder einen anderen Hash, wurden Einträge am Ende abgeschnitten.
Exit-Code 0, wenn das Protokoll intakt ist; 2, wenn es beschädigt ist, mit Angabe des ersten beschädigten Eintrags.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>intact: %1 events, newest hash %2</source>
        <translation>intakt: %1 Einträge, neuester Hash %2</translation>
    </message>
    <message>
        <source>broken: %1 events, newest hash %2, first broken event %3</source>
        <translation>beschädigt: %1 Einträge, neuester Hash %2, erster beschädigter Eintrag %3</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: %2.</source>
        <translation>Das Änderungsprotokoll ist bei Eintrag %1 beschädigt: %2.</translation>
    </message>
    <message>
        <source>Lists audit events, newest first: when (UTC), who, what was done to which part, lot, supplier, warehouse or bin, and each changed field in words (&quot;Expiration date: 2026-03-01 -&gt; 2026-04-01&quot;). A part or lot is found under its current number and under the numbers it had. CSV and JSON add the entity id and the hashes; JSON lists the changes with their stored values.
To check that the trail is complete and unaltered, run &quot;lotbook-cli audit verify&quot;.</source>
        <translation>Listet Protokolleinträge auf, die neuesten zuerst: wann (UTC), wer, was an welchem Artikel, welcher Charge, welchem Lieferanten, Lager oder Lagerplatz getan wurde, und jedes geänderte Feld in Worten („Verfallsdatum: 2026-03-01 -&gt; 2026-04-01“). Ein Artikel oder eine Charge wird unter der aktuellen Nummer und unter früheren Nummern gefunden. CSV und JSON enthalten zusätzlich die ID des Datensatzes und die Hashes; JSON listet die Änderungen mit den gespeicherten Werten.
Ob das Protokoll vollständig und unverändert ist, prüft „lotbook-cli audit verify“.</translation>
    </message>
    <message>
        <source>Only the events of this lot: PART/LOT, or a lot number alone for the lots of every part with that number.</source>
        <translation>Nur die Einträge dieser Charge: ARTIKEL/CHARGE, oder nur eine Chargennummer für die Chargen aller Artikel mit dieser Nummer.</translation>
    </message>
    <message>
        <source>PART/LOT</source>
        <translation>ARTIKEL/CHARGE</translation>
    </message>
    <message>
        <source>Only the events of this part and of its lots.</source>
        <translation>Nur die Einträge dieses Artikels und seiner Chargen.</translation>
    </message>
    <message>
        <source>PN</source>
        <translation>ARTNR</translation>
    </message>
    <message>
        <source>Only events on or after this UTC date.</source>
        <translation>Nur Einträge an oder nach diesem Datum (UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Only events on or before this UTC date.</source>
        <translation>Nur Einträge an oder vor diesem Datum (UTC).</translation>
    </message>
    <message>
        <source>Only events by this user (ignoring case).</source>
        <translation>Nur Einträge dieses Benutzers (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only this action: %1.</source>
        <translation>Nur diese Aktion: %1.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>Only events of this kind of record: %1.</source>
        <translation>Nur Einträge zu dieser Art von Datensatz: %1.</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>At most this many events (the newest, or the oldest with --oldest-first).</source>
        <translation>Höchstens so viele Einträge (die neuesten, oder mit --oldest-first die ältesten).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Lists the oldest event first.</source>
        <translation>Listet den ältesten Eintrag zuerst.</translation>
    </message>
    <message>
        <source>--user needs a name.</source>
        <translation>--user braucht einen Namen.</translation>
    </message>
    <message>
        <source>--limit needs a whole number greater than 0 (&quot;%1&quot; is not).</source>
        <translation>--limit braucht eine ganze Zahl größer als 0 („%1“ ist keine).</translation>
    </message>
    <message>
        <source>--part needs a part number.</source>
        <translation>--part braucht eine Artikelnummer.</translation>
    </message>
    <message>
        <source>--lot needs a lot number, such as CAP-100/ACME-0101.</source>
        <translation>--lot braucht eine Chargennummer, etwa CAP-100/ACME-0101.</translation>
    </message>
    <message>
        <source>--lot names part %1 but --part names %2; give one.</source>
        <translation>--lot nennt Artikel %1, aber --part nennt %2; geben Sie nur eines an.</translation>
    </message>
    <message>
        <source>--lot needs a lot number after the part: PART/LOT.</source>
        <translation>--lot braucht nach dem Artikel eine Chargennummer: ARTIKEL/CHARGE.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Datensatzart</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>No audit events match.</source>
        <translation>Keine Protokolleinträge passen.</translation>
    </message>
    <message>
        <source>%1 of %2 events shown.</source>
        <translation>%1 von %2 Einträgen angezeigt.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the log starts at event %1</source>
        <translation>das Protokoll beginnt bei Eintrag %1</translation>
    </message>
    <message>
        <source>the sequence jumps from %1 to %2</source>
        <translation>die Nummerierung springt von %1 auf %2</translation>
    </message>
    <message>
        <source>event %1 is missing (%2)</source>
        <translation>Eintrag %1 fehlt (%2)</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing (%3)</source>
        <translation>Einträge %1 bis %2 fehlen (%3)</translation>
    </message>
    <message>
        <source>event %1 is out of sequence</source>
        <translation>Eintrag %1 steht nicht an seiner Stelle in der Reihenfolge</translation>
    </message>
    <message>
        <source>event %1 is not linked to the event before it (its previous-hash does not match)</source>
        <translation>Eintrag %1 ist nicht mit dem vorigen Eintrag verknüpft (sein Vorgänger-Hash passt nicht)</translation>
    </message>
    <message>
        <source>event %1 was altered (its content no longer matches its hash)</source>
        <translation>Eintrag %1 wurde verändert (sein Inhalt passt nicht mehr zu seinem Hash)</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Catalog price</source>
        <translation>Katalogpreis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tracks lots</source>
        <translation>Chargenverfolgung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
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
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The date range ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannte Aktion „%1“; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannte Datensatzart „%1“; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>The limit cannot be negative.</source>
        <translation>Die Höchstzahl darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Verfallsdatum</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
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
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The disk holding %1 is full; the backup was not written. Free some space or choose another place. (%2)</source>
        <translation>Der Datenträger mit %1 ist voll; die Sicherung wurde nicht geschrieben. Schaffen Sie Platz oder wählen Sie einen anderen Ort. (%2)</translation>
    </message>
    <message>
        <source>The disk holding %1 reported an error; the backup was not written. (%2)</source>
        <translation>Der Datenträger mit %1 hat einen Fehler gemeldet; die Sicherung wurde nicht geschrieben. (%2)</translation>
    </message>
    <message>
        <source>The database is busy in another program; the backup was not written. Try again in a moment. (%1)</source>
        <translation>Die Datenbank ist in einem anderen Programm beschäftigt; die Sicherung wurde nicht geschrieben. Versuchen Sie es gleich noch einmal. (%1)</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Die Sicherung nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No file name was given for the backup.</source>
        <translation>Für die Sicherung wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>There is no database file at %1 to back up.</source>
        <translation>Unter %1 gibt es keine Datenbankdatei, die gesichert werden könnte.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; the backup %2 was not written.</source>
        <translation>Der Ordner %1 existiert nicht; die Sicherung %2 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a folder; the backup %2 cannot be written there.</source>
        <translation>%1 ist kein Ordner; die Sicherung %2 kann dort nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen für die Sicherung an.</translation>
    </message>
    <message>
        <source>%1 is the database itself; a backup must go to another file.</source>
        <translation>%1 ist die Datenbank selbst; eine Sicherung muss in eine andere Datei gehen.</translation>
    </message>
    <message>
        <source>%1 already exists; the backup was not written. Choose another name, or allow replacing the existing file.</source>
        <translation>%1 existiert bereits; die Sicherung wurde nicht geschrieben. Wählen Sie einen anderen Namen oder erlauben Sie, die vorhandene Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written (no permission); the backup %2 was not written. Choose another folder.</source>
        <translation>In den Ordner %1 darf nicht geschrieben werden (keine Berechtigung); die Sicherung %2 wurde nicht geschrieben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2; the backup was not written.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: %2; die Sicherung wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The copy written to %1 did not pass its check, so it was removed: %2</source>
        <translation>Die nach %1 geschriebene Kopie hat die Prüfung nicht bestanden und wurde entfernt: %2</translation>
    </message>
    <message>
        <source>The copy could not be flushed to the disk holding %1; the backup was not written.</source>
        <translation>Die Kopie konnte nicht vollständig auf den Datenträger mit %1 geschrieben werden; die Sicherung wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The finished copy could not be renamed to %1: %2</source>
        <translation>Die fertige Kopie konnte nicht in %1 umbenannt werden: %2</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Die Sicherung wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Writes a copy of the --db database to DEST. The copy is consistent even while other windows or programs are working on the database (it holds every change committed when the backup started), is checked to open as a Lotbook database, and only then takes the name DEST. When DEST is a folder, the copy is named after the database and today&apos;s date (stock-2026-11-28.sqlite). An existing file is replaced only with --force. The database is copied as it is, never upgraded.
Exit code 0 when the copy was written; 1 when DEST cannot be written (nothing is left behind); 2 when the database was refused.</source>
        <translation>Schreibt eine Kopie der --db-Datenbank nach ZIEL. Die Kopie ist in sich stimmig, auch wenn andere Fenster oder Programme gerade mit der Datenbank arbeiten (sie enthält jede Änderung, die beim Start der Sicherung gespeichert war), wird darauf geprüft, dass sie sich als Lotbook-Datenbank öffnen lässt, und erhält erst dann den Namen ZIEL. Ist ZIEL ein Ordner, wird die Kopie nach der Datenbank und dem heutigen Datum benannt (stock-2026-11-28.sqlite). Eine vorhandene Datei wird nur mit --force ersetzt. Die Datenbank wird unverändert kopiert, nie aktualisiert.
Exit-Code 0, wenn die Kopie geschrieben wurde; 1, wenn ZIEL nicht geschrieben werden kann (es bleibt nichts zurück); 2, wenn die Datenbank abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Replace DEST if it already exists.</source>
        <translation>ZIEL ersetzen, falls es bereits existiert.</translation>
    </message>
    <message>
        <source>The backup file to write, or a folder to write it in.</source>
        <translation>Die zu schreibende Sicherungsdatei oder ein Ordner, in den sie geschrieben wird.</translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation>Fügen Sie --force hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3, schema version %4); the copy passed its check.</source>
        <translation>%1 nach %2 gesichert (%3, Schemaversion %4); die Kopie hat die Prüfung bestanden.</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Bin &amp;code*</source>
        <translation>Lagerplatz-&amp;Code*</translation>
    </message>
    <message>
        <source>e.g. C-12</source>
        <translation>z. B. C-12</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>To create a new database there, run: lotbook-cli --db &quot;%1&quot; init</source>
        <translation>Um dort eine neue Datenbank anzulegen: lotbook-cli --db &quot;%1&quot; init</translation>
    </message>
    <message>
        <source>%1 is read-only: its folder cannot be written, and SQLite needs to create files beside it to save changes. Nothing can be changed in it.</source>
        <translation>%1 ist schreibgeschützt: In seinen Ordner kann nicht geschrieben werden, und SQLite muss daneben Dateien anlegen, um Änderungen zu speichern. Darin kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing can be changed in it.</source>
        <translation>%1 ist schreibgeschützt; darin kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>Upgraded %1 to schema version %2; the file as it was is kept in %3.</source>
        <translation>%1 wurde auf Schemaversion %2 aktualisiert; die Datei im vorigen Zustand liegt unter %3.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &quot;lotbook-cli --help&quot; for the commands and options.</source>
        <translation>„lotbook-cli --help“ zeigt die Befehle und Optionen.</translation>
    </message>
    <message>
        <source>Usage: lotbook-cli [global options] COMMAND [options] [arguments]
Works on a Lotbook database (parts, suppliers, warehouses, bins and lots) from scripts and terminals.
</source>
        <translation>Aufruf: lotbook-cli [globale Optionen] BEFEHL [Optionen] [Argumente]
Arbeitet mit einer Lotbook-Datenbank (Artikel, Lieferanten, Lager, Lagerplätze und Chargen) aus Skripten und Terminals.
</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Befehle:
</translation>
    </message>
    <message>
        <source>Run &quot;lotbook-cli COMMAND --help&quot; for a command&apos;s options.
Amounts are written with a dot: 0.25. Dates are written YYYY-MM-DD.
Exit codes: 0 success; 1 invalid input (nothing was written); 2 database file refused, read-only or damaged; 64 usage error.
</source>
        <translation>„lotbook-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
Beträge werden mit Punkt geschrieben: 0.25. Datumsangaben als JJJJ-MM-TT.
Exit-Codes: 0 Erfolg; 1 ungültige Eingabe (nichts wurde geschrieben); 2 Datenbankdatei abgelehnt, schreibgeschützt oder beschädigt; 64 Aufruffehler.
</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>The name recorded as &quot;who&quot; in the audit trail (default: the name set in the preferences, or the login name).</source>
        <translation>Der Name, der im Änderungsprotokoll als „wer“ festgehalten wird (Vorgabe: der Name aus den Einstellungen oder der Anmeldename).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Zeigt die Version.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: lotbook-cli [global options] %1 ACTION [options]
Actions:
</source>
        <translation>Aufruf: lotbook-cli [globale Optionen] %1 AKTION [Optionen]
Aktionen:
</translation>
    </message>
    <message>
        <source>Run &quot;lotbook-cli %1 ACTION --help&quot; for an action&apos;s options.
</source>
        <translation>„lotbook-cli %1 AKTION --help“ zeigt die Optionen einer Aktion.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an action.</source>
        <translation>„%1“ braucht eine Aktion.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1 %2&quot;.</source>
        <translation>Unbekannte Aktion „%1 %2“.</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db braucht einen Dateipfad.</translation>
    </message>
    <message>
        <source>--user needs a name.</source>
        <translation>--user braucht einen Namen.</translation>
    </message>
    <message>
        <source>--user: %1</source>
        <translation>--user: %1</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <source>Output format: table (the default), csv or json.</source>
        <translation>Ausgabeformat: table (Vorgabe), csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Lists inactive entries too (only active ones otherwise).</source>
        <translation>Listet auch inaktive Einträge (sonst nur aktive).</translation>
    </message>
    <message>
        <source>Output format: table (the default) or json.</source>
        <translation>Ausgabeformat: table (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation>Die Option %1 ist erforderlich.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation>Unbekanntes Format „%1“: verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table or json.</source>
        <translation>Unbekanntes Format „%1“: verwenden Sie table oder json.</translation>
    </message>
    <message>
        <source>Run &quot;lotbook-cli %1 --help&quot; for its options.</source>
        <translation>„lotbook-cli %1 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Usage: lotbook-cli [global options] %1 [options]</source>
        <translation>Aufruf: lotbook-cli [globale Optionen] %1 [Optionen]</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>List audit events, filtered, with the changes in words</source>
        <translation>Protokolleinträge auflisten, gefiltert, mit den Änderungen in Worten</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain; print count and newest hash</source>
        <translation>Hash-Kette des Änderungsprotokolls prüfen; Anzahl und neuesten Hash ausgeben</translation>
    </message>
    <message>
        <source>Create a new database file</source>
        <translation>Neue Datenbankdatei anlegen</translation>
    </message>
    <message>
        <source>Check that a database is sound (exit 0) or not (exit 2)</source>
        <translation>Prüfen, ob eine Datenbank in Ordnung ist (Exit 0) oder nicht (Exit 2)</translation>
    </message>
    <message>
        <source>Import received lots from a CSV file, all or nothing</source>
        <translation>Eingegangene Chargen aus einer CSV-Datei importieren, alle oder keine</translation>
    </message>
    <message>
        <source>Export lots as CSV (the lots list&apos;s filters; --format csv)</source>
        <translation>Chargen als CSV exportieren (Filter der Chargenliste; --format csv)</translation>
    </message>
    <message>
        <source>Record a received lot of a part</source>
        <translation>Eingegangene Charge eines Artikels erfassen</translation>
    </message>
    <message>
        <source>Change a lot</source>
        <translation>Charge ändern</translation>
    </message>
    <message>
        <source>Archive a lot</source>
        <translation>Charge archivieren</translation>
    </message>
    <message>
        <source>Restore an archived lot</source>
        <translation>Archivierte Charge wiederherstellen</translation>
    </message>
    <message>
        <source>Show a lot with its expiry status</source>
        <translation>Charge mit Verfallsstatus anzeigen</translation>
    </message>
    <message>
        <source>List lots, filtered and sorted</source>
        <translation>Chargen auflisten, gefiltert und sortiert</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>Artikel anlegen</translation>
    </message>
    <message>
        <source>Change a part</source>
        <translation>Artikel ändern</translation>
    </message>
    <message>
        <source>Deactivate a part</source>
        <translation>Artikel deaktivieren</translation>
    </message>
    <message>
        <source>Activate a part</source>
        <translation>Artikel aktivieren</translation>
    </message>
    <message>
        <source>List parts</source>
        <translation>Artikel auflisten</translation>
    </message>
    <message>
        <source>Add a supplier</source>
        <translation>Lieferanten anlegen</translation>
    </message>
    <message>
        <source>Change a supplier</source>
        <translation>Lieferanten ändern</translation>
    </message>
    <message>
        <source>Deactivate a supplier</source>
        <translation>Lieferanten deaktivieren</translation>
    </message>
    <message>
        <source>Activate a supplier</source>
        <translation>Lieferanten aktivieren</translation>
    </message>
    <message>
        <source>List suppliers</source>
        <translation>Lieferanten auflisten</translation>
    </message>
    <message>
        <source>Add a warehouse</source>
        <translation>Lager anlegen</translation>
    </message>
    <message>
        <source>Change a warehouse</source>
        <translation>Lager ändern</translation>
    </message>
    <message>
        <source>Deactivate a warehouse</source>
        <translation>Lager deaktivieren</translation>
    </message>
    <message>
        <source>Activate a warehouse</source>
        <translation>Lager aktivieren</translation>
    </message>
    <message>
        <source>List warehouses</source>
        <translation>Lager auflisten</translation>
    </message>
    <message>
        <source>Add a bin to a warehouse</source>
        <translation>Lagerplatz in einem Lager anlegen</translation>
    </message>
    <message>
        <source>Deactivate a bin</source>
        <translation>Lagerplatz deaktivieren</translation>
    </message>
    <message>
        <source>Activate a bin</source>
        <translation>Lagerplatz aktivieren</translation>
    </message>
    <message>
        <source>List bins</source>
        <translation>Lagerplätze auflisten</translation>
    </message>
    <message>
        <source>Write a checked copy of the database, even while in use</source>
        <translation>Geprüfte Kopie der Datenbank schreiben, auch während sie benutzt wird</translation>
    </message>
    <message>
        <source>Fill a new database with demo data (any size)</source>
        <translation>Neue Datenbank mit Demodaten füllen (beliebige Größe)</translation>
    </message>
    <message>
        <source>Write a part&apos;s lots as a PDF report</source>
        <translation>Chargen eines Artikels als PDF-Bericht schreiben</translation>
    </message>
    <message>
        <source>Write the lots matching the filters as a PDF report</source>
        <translation>Chargen, die zu den Filtern passen, als PDF-Bericht schreiben</translation>
    </message>
    <message>
        <source>Write the expired and expiring lots as a PDF report</source>
        <translation>Abgelaufene und bald ablaufende Chargen als PDF-Bericht schreiben</translation>
    </message>
    <message>
        <source>Write one lot&apos;s record and history as a PDF report</source>
        <translation>Akte und Verlauf einer Charge als PDF-Bericht schreiben</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>CostStats</name>
    <message>
        <source>The received value of these lots is too large to add up.</source>
        <translation>Der Eingangswert dieser Chargen ist zu groß, um ihn zu summieren.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as CSV in UTF-8 and try again.</source>
        <translation>Die Datei ist UTF-16-Text; speichern Sie sie als CSV in UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line naming the columns.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <source>The record has more than %1 fields; this does not look like a list of lots.</source>
        <translation>Der Datensatz hat mehr als %1 Felder; das sieht nicht nach einer Chargenliste aus.</translation>
    </message>
    <message>
        <source>A quoted field is larger than %1; if a closing quote is missing, the rest of the file was read as one field.</source>
        <translation>Ein Feld in Anführungszeichen ist größer als %1; fehlt ein schließendes Anführungszeichen, wurde der Rest der Datei als ein Feld gelesen.</translation>
    </message>
    <message>
        <source>A field is larger than %1.</source>
        <translation>Ein Feld ist größer als %1.</translation>
    </message>
    <message>
        <source>The record is larger than %1.</source>
        <translation>Der Datensatz ist größer als %1.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: the file uses another encoding. Save it as CSV in UTF-8 and try again.</source>
        <translation>Der Text ist kein gültiges UTF-8: Die Datei verwendet eine andere Kodierung. Speichern Sie sie als CSV in UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Field %1 has text after its closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Feld %1 hat Text nach dem schließenden Anführungszeichen; ein Anführungszeichen innerhalb eines Felds in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <source>This record has %1 fields, but the header has %2.</source>
        <translation>Dieser Datensatz hat %1 Felder, die Kopfzeile aber %2.</translation>
    </message>
    <message>
        <source>The quoted field starting here is never closed: a closing quote is missing.</source>
        <translation>Das hier beginnende Feld in Anführungszeichen wird nie geschlossen: Ein schließendes Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it is a binary file, not CSV text.</source>
        <translation>Die Datei enthält NUL-Bytes: Sie ist eine Binärdatei, kein CSV-Text.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be opened: its folder %2 cannot be written, and its write-ahead log (%3) holds changes that SQLite can only read after creating %4 beside it. Make the folder writable, or copy the folder somewhere writable and open the copy.</source>
        <translation>%1 kann nicht geöffnet werden: In seinen Ordner %2 kann nicht geschrieben werden, und sein Write-Ahead-Log (%3) enthält Änderungen, die SQLite erst lesen kann, nachdem es %4 daneben angelegt hat. Machen Sie den Ordner beschreibbar oder kopieren Sie den Ordner an einen beschreibbaren Ort und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (corrupt) and cannot be opened: %2</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Lotbook database.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Lotbook-Datenbank.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Lotbook (schema version %2; this version understands up to %3). Please update Lotbook to open it.</source>
        <translation>%1 wurde von einer neueren Lotbook-Version geschrieben (Schemaversion %2; diese Version versteht bis %3). Bitte aktualisieren Sie Lotbook, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is damaged (corrupt): %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>Unter %1 gibt es keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened (no permission), so %2 cannot be read.</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden (keine Berechtigung), daher kann %2 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read (no permission).</source>
        <translation>%1 kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Lotbook database.</source>
        <translation>%1 ist eine leere Datei, keine Lotbook-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is an empty, read-only file; a new database cannot be written into it.</source>
        <translation>%1 ist eine leere, schreibgeschützte Datei; eine neue Datenbank kann nicht hineingeschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is not a database file (it is not in SQLite format).</source>
        <translation>%1 ist keine Datenbankdatei (nicht im SQLite-Format).</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a Lotbook database.</source>
        <translation>%1 ist eine leere SQLite-Datenbank, keine Lotbook-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older version of Lotbook; it needs an upgrade that cannot be written. Make a writable copy to open it.</source>
        <translation>%1 ist schreibgeschützt und wurde von einer älteren Lotbook-Version geschrieben; sie braucht eine Aktualisierung, die nicht geschrieben werden kann. Erstellen Sie eine beschreibbare Kopie, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from schema version %2 to %3. Lotbook copies the file before every upgrade, and the copy could not be written, so the file was left as it was: %4</source>
        <translation>%1 muss von Schemaversion %2 auf %3 aktualisiert werden. Lotbook kopiert die Datei vor jeder Aktualisierung, und die Kopie konnte nicht geschrieben werden, daher blieb die Datei unverändert: %4</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Cannot set the busy timeout on %1.</source>
        <translation>Für %1 kann keine Wartezeit bei Sperren gesetzt werden.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging: %2</source>
        <translation>%1 kann nicht auf Write-Ahead-Logging umgestellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Creates a new, empty Lotbook database at the --db path. An existing Lotbook database is left as it is.</source>
        <translation>Legt unter dem --db-Pfad eine neue, leere Lotbook-Datenbank an. Eine vorhandene Lotbook-Datenbank bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>%1 is already initialised (Lotbook database, schema version %2); nothing to do.</source>
        <translation>%1 ist bereits eingerichtet (Lotbook-Datenbank, Schemaversion %2); nichts zu tun.</translation>
    </message>
    <message>
        <source>Created the Lotbook database %1 (schema version %2).</source>
        <translation>Lotbook-Datenbank %1 angelegt (Schemaversion %2).</translation>
    </message>
    <message>
        <source>Checks the --db file: that it is a Lotbook database this version can open, that SQLite finds no damage (integrity check) and that every reference points at an existing record (foreign key check). Exits with 0 when all is well, 2 otherwise.</source>
        <translation>Prüft die --db-Datei: dass sie eine Lotbook-Datenbank ist, die diese Version öffnen kann, dass SQLite keine Schäden findet (Integritätsprüfung) und dass jeder Verweis auf einen vorhandenen Datensatz zeigt (Fremdschlüsselprüfung). Endet mit 0, wenn alles in Ordnung ist, sonst mit 2.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>%1 (this version of lotbook-cli writes %2)</source>
        <translation>%1 (diese Version von lotbook-cli schreibt %2)</translation>
    </message>
    <message>
        <source>Application id:</source>
        <translation>Anwendungs-ID:</translation>
    </message>
    <message>
        <source>%1 (Lotbook)</source>
        <translation>%1 (Lotbook)</translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation>Integrität:</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign keys:</source>
        <translation>Fremdschlüssel:</translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s)</source>
        <translation>
            <numerusform>%n defekter Verweis</numerusform>
            <numerusform>%n defekte Verweise</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>Beschädigt: %1</translation>
    </message>
    <message>
        <source>Broken reference: %1</source>
        <translation>Defekter Verweis: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <source>--%1 &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>--%1 „%2“ ist keine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>Fills a new database with demo data: suppliers, warehouses with bins, parts (most of them tracking lots) and lots received over the five years up to --today, with a mix of lots without expiry, expired, expiring soon and long-dated ones, about a third archived and some corrected, each change in the audit trail. The same --seed and --today always give the same data. The --db file is created when missing; a database that already holds parts, suppliers, warehouses or lots is refused, so demo data never mixes with real records.</source>
        <translation>Füllt eine neue Datenbank mit Demodaten: Lieferanten, Lager mit Lagerplätzen, Artikel (die meisten mit Chargenverfolgung) und Chargen, die in den fünf Jahren bis --today eingegangen sind, gemischt aus Chargen ohne Verfallsdatum, abgelaufenen, bald ablaufenden und lange haltbaren; etwa ein Drittel archiviert und einige korrigiert, jede Änderung im Änderungsprotokoll. Gleiche --seed und --today ergeben immer dieselben Daten. Die --db-Datei wird angelegt, wenn sie fehlt; eine Datenbank, die schon Artikel, Lieferanten, Lager oder Chargen enthält, wird abgelehnt, damit sich Demodaten nie mit echten Datensätzen mischen.</translation>
    </message>
    <message>
        <source>How many parts.</source>
        <translation>Wie viele Artikel.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many lots.</source>
        <translation>Wie viele Chargen.</translation>
    </message>
    <message>
        <source>Seed of the random choices (default 1).</source>
        <translation>Startwert der Zufallsauswahl (Vorgabe 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The day the data is as of, YYYY-MM-DD (default: today); not in the future.</source>
        <translation>Der Stichtag der Daten, JJJJ-MM-TT (Vorgabe: heute); nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Reports progress on stderr (&quot;progress: N lots&quot;) while lots are written.</source>
        <translation>Meldet den Fortschritt auf stderr („progress: N lots“), während Chargen geschrieben werden.</translation>
    </message>
    <message>
        <source>--seed &quot;%1&quot; is not a whole number from 0 to %2.</source>
        <translation>--seed „%1“ ist keine ganze Zahl von 0 bis %2.</translation>
    </message>
    <message>
        <source>--today %1 is in the future; lots cannot be received after today.</source>
        <translation>--today %1 liegt in der Zukunft; Chargen können nicht nach heute eingehen.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing can be changed in it.</source>
        <translation>%1 ist schreibgeschützt; darin kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>progress: %1 lots</source>
        <translation>progress: %1 lots</translation>
    </message>
    <message>
        <source>%1 (%2 track lots)</source>
        <translation>%1 (%2 mit Chargenverfolgung)</translation>
    </message>
    <message>
        <source>%1 (%2 track lots; the largest, %3, has %4 lots)</source>
        <translation>%1 (%2 mit Chargenverfolgung; der größte, %3, hat %4 Chargen)</translation>
    </message>
    <message>
        <source>Demo data written to %1 (seed %2, as of %3).
</source>
        <translation>Demodaten nach %1 geschrieben (Startwert %2, Stichtag %3).
</translation>
    </message>
    <message>
        <source>Suppliers:</source>
        <translation>Lieferanten:</translation>
    </message>
    <message>
        <source>Warehouses:</source>
        <translation>Lager:</translation>
    </message>
    <message>
        <source>%1 (with %2 bins)</source>
        <translation>%1 (mit %2 Lagerplätzen)</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>Lots:</source>
        <translation>Chargen:</translation>
    </message>
    <message>
        <source>%1: %2 archived, %3 corrected after receipt, %4 restored</source>
        <translation>%1: %2 archiviert, %3 nach Eingang korrigiert, %4 wiederhergestellt</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Verfall:</translation>
    </message>
    <message>
        <source>%1 without, %2 active and expired, %3 active and expiring within 30 days, %4 expiring more than a year ahead</source>
        <translation>%1 ohne, %2 aktiv und abgelaufen, %3 aktiv und innerhalb von 30 Tagen ablaufend, %4 erst in mehr als einem Jahr ablaufend</translation>
    </message>
    <message>
        <source>Audit events:</source>
        <translation>Protokolleinträge:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>%1 s (%2 lots/s)</source>
        <translation>%1 s (%2 Chargen/s)</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Cancelled: no demo data was written.</source>
        <translation>Abgebrochen: Es wurden keine Demodaten geschrieben.</translation>
    </message>
    <message>
        <source>Could not look into the database.</source>
        <translation>Die Datenbank konnte nicht untersucht werden.</translation>
    </message>
    <message>
        <source>The demo&apos;s day %1 is in the future; lots cannot be received after today.</source>
        <translation>Der Stichtag der Demodaten, %1, liegt in der Zukunft; Chargen können nicht nach heute eingehen.</translation>
    </message>
    <message>
        <source>Number of parts must be between 1 and %1.</source>
        <translation>Die Anzahl der Artikel muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Number of lots must be between 0 and %1.</source>
        <translation>Die Anzahl der Chargen muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>This database is open read-only; demo data cannot be written into it.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet; Demodaten können nicht hineingeschrieben werden.</translation>
    </message>
    <message>
        <source>%1 already holds parts, suppliers, warehouses or lots. Demo data only goes into a new, empty database, so that it never mixes with real records: choose a new file.</source>
        <translation>%1 enthält bereits Artikel, Lieferanten, Lager oder Chargen. Demodaten kommen nur in eine neue, leere Datenbank, damit sie sich nie mit echten Datensätzen mischen: Wählen Sie eine neue Datei.</translation>
    </message>
</context>
<context>
    <name>Expiry</name>
    <message>
        <source>no expiry</source>
        <translation>kein Verfallsdatum</translation>
    </message>
    <message>
        <source>expired yesterday</source>
        <translation>gestern abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>seit %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>läuft morgen ab</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Verfallsdatum</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation>1 Charge</translation>
    </message>
    <message>
        <source>%1 lots</source>
        <translation>%1 Chargen</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>Imports received lots from a CSV file (comma, semicolon or tab separated, UTF-8). Columns are matched by their header: Part number (Part, PN), Lot number (Lot, Batch), Received date, Expiration date (Expiry, Best before), Quantity received (Qty), Cost per unit (Unit cost), Supplier, Location (Warehouse), Bin, Notes. Every row is checked as the Lot dialog checks it; all errors are listed on stderr as &quot;line N, column C: reason&quot;. The whole file is imported, or nothing is.</source>
        <translation>Importiert eingegangene Chargen aus einer CSV-Datei (getrennt durch Komma, Semikolon oder Tabulator, UTF-8). Spalten werden über ihre Überschrift zugeordnet: Artikelnummer (Part number, Part, PN), Chargennummer (Lot number, Lot, Batch), Eingangsdatum (Received date), Verfallsdatum (Expiration date, Expiry, Best before), Eingangsmenge (Quantity received, Qty), Stückpreis (Cost per unit, Unit cost), Lieferant (Supplier), Lagerort (Location, Warehouse), Lagerplatz (Bin), Notizen (Notes). Jede Zeile wird so geprüft wie im Chargen-Dialog; alle Fehler werden auf stderr als „line N, column C: Grund“ aufgelistet. Die ganze Datei wird importiert oder gar nichts.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>Checks every row and reports, but writes nothing.</source>
        <translation>Prüft jede Zeile und berichtet, schreibt aber nichts.</translation>
    </message>
    <message>
        <source>Creates suppliers, warehouses and bins the file names but the database does not have (each creation is audited). Unknown parts are always an error.</source>
        <translation>Legt Lieferanten, Lager und Lagerplätze an, die in der Datei stehen, aber in der Datenbank fehlen (jede Neuanlage wird protokolliert). Unbekannte Artikel sind immer ein Fehler.</translation>
    </message>
    <message>
        <source>How dates are written: iso (2024-03-05, the default), day-first (05/03/2024) or month-first (03/05/2024).</source>
        <translation>Wie Datumsangaben geschrieben sind: iso (2024-03-05, Vorgabe), day-first (05/03/2024) oder month-first (03/05/2024).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>REIHENFOLGE</translation>
    </message>
    <message>
        <source>Reads the column named COLUMN as FIELD (one of %1; ignore leaves the column out). Repeat for more columns.</source>
        <translation>Liest die Spalte namens SPALTE als FELD (eines von %1; ignore lässt die Spalte aus). Für weitere Spalten wiederholen.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>SPALTE=FELD</translation>
    </message>
    <message>
        <source>Reads quantities and amounts as written in this locale, such as de_DE for 1.234,50 (default: with a dot, 1234.50).</source>
        <translation>Liest Mengen und Beträge so, wie sie in diesem Gebietsschema geschrieben werden, etwa de_DE für 1.234,50 (Vorgabe: mit Punkt, 1234.50).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Reports progress on stderr (&quot;progress: N rows&quot;) while the file is read.</source>
        <translation>Meldet den Fortschritt auf stderr („progress: N rows“), während die Datei gelesen wird.</translation>
    </message>
    <message>
        <source>Unknown date format &quot;%1&quot;: use iso, day-first or month-first.</source>
        <translation>Unbekanntes Datumsformat „%1“: verwenden Sie iso, day-first oder month-first.</translation>
    </message>
    <message>
        <source>Unknown locale &quot;%1&quot;: use a name such as en_US or de_DE.</source>
        <translation>Unbekanntes Gebietsschema „%1“: verwenden Sie einen Namen wie en_US oder de_DE.</translation>
    </message>
    <message>
        <source>--map needs COLUMN=FIELD, FIELD being one of %1 or ignore (got &quot;%2&quot;).</source>
        <translation>--map braucht SPALTE=FELD, wobei FELD eines von %1 oder ignore ist (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>There is no file %1 to import.</source>
        <translation>Es gibt keine Datei %1 zum Importieren.</translation>
    </message>
    <message>
        <source>progress: %1 rows, %2 bytes</source>
        <translation>progress: %1 rows, %2 bytes</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>%1 in %2; nothing was imported.</source>
        <translation>%1 in %2; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>would import %1 from %2 (dry run: nothing was written)</source>
        <translation>würde %1 aus %2 importieren (Probelauf: nichts wurde geschrieben)</translation>
    </message>
    <message>
        <source>imported %1 from %2</source>
        <translation>%1 aus %2 importiert</translation>
    </message>
    <message>
        <source>would create %1 %2</source>
        <translation>würde %1 %2 anlegen</translation>
    </message>
    <message>
        <source>created %1 %2</source>
        <translation>%1 %2 angelegt</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>The lots list is not available.</source>
        <translation>Die Chargenliste ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Lots</source>
        <translation>Chargen importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>choose a CSV file (a packing list or a spreadsheet saved as CSV)</source>
        <translation>CSV-Datei wählen (ein Lieferschein oder eine als CSV gespeicherte Tabelle)</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Columns and first rows</source>
        <translation>Spalten und erste Zeilen</translation>
    </message>
    <message>
        <source>Pick the lot field each column fills, in the row “Import as”. Greyed columns are not imported.</source>
        <translation>Wählen Sie in der Zeile „Importieren als“ das Chargenfeld, das jede Spalte füllt. Ausgegraute Spalten werden nicht importiert.</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>Da&amp;tumsformat:</translation>
    </message>
    <message>
        <source>Create &amp;missing suppliers, warehouses and bins</source>
        <translation>&amp;Fehlende Lieferanten, Lager und Lagerplätze anlegen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Cop&amp;y Errors</source>
        <translation>Fehler &amp;kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Reads the whole file and checks every row, without writing anything</source>
        <translation>Liest die ganze Datei und prüft jede Zeile, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Imports every row, or nothing when any row has an error</source>
        <translation>Importiert alle Zeilen – oder keine, wenn eine Zeile einen Fehler hat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Numbers are written:</source>
        <translation>&amp;Zahlenformat:</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row.</source>
        <translation>%1 Zeile %2 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Lot</name>
    <message>
        <source>Lot number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <source>Received date</source>
        <translation>Eingangsdatum</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Verfallsdatum</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Eingangsmenge</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation>Archivierungsgrund</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Quantity received is required.</source>
        <translation>Eingangsmenge ist erforderlich.</translation>
    </message>
    <message>
        <source>Quantity received must be a whole number greater than 0 (&quot;%1&quot; is not).</source>
        <translation>Eingangsmenge muss eine ganze Zahl größer als 0 sein („%1“ ist keine).</translation>
    </message>
    <message>
        <source>Quantity received must be greater than 0.</source>
        <translation>Eingangsmenge muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid date; write it as YYYY-MM-DD, such as 2026-03-15.</source>
        <translation>%1 „%2“ ist kein gültiges Datum; schreiben Sie es als JJJJ-MM-TT, etwa 2026-03-15.</translation>
    </message>
</context>
<context>
    <name>LotCommands</name>
    <message>
        <source>New lot number (unique within the part, compared ignoring case and surrounding spaces).</source>
        <translation>Neue Chargennummer (eindeutig innerhalb des Artikels; Groß-/Kleinschreibung und umgebende Leerzeichen zählen nicht).</translation>
    </message>
    <message>
        <source>Lot number (unique within the part, compared ignoring case and surrounding spaces).</source>
        <translation>Chargennummer (eindeutig innerhalb des Artikels; Groß-/Kleinschreibung und umgebende Leerzeichen zählen nicht).</translation>
    </message>
    <message>
        <source>LOT</source>
        <translation>CHARGE</translation>
    </message>
    <message>
        <source>Part number of a part that tracks lots.</source>
        <translation>Artikelnummer eines Artikels mit Chargenverfolgung.</translation>
    </message>
    <message>
        <source>PN</source>
        <translation>ARTNR</translation>
    </message>
    <message>
        <source>Received date, YYYY-MM-DD; not in the future.</source>
        <translation>Eingangsdatum, JJJJ-MM-TT; nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Expiration date, YYYY-MM-DD; not before the received date.</source>
        <translation>Verfallsdatum, JJJJ-MM-TT; nicht vor dem Eingangsdatum.</translation>
    </message>
    <message>
        <source>Expiration date, YYYY-MM-DD; not before the received date. Without it the lot has no expiry.</source>
        <translation>Verfallsdatum, JJJJ-MM-TT; nicht vor dem Eingangsdatum. Ohne Angabe hat die Charge kein Verfallsdatum.</translation>
    </message>
    <message>
        <source>Removes the expiration date: the lot does not expire.</source>
        <translation>Entfernt das Verfallsdatum: Die Charge verfällt nicht.</translation>
    </message>
    <message>
        <source>Quantity received: a whole number greater than 0.</source>
        <translation>Eingangsmenge: eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Cost per unit, with a dot and up to 4 decimals: 0.0025 (0 for a free replacement).</source>
        <translation>Stückpreis, mit Punkt und bis zu 4 Nachkommastellen: 0.0025 (0 für kostenlosen Ersatz).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <source>Supplier name.</source>
        <translation>Name des Lieferanten.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Warehouse name.</source>
        <translation>Name des Lagers.</translation>
    </message>
    <message>
        <source>Code of a bin in the lot&apos;s warehouse (the new one, with --warehouse).</source>
        <translation>Code eines Lagerplatzes im Lager der Charge (im neuen, mit --warehouse).</translation>
    </message>
    <message>
        <source>Code of a bin in the lot&apos;s warehouse.</source>
        <translation>Code eines Lagerplatzes im Lager der Charge.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Takes the lot out of its bin; it stays in its warehouse.</source>
        <translation>Nimmt die Charge von ihrem Lagerplatz; sie bleibt in ihrem Lager.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notizen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Part %1 has no lot &quot;%2&quot;.</source>
        <translation>Artikel %1 hat keine Charge „%2“.</translation>
    </message>
    <message>
        <source>Records a received shipment of a lot-tracked part as a new lot.</source>
        <translation>Erfasst eine eingegangene Lieferung eines Artikels mit Chargenverfolgung als neue Charge.</translation>
    </message>
    <message>
        <source>Added lot %1 of part %2: quantity %3 at %4 per unit from %5, received %6, %7, in %8.</source>
        <translation>Charge %1 von Artikel %2 angelegt: Menge %3 zu %4 pro Stück von %5, eingegangen %6, %7, in %8.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>verfällt %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Verfallsdatum</translation>
    </message>
    <message>
        <source>Changes a lot. Only the fields given are changed; --lot gives the lot a new lot number. Archived lots must be restored before they can be changed.</source>
        <translation>Ändert eine Charge. Nur die angegebenen Felder werden geändert; --lot gibt der Charge eine neue Chargennummer. Archivierte Chargen müssen wiederhergestellt werden, bevor sie geändert werden können.</translation>
    </message>
    <message>
        <source>Part number of the lot&apos;s part.</source>
        <translation>Artikelnummer des Artikels der Charge.</translation>
    </message>
    <message>
        <source>Lot number of the lot to change.</source>
        <translation>Chargennummer der zu ändernden Charge.</translation>
    </message>
    <message>
        <source>Give either --expires or --no-expiry, not both.</source>
        <translation>Geben Sie entweder --expires oder --no-expiry an, nicht beides.</translation>
    </message>
    <message>
        <source>Give either --bin or --no-bin, not both.</source>
        <translation>Geben Sie entweder --bin oder --no-bin an, nicht beides.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field option.</source>
        <translation>Nichts zu ändern: Geben Sie mindestens eine Feldoption an.</translation>
    </message>
    <message>
        <source>Lot %1 of part %2 already has these values; nothing was changed.</source>
        <translation>Charge %1 von Artikel %2 hat diese Werte bereits; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Saved lot %1 of part %2.</source>
        <translation>Charge %1 von Artikel %2 gespeichert.</translation>
    </message>
    <message>
        <source>Archives a lot: it is kept with its history, hidden from the default list (lots --status archived shows it), and can be restored.</source>
        <translation>Archiviert eine Charge: Sie bleibt mit ihrem Verlauf erhalten, wird in der Standardliste ausgeblendet (lots --status archived zeigt sie) und kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Why the lot is archived.</source>
        <translation>Warum die Charge archiviert wird.</translation>
    </message>
    <message>
        <source>Lot number.</source>
        <translation>Chargennummer.</translation>
    </message>
    <message>
        <source>Archived lot %1 of part %2.</source>
        <translation>Charge %1 von Artikel %2 archiviert.</translation>
    </message>
    <message>
        <source>Restores an archived lot: it is active again.</source>
        <translation>Stellt eine archivierte Charge wieder her: Sie ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Restored lot %1 of part %2.</source>
        <translation>Charge %1 von Artikel %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Shows every field of a lot, its expiry status and who created and last changed it.</source>
        <translation>Zeigt jedes Feld einer Charge, ihren Verfallsstatus und wer sie angelegt und zuletzt geändert hat.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>Lot number:</source>
        <translation>Chargennummer:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Eingang:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Verfällt:</translation>
    </message>
    <message>
        <source>Expiry status:</source>
        <translation>Verfallsstatus:</translation>
    </message>
    <message>
        <source>Quantity received:</source>
        <translation>Eingangsmenge:</translation>
    </message>
    <message>
        <source>Cost per unit:</source>
        <translation>Stückpreis:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Lieferant:</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>Lager:</translation>
    </message>
    <message>
        <source>Bin:</source>
        <translation>Lagerplatz:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Archived at:</source>
        <translation>Archiviert am:</translation>
    </message>
    <message>
        <source>Archived by:</source>
        <translation>Archiviert von:</translation>
    </message>
    <message>
        <source>Archive reason:</source>
        <translation>Archivierungsgrund:</translation>
    </message>
    <message>
        <source>Created at:</source>
        <translation>Angelegt am:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Angelegt von:</translation>
    </message>
    <message>
        <source>Updated at:</source>
        <translation>Geändert am:</translation>
    </message>
    <message>
        <source>Updated by:</source>
        <translation>Geändert von:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Lists lots, as the Lots tab and the Trace page do: by default the active lots of every part, soonest expiry first and lots without expiry last. Filters combine: a lot is listed when it matches every one given. Dates are written YYYY-MM-DD, amounts with a dot.</source>
        <translation>Listet Chargen wie der Reiter Chargen und die Seite Rückverfolgung: standardmäßig die aktiven Chargen aller Artikel, das früheste Verfallsdatum zuerst und Chargen ohne Verfallsdatum zuletzt. Filter werden kombiniert: Eine Charge wird gelistet, wenn sie zu allen angegebenen passt. Datumsangaben als JJJJ-MM-TT, Beträge mit Punkt.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verfällt</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only the lots of this part.</source>
        <translation>Nur die Chargen dieses Artikels.</translation>
    </message>
    <message>
        <source>Only lots of parts whose part number or name contains this text (ignoring case).</source>
        <translation>Nur Chargen von Artikeln, deren Artikelnummer oder Name diesen Text enthält (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>Only lots whose lot number contains this text (ignoring case).</source>
        <translation>Nur Chargen, deren Chargennummer diesen Text enthält (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>Which lots: active, archived or all (the default).</source>
        <translation>Welche Chargen: active, archived oder all (Vorgabe).</translation>
    </message>
    <message>
        <source>Which lots: active (the default), archived or all.</source>
        <translation>Welche Chargen: active (Vorgabe), archived oder all.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only the lots from this supplier.</source>
        <translation>Nur die Chargen dieses Lieferanten.</translation>
    </message>
    <message>
        <source>Only lots received on or after this date.</source>
        <translation>Nur Chargen, die an oder nach diesem Datum eingegangen sind.</translation>
    </message>
    <message>
        <source>Only lots received on or before this date.</source>
        <translation>Nur Chargen, die an oder vor diesem Datum eingegangen sind.</translation>
    </message>
    <message>
        <source>Only lots that expire before this date (not on it); lots without expiry are left out.</source>
        <translation>Nur Chargen, die vor diesem Datum verfallen (nicht an ihm); Chargen ohne Verfallsdatum fallen weg.</translation>
    </message>
    <message>
        <source>Only lots that expire after this date (not on it); lots without expiry are left out.</source>
        <translation>Nur Chargen, die nach diesem Datum verfallen (nicht an ihm); Chargen ohne Verfallsdatum fallen weg.</translation>
    </message>
    <message>
        <source>Only the lots stored in this warehouse.</source>
        <translation>Nur die Chargen in diesem Lager.</translation>
    </message>
    <message>
        <source>Only the lots in this bin of the --warehouse.</source>
        <translation>Nur die Chargen auf diesem Lagerplatz des --warehouse.</translation>
    </message>
    <message>
        <source>Order: expires (the default), part, lot, received, qty, cost, supplier, location or status; add :desc for descending, such as received:desc.</source>
        <translation>Sortierung: expires (Vorgabe), part, lot, received, qty, cost, supplier, location oder status; :desc anhängen für absteigend, etwa received:desc.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>--bin needs --warehouse: bin codes are only unique within a warehouse.</source>
        <translation>--bin braucht --warehouse: Lagerplatz-Codes sind nur innerhalb eines Lagers eindeutig.</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Lo&amp;t number*</source>
        <translation>&amp;Chargennummer*</translation>
    </message>
    <message>
        <source>as printed on the packing list</source>
        <translation>wie auf dem Lieferschein angegeben</translation>
    </message>
    <message>
        <source>&amp;Received date*</source>
        <translation>&amp;Eingangsdatum*</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Verfallsdatum</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>Ver&amp;fällt am</translation>
    </message>
    <message>
        <source>&amp;Quantity received*</source>
        <translation>Eingangs&amp;menge*</translation>
    </message>
    <message>
        <source>ea</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <source>&amp;Cost per unit*</source>
        <translation>Stück&amp;preis*</translation>
    </message>
    <message>
        <source>S&amp;upplier*</source>
        <translation>&amp;Lieferant*</translation>
    </message>
    <message>
        <source>&amp;Location*</source>
        <translation>Lager&amp;ort*</translation>
    </message>
    <message>
        <source>&amp;Bin</source>
        <translation>Lagerpla&amp;tz</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivieren…</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Save and &amp;New</source>
        <translation>Speichern und &amp;neu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Print this lot&apos;s record with its history, or save it as a PDF</source>
        <translation>Die Akte dieser Charge mit ihrem Verlauf drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>&amp;Bericht</translation>
    </message>
</context>
<context>
    <name>LotImport</name>
    <message>
        <source>Part number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <source>Received date</source>
        <translation>Eingangsdatum</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Verfallsdatum</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Eingangsmenge</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, day first</source>
        <translation>TT/MM/JJJJ, Tag zuerst</translation>
    </message>
    <message>
        <source>MM/DD/YYYY, month first</source>
        <translation>MM/TT/JJJJ, Monat zuerst</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Add it first, or let the import create missing suppliers, warehouses and bins.</source>
        <translation>Legen Sie den Eintrag zuerst an oder lassen Sie den Import fehlende Lieferanten, Lager und Lagerplätze anlegen.</translation>
    </message>
    <message>
        <source>The column mapping has %1 columns, but the file has %2.</source>
        <translation>Die Spaltenzuordnung hat %1 Spalten, die Datei aber %2.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; to map; its columns are: %2.</source>
        <translation>Die Datei hat keine Spalte „%1“ zum Zuordnen; ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <source>Lot number &quot;%1&quot; of part %2 is already on line %3 of this file.</source>
        <translation>Chargennummer „%1“ von Artikel %2 steht bereits in Zeile %3 dieser Datei.</translation>
    </message>
    <message>
        <source>Lot number &quot;%1&quot; of part %2 appears earlier in this file.</source>
        <translation>Chargennummer „%1“ von Artikel %2 kommt weiter oben in dieser Datei schon vor.</translation>
    </message>
    <message>
        <source>Part number is required.</source>
        <translation>Artikelnummer ist erforderlich.</translation>
    </message>
    <message>
        <source>Supplier is required.</source>
        <translation>Lieferant ist erforderlich.</translation>
    </message>
    <message>
        <source>Location is required: name the warehouse.</source>
        <translation>Lagerort ist erforderlich: Geben Sie das Lager an.</translation>
    </message>
    <message>
        <source>This database is open read-only; nothing can be imported.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet; es kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>The file has a header but no rows below it: there is nothing to import.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen darunter: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not written YYYY-MM-DD; for dates such as 05/03/2024 choose day-first or month-first dates.</source>
        <translation>%1 „%2“ ist nicht als JJJJ-MM-TT geschrieben; für Datumsangaben wie 05/03/2024 wählen Sie Tag zuerst oder Monat zuerst.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date written %3.</source>
        <translation>%1 „%2“ ist kein Datum im Format %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a real date (read as %3).</source>
        <translation>%1 „%2“ ist kein echtes Datum (gelesen als %3).</translation>
    </message>
    <message>
        <source>No column gives the %1, which every lot needs: map a column to it.</source>
        <translation>Keine Spalte liefert %1, das jede Charge braucht: Ordnen Sie eine Spalte zu.</translation>
    </message>
    <message>
        <source>%1 columns are mapped to %2; map only one.</source>
        <translation>%1 Spalten sind %2 zugeordnet; ordnen Sie nur eine zu.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>LotQuery</name>
    <message>
        <source>Unknown sort &quot;%1&quot;; use one of %2, optionally with :desc.</source>
        <translation>Unbekannte Sortierung „%1“; verwenden Sie eine von %2, wahlweise mit :desc.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use active, archived or all.</source>
        <translation>Unbekannter Status „%1“; verwenden Sie active, archived oder all.</translation>
    </message>
</context>
<context>
    <name>LotReports</name>
    <message>
        <source>Part #</source>
        <translation>Artikel-Nr.</translation>
    </message>
    <message>
        <source>Part name</source>
        <translation>Artikelname</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verfällt</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Qty received</source>
        <translation>Eingangsmenge</translation>
    </message>
    <message>
        <source>Cost/unit</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation>1 Charge</translation>
    </message>
    <message>
        <source>%1 lots</source>
        <translation>%1 Chargen</translation>
    </message>
    <message>
        <source>1 expired (shaded)</source>
        <translation>1 abgelaufen (schattiert)</translation>
    </message>
    <message>
        <source>%1 expired (shaded)</source>
        <translation>%1 abgelaufen (schattiert)</translation>
    </message>
    <message>
        <source>1 archived (grey)</source>
        <translation>1 archiviert (grau)</translation>
    </message>
    <message>
        <source>%1 archived (grey)</source>
        <translation>%1 archiviert (grau)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>am oder nach dem %1</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>am oder vor dem %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expires, latest first (no expiry first)</source>
        <translation>Verfallsdatum, späteste zuerst (ohne Verfallsdatum zuerst)</translation>
    </message>
    <message>
        <source>Expires, soonest first (no expiry last)</source>
        <translation>Verfallsdatum, früheste zuerst (ohne Verfallsdatum zuletzt)</translation>
    </message>
    <message>
        <source>Lot number, Z to A</source>
        <translation>Chargennummer, Z bis A</translation>
    </message>
    <message>
        <source>Lot number, A to Z</source>
        <translation>Chargennummer, A bis Z</translation>
    </message>
    <message>
        <source>Received, newest first</source>
        <translation>Eingang, neueste zuerst</translation>
    </message>
    <message>
        <source>Received, oldest first</source>
        <translation>Eingang, älteste zuerst</translation>
    </message>
    <message>
        <source>Quantity, largest first</source>
        <translation>Menge, größte zuerst</translation>
    </message>
    <message>
        <source>Quantity, smallest first</source>
        <translation>Menge, kleinste zuerst</translation>
    </message>
    <message>
        <source>Cost per unit, highest first</source>
        <translation>Stückpreis, höchster zuerst</translation>
    </message>
    <message>
        <source>Cost per unit, lowest first</source>
        <translation>Stückpreis, niedrigster zuerst</translation>
    </message>
    <message>
        <source>Supplier, Z to A</source>
        <translation>Lieferant, Z bis A</translation>
    </message>
    <message>
        <source>Supplier, A to Z</source>
        <translation>Lieferant, A bis Z</translation>
    </message>
    <message>
        <source>Location, Z to A</source>
        <translation>Lagerort, Z bis A</translation>
    </message>
    <message>
        <source>Location, A to Z</source>
        <translation>Lagerort, A bis Z</translation>
    </message>
    <message>
        <source>Status, archived first</source>
        <translation>Status, archivierte zuerst</translation>
    </message>
    <message>
        <source>Status, active first</source>
        <translation>Status, aktive zuerst</translation>
    </message>
    <message>
        <source>Part number, Z to A</source>
        <translation>Artikelnummer, Z bis A</translation>
    </message>
    <message>
        <source>Part number, A to Z</source>
        <translation>Artikelnummer, A bis Z</translation>
    </message>
    <message>
        <source>Part name, Z to A</source>
        <translation>Artikelname, Z bis A</translation>
    </message>
    <message>
        <source>Part name, A to Z</source>
        <translation>Artikelname, A bis Z</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Part number or name contains</source>
        <translation>Artikelnummer oder Name enthält</translation>
    </message>
    <message>
        <source>Lot number contains</source>
        <translation>Chargennummer enthält</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Aktiv und archiviert</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Lots of %1</source>
        <translation>Chargen von %1</translation>
    </message>
    <message>
        <source>Sorted by</source>
        <translation>Sortiert nach</translation>
    </message>
    <message>
        <source>No lots of this part match the filter.</source>
        <translation>Keine Chargen dieses Artikels passen zum Filter.</translation>
    </message>
    <message>
        <source>Received in these lots: %1 %2, at a cost of %3.</source>
        <translation>Eingegangen in diesen Chargen: %1 %2, zu Kosten von %3.</translation>
    </message>
    <message>
        <source>Trace: lots of all parts</source>
        <translation>Rückverfolgung: Chargen aller Artikel</translation>
    </message>
    <message>
        <source>No lots match the filter.</source>
        <translation>Keine Chargen passen zum Filter.</translation>
    </message>
    <message>
        <source>Lots expired or expiring within 1 day</source>
        <translation>Chargen, abgelaufen oder innerhalb von 1 Tag ablaufend</translation>
    </message>
    <message>
        <source>Lots expired or expiring within %1 days</source>
        <translation>Chargen, abgelaufen oder innerhalb von %1 Tagen ablaufend</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>Active lots of every part</source>
        <translation>Aktive Chargen aller Artikel</translation>
    </message>
    <message>
        <source>by %1 (within %2 days of %3), or already expired</source>
        <translation>bis %1 (innerhalb von %2 Tagen ab %3) oder bereits abgelaufen</translation>
    </message>
    <message>
        <source>Nothing has expired or expires within the window.</source>
        <translation>Nichts ist abgelaufen oder läuft innerhalb des Zeitfensters ab.</translation>
    </message>
    <message>
        <source>Days left are counted from %1.</source>
        <translation>Resttage gezählt ab %1.</translation>
    </message>
    <message>
        <source>Lot record: %1 of part %2</source>
        <translation>Chargenakte: %1 von Artikel %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Verfallsdatum</translation>
    </message>
    <message>
        <source>Expiry status</source>
        <translation>Verfallsstatus</translation>
    </message>
    <message>
        <source>%1 (%2, as of %3)</source>
        <translation>%1 (%2, Stand %3)</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Eingangsmenge</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Received value</source>
        <translation>Eingangswert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Archived (UTC)</source>
        <translation>Archiviert (UTC)</translation>
    </message>
    <message>
        <source>Archived by</source>
        <translation>Archiviert von</translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation>Archivierungsgrund</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Angelegt (UTC)</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Last changed (UTC)</source>
        <translation>Zuletzt geändert (UTC)</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Zuletzt geändert von</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No audit events are recorded for this lot.</source>
        <translation>Zu dieser Charge sind keine Protokolleinträge erfasst.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
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
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Audit trail: %1 for this lot. The newest, #%2, has the hash %3; &quot;lotbook-cli audit verify&quot; checks the whole chain.</source>
        <translation>Änderungsprotokoll: %1 zu dieser Charge. Der neueste, Nr. %2, hat den Hash %3; „lotbook-cli audit verify“ prüft die ganze Kette.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>A lot number is required.</source>
        <translation>Eine Chargennummer ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>LotStore</name>
    <message>
        <source>This database is open read-only; changes cannot be saved.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Part %1 is deactivated; reactivate it before receiving new lots.</source>
        <translation>Artikel %1 ist deaktiviert; aktivieren Sie ihn wieder, bevor Sie neue Chargen erfassen.</translation>
    </message>
    <message>
        <source>Part %1 does not track lots; turn on lot tracking for it first.</source>
        <translation>Artikel %1 hat keine Chargenverfolgung; schalten Sie sie zuerst für ihn ein.</translation>
    </message>
    <message>
        <source>Choose the part this lot belongs to.</source>
        <translation>Wählen Sie den Artikel, zu dem diese Charge gehört.</translation>
    </message>
    <message>
        <source>Lot number is required.</source>
        <translation>Chargennummer ist erforderlich.</translation>
    </message>
    <message>
        <source>Lot number can be at most 64 characters.</source>
        <translation>Die Chargennummer darf höchstens 64 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Part %1 already has a lot numbered &quot;%2&quot; (lot numbers are compared ignoring case and surrounding spaces).</source>
        <translation>Artikel %1 hat bereits eine Charge mit der Nummer „%2“ (Chargennummern werden ohne Beachtung von Groß-/Kleinschreibung und umgebenden Leerzeichen verglichen).</translation>
    </message>
    <message>
        <source>Received date is required.</source>
        <translation>Eingangsdatum ist erforderlich.</translation>
    </message>
    <message>
        <source>Received date %1 is in the future; a lot can only be recorded once it has arrived.</source>
        <translation>Das Eingangsdatum %1 liegt in der Zukunft; eine Charge kann erst erfasst werden, wenn sie eingegangen ist.</translation>
    </message>
    <message>
        <source>Expiration date is before the received date.</source>
        <translation>Das Verfallsdatum liegt vor dem Eingangsdatum.</translation>
    </message>
    <message>
        <source>Quantity received must be a whole number greater than 0.</source>
        <translation>Eingangsmenge muss eine ganze Zahl größer als 0 sein.</translation>
    </message>
    <message>
        <source>Cost per unit cannot be negative.</source>
        <translation>Der Stückpreis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Supplier is required: choose one from the list.</source>
        <translation>Lieferant ist erforderlich: Wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>That supplier is deactivated; choose an active supplier.</source>
        <translation>Dieser Lieferant ist deaktiviert; wählen Sie einen aktiven Lieferanten.</translation>
    </message>
    <message>
        <source>Location is required: choose a warehouse from the list.</source>
        <translation>Lagerort ist erforderlich: Wählen Sie ein Lager aus der Liste.</translation>
    </message>
    <message>
        <source>That warehouse is deactivated; choose an active one.</source>
        <translation>Dieses Lager ist deaktiviert; wählen Sie ein aktives.</translation>
    </message>
    <message>
        <source>That bin does not exist; choose one from the list.</source>
        <translation>Diesen Lagerplatz gibt es nicht; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>Bin %1 belongs to another warehouse; choose a bin of the lot&apos;s warehouse, or none.</source>
        <translation>Lagerplatz %1 gehört zu einem anderen Lager; wählen Sie einen Lagerplatz im Lager der Charge oder keinen.</translation>
    </message>
    <message>
        <source>Bin %1 is deactivated; choose an active bin.</source>
        <translation>Lagerplatz %1 ist deaktiviert; wählen Sie einen aktiven Lagerplatz.</translation>
    </message>
    <message>
        <source>Lot %1 was changed by %2 at %3 after you opened it. Nothing was saved: reopen the lot to see the current values.</source>
        <translation>Charge %1 wurde am %3 von %2 geändert, nachdem Sie sie geöffnet haben. Nichts wurde gespeichert: Öffnen Sie die Charge erneut, um die aktuellen Werte zu sehen.</translation>
    </message>
    <message>
        <source>Lot %1 is archived; restore it before editing.</source>
        <translation>Charge %1 ist archiviert; stellen Sie sie wieder her, bevor Sie sie bearbeiten.</translation>
    </message>
    <message>
        <source>A lot cannot move to another part.</source>
        <translation>Eine Charge kann nicht zu einem anderen Artikel wechseln.</translation>
    </message>
    <message>
        <source>Lot %1 is already archived.</source>
        <translation>Charge %1 ist bereits archiviert.</translation>
    </message>
    <message>
        <source>Lot %1 is not archived.</source>
        <translation>Charge %1 ist nicht archiviert.</translation>
    </message>
    <message>
        <source>The lot no longer exists.</source>
        <translation>Die Charge existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no lot &quot;%1&quot; for this part.</source>
        <translation>Für diesen Artikel gibt es keine Charge „%1“.</translation>
    </message>
    <message>
        <source>Saving the lots failed before.</source>
        <translation>Das Speichern der Chargen ist schon vorher fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A new lot was not saved: %1.</source>
        <translation>Eine neue Charge wurde nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be a number, such as %2.</source>
        <translation>%1 muss eine Zahl sein, etwa %2.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 can have at most %2 decimal places.</source>
        <translation>%1 darf höchstens %2 Nachkommastellen haben.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 ist zu groß.</translation>
    </message>
</context>
<context>
    <name>PartCommands</name>
    <message>
        <source>New part number (unique, compared ignoring case).</source>
        <translation>Neue Artikelnummer (eindeutig; Groß-/Kleinschreibung zählt nicht).</translation>
    </message>
    <message>
        <source>Part number (unique, compared ignoring case).</source>
        <translation>Artikelnummer (eindeutig; Groß-/Kleinschreibung zählt nicht).</translation>
    </message>
    <message>
        <source>PN</source>
        <translation>ARTNR</translation>
    </message>
    <message>
        <source>Name of the part.</source>
        <translation>Name des Artikels.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Unit of measure (default: ea).</source>
        <translation>Mengeneinheit (Vorgabe: ea).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>EINHEIT</translation>
    </message>
    <message>
        <source>Catalog price, with a dot and up to 4 decimals: 0.0025.</source>
        <translation>Katalogpreis, mit Punkt und bis zu 4 Nachkommastellen: 0.0025.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Beschreibung.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Track lots (shipments) of this part.</source>
        <translation>Chargen (Lieferungen) dieses Artikels verfolgen.</translation>
    </message>
    <message>
        <source>Stop tracking lots of this part.</source>
        <translation>Chargen dieses Artikels nicht mehr verfolgen.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Adds a part to the catalog.</source>
        <translation>Legt einen Artikel im Katalog an.</translation>
    </message>
    <message>
        <source>Added part %1 (%2).</source>
        <translation>Artikel %1 (%2) angelegt.</translation>
    </message>
    <message>
        <source>Changes a part. Only the fields given are changed; --number gives the part a new part number.</source>
        <translation>Ändert einen Artikel. Nur die angegebenen Felder werden geändert; --number gibt dem Artikel eine neue Artikelnummer.</translation>
    </message>
    <message>
        <source>Part number of the part to change.</source>
        <translation>Artikelnummer des zu ändernden Artikels.</translation>
    </message>
    <message>
        <source>Give either --track-lots or --no-track-lots, not both.</source>
        <translation>Geben Sie entweder --track-lots oder --no-track-lots an, nicht beides.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field option.</source>
        <translation>Nichts zu ändern: Geben Sie mindestens eine Feldoption an.</translation>
    </message>
    <message>
        <source>Saved part %1 (%2).</source>
        <translation>Artikel %1 (%2) gespeichert.</translation>
    </message>
    <message>
        <source>Makes a deactivated part active again.</source>
        <translation>Macht einen deaktivierten Artikel wieder aktiv.</translation>
    </message>
    <message>
        <source>Deactivates a part: it stays in the database and in its history, but is no longer offered for new entries.</source>
        <translation>Deaktiviert einen Artikel: Er bleibt in der Datenbank und in seinem Verlauf, wird aber für neue Einträge nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Part number.</source>
        <translation>Artikelnummer.</translation>
    </message>
    <message>
        <source>Activated part %1.</source>
        <translation>Artikel %1 aktiviert.</translation>
    </message>
    <message>
        <source>Deactivated part %1.</source>
        <translation>Artikel %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Lists the parts, by part number.</source>
        <translation>Listet die Artikel nach Artikelnummer.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Lots tracked</source>
        <translation>Chargenverfolgung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <source>Part</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Part &amp;number*</source>
        <translation>&amp;Artikelnummer*</translation>
    </message>
    <message>
        <source>e.g. CAP-100</source>
        <translation>z. B. CAP-100</translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation>&amp;Name*</translation>
    </message>
    <message>
        <source>e.g. Run capacitor 45/5 uF</source>
        <translation>z. B. Betriebskondensator 45/5 µF</translation>
    </message>
    <message>
        <source>&amp;Unit of measure</source>
        <translation>&amp;Mengeneinheit</translation>
    </message>
    <message>
        <source>ea</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <source>Catalog &amp;price</source>
        <translation>Katalog&amp;preis</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Track lots (record every shipment as its own lot)</source>
        <translation>&amp;Chargen verfolgen (jede Lieferung als eigene Charge erfassen)</translation>
    </message>
</context>
<context>
    <name>PartStore</name>
    <message>
        <source>Part number is required.</source>
        <translation>Artikelnummer ist erforderlich.</translation>
    </message>
    <message>
        <source>Part number can be at most 64 characters.</source>
        <translation>Die Artikelnummer darf höchstens 64 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Part number &quot;%1&quot; is already used by another part (part numbers are compared ignoring case and surrounding spaces).</source>
        <translation>Die Artikelnummer „%1“ wird bereits von einem anderen Artikel verwendet (Artikelnummern werden ohne Beachtung von Groß-/Kleinschreibung und umgebenden Leerzeichen verglichen).</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Unit of measure can be at most 16 characters.</source>
        <translation>Die Mengeneinheit darf höchstens 16 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Catalog price cannot be negative.</source>
        <translation>Der Katalogpreis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Part %1 has %2 lot(s) on record, so lot tracking stays on.</source>
        <translation>Zu Artikel %1 sind %2 Charge(n) erfasst, daher bleibt die Chargenverfolgung eingeschaltet.</translation>
    </message>
    <message>
        <source>There is no part with part number &quot;%1&quot;.</source>
        <translation>Es gibt keinen Artikel mit der Artikelnummer „%1“.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The user name is required: it is recorded with every change.</source>
        <translation>Der Benutzername ist erforderlich: Er wird bei jeder Änderung festgehalten.</translation>
    </message>
    <message>
        <source>The user name is too long (at most %1 characters).</source>
        <translation>Der Benutzername ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The user name cannot contain control characters (such as tabs or line breaks).</source>
        <translation>Der Benutzername darf keine Steuerzeichen enthalten (etwa Tabulatoren oder Zeilenumbrüche).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Your name*</source>
        <translation>&amp;Ihr Name*</translation>
    </message>
    <message>
        <source>recorded with every change</source>
        <translation>wird bei jeder Änderung festgehalten</translation>
    </message>
    <message>
        <source>&amp;Expiring soon within</source>
        <translation>&amp;Bald ablaufend innerhalb von</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Produced %1 by %2</source>
        <translation>Erstellt am %1 von %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>The PDF file to write (replaced if it exists).</source>
        <translation>Die zu schreibende PDF-Datei (wird ersetzt, falls vorhanden).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Wrote &quot;%1&quot; to %2 (%3).</source>
        <translation>„%1“ nach %2 geschrieben (%3).</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>Writes the lots of one part as a PDF report, as its Lots tab lists them: by default the active lots, soonest expiry first. The filters of &quot;lots&quot; narrow the list; the report says which were used, when and by whom it was produced.</source>
        <translation>Schreibt die Chargen eines Artikels als PDF-Bericht, so wie sein Reiter Chargen sie listet: standardmäßig die aktiven Chargen, das früheste Verfallsdatum zuerst. Die Filter von „lots“ grenzen die Liste ein; der Bericht nennt die verwendeten Filter und wann und von wem er erstellt wurde.</translation>
    </message>
    <message>
        <source>Writes the lots of every part that match the filters as a PDF report, as the Trace page lists them: by default every lot, active and archived. The filters are those of &quot;lots&quot;; the report says which were used, when and by whom it was produced.</source>
        <translation>Schreibt die Chargen aller Artikel, die zu den Filtern passen, als PDF-Bericht, so wie die Seite Rückverfolgung sie listet: standardmäßig alle Chargen, aktive und archivierte. Die Filter sind die von „lots“; der Bericht nennt die verwendeten Filter und wann und von wem er erstellt wurde.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>Writes the Expiring list as a PDF report: the active lots of every part that have expired or expire within the window, oldest expiry first.</source>
        <translation>Schreibt die Verfallsliste als PDF-Bericht: die aktiven Chargen aller Artikel, die abgelaufen sind oder innerhalb des Zeitfensters ablaufen, das älteste Verfallsdatum zuerst.</translation>
    </message>
    <message>
        <source>The window in days, 0 to 3650 (default: the preferences&apos; &quot;expiring soon&quot; window, %1).</source>
        <translation>Das Zeitfenster in Tagen, 0 bis 3650 (Vorgabe: das Fenster „läuft bald ab“ aus den Einstellungen, %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--days needs a whole number from 0 to 3650 (got &quot;%1&quot;).</source>
        <translation>--days braucht eine ganze Zahl von 0 bis 3650 (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Writes one lot&apos;s record as a PDF report: every field and its whole history from the audit trail, for filing.</source>
        <translation>Schreibt die Akte einer Charge als PDF-Bericht: jedes Feld und ihren ganzen Verlauf aus dem Änderungsprotokoll, zum Ablegen.</translation>
    </message>
    <message>
        <source>LOT</source>
        <translation>CHARGE</translation>
    </message>
    <message>
        <source>Lot number.</source>
        <translation>Chargennummer.</translation>
    </message>
    <message>
        <source>Part number of the lot&apos;s part; needed when parts share the lot number.</source>
        <translation>Artikelnummer des Artikels der Charge; nötig, wenn mehrere Artikel die Chargennummer haben.</translation>
    </message>
    <message>
        <source>PN</source>
        <translation>ARTNR</translation>
    </message>
    <message>
        <source>Part %1 has no lot &quot;%2&quot;.</source>
        <translation>Artikel %1 hat keine Charge „%2“.</translation>
    </message>
    <message>
        <source>There is no lot &quot;%1&quot; in any part.</source>
        <translation>In keinem Artikel gibt es eine Charge „%1“.</translation>
    </message>
    <message>
        <source>Lot &quot;%1&quot; exists in parts %2; choose one with --part.</source>
        <translation>Charge „%1“ gibt es bei den Artikeln %2; wählen Sie einen mit --part.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Laying out the pages of “%1”…</source>
        <translation>Seiten von „%1“ werden gesetzt…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Saved “%1” to %2 (%3).</source>
        <translation>„%1“ unter %2 gespeichert (%3).</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>„%1“ drucken</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Sent “%1” to the printer (%2).</source>
        <translation>„%1“ an den Drucker gesendet (%2).</translation>
    </message>
    <message>
        <source>Lot record</source>
        <translation>Chargenakte</translation>
    </message>
    <message>
        <source>&amp;Print Lot Record…</source>
        <translation>Chargenakte &amp;drucken…</translation>
    </message>
    <message>
        <source>Export Lot Record as P&amp;DF…</source>
        <translation>Chargenakte als &amp;PDF exportieren…</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Reports need the graphical part of Qt (fonts), which was not started.</source>
        <translation>Berichte brauchen den grafischen Teil von Qt (Schriften), der nicht gestartet wurde.</translation>
    </message>
    <message>
        <source>The page is too small for the report.</source>
        <translation>Die Seite ist zu klein für den Bericht.</translation>
    </message>
    <message>
        <source>Cannot start drawing the report&apos;s pages.</source>
        <translation>Das Zeichnen der Berichtsseiten kann nicht beginnen.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation>Seite %1 des Berichts kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot finish the report&apos;s pages.</source>
        <translation>Die Berichtsseiten können nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>This database is open read-only; changes cannot be saved.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Der Datensatz existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>Database error while %1</source>
        <translation>Datenbankfehler beim %1</translation>
    </message>
    <message>
        <source>The database is busy in another window or program: %1 failed and nothing was changed. Try again in a moment.</source>
        <translation>Die Datenbank ist in einem anderen Fenster oder Programm beschäftigt: %1 ist fehlgeschlagen, und nichts wurde geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full: %1 failed and nothing was changed. Free some disk space, then try again.</source>
        <translation>Der Datenträger ist voll: %1 ist fehlgeschlagen, und nichts wurde geändert. Schaffen Sie Platz auf dem Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk reported an error: %1 failed and nothing was changed. Check the disk or network share, then try again.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet: %1 ist fehlgeschlagen, und nichts wurde geändert. Prüfen Sie den Datenträger oder die Netzwerkfreigabe und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The database file is read-only: %1 failed and nothing was changed.</source>
        <translation>Die Datenbankdatei ist schreibgeschützt: %1 ist fehlgeschlagen, und nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1 failed. Run lotbook-cli check on it and restore a backup.</source>
        <translation>Die Datenbankdatei ist beschädigt: %1 ist fehlgeschlagen. Prüfen Sie sie mit lotbook-cli check und spielen Sie eine Sicherung zurück.</translation>
    </message>
    <message>
        <source>reading the newest audit event</source>
        <translation>Lesen des neuesten Protokolleintrags</translation>
    </message>
    <message>
        <source>writing the audit event</source>
        <translation>Schreiben des Protokolleintrags</translation>
    </message>
    <message>
        <source>writing the audit events</source>
        <translation>Schreiben der Protokolleinträge</translation>
    </message>
    <message>
        <source>writing demo suppliers</source>
        <translation>Schreiben der Demo-Lieferanten</translation>
    </message>
    <message>
        <source>writing demo warehouses</source>
        <translation>Schreiben der Demo-Lager</translation>
    </message>
    <message>
        <source>writing demo bins</source>
        <translation>Schreiben der Demo-Lagerplätze</translation>
    </message>
    <message>
        <source>writing demo parts</source>
        <translation>Schreiben der Demo-Artikel</translation>
    </message>
    <message>
        <source>writing demo lots</source>
        <translation>Schreiben der Demo-Chargen</translation>
    </message>
    <message>
        <source>writing the demo audit trail</source>
        <translation>Schreiben des Demo-Änderungsprotokolls</translation>
    </message>
    <message>
        <source>preparing the bulk load</source>
        <translation>Vorbereiten des Massenladens</translation>
    </message>
    <message>
        <source>indexing the demo data</source>
        <translation>Indizieren der Demodaten</translation>
    </message>
    <message>
        <source>indexing the demo lot numbers</source>
        <translation>Indizieren der Demo-Chargennummern</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>sealing the audit log</source>
        <translation>Versiegeln des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>counting audit events</source>
        <translation>Zählen der Protokolleinträge</translation>
    </message>
    <message>
        <source>reading the audit log&apos;s users</source>
        <translation>Lesen der Benutzer im Änderungsprotokoll</translation>
    </message>
    <message>
        <source>finding the part</source>
        <translation>Suchen des Artikels</translation>
    </message>
    <message>
        <source>writing a backup</source>
        <translation>Schreiben einer Sicherung</translation>
    </message>
    <message>
        <source>summarizing lot costs</source>
        <translation>Zusammenfassen der Chargenkosten</translation>
    </message>
    <message>
        <source>reading lot costs</source>
        <translation>Lesen der Chargenkosten</translation>
    </message>
    <message>
        <source>reading the database schema</source>
        <translation>Lesen des Datenbankschemas</translation>
    </message>
    <message>
        <source>looking into the database</source>
        <translation>Untersuchen der Datenbank</translation>
    </message>
    <message>
        <source>counting expiring lots</source>
        <translation>Zählen der ablaufenden Chargen</translation>
    </message>
    <message>
        <source>checking a repeated lot number</source>
        <translation>Prüfen einer wiederholten Chargennummer</translation>
    </message>
    <message>
        <source>reading the newest lot</source>
        <translation>Lesen der neuesten Charge</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>Lesen eines Datensatzes</translation>
    </message>
    <message>
        <source>saving the new lot</source>
        <translation>Speichern der neuen Charge</translation>
    </message>
    <message>
        <source>saving the lot</source>
        <translation>Speichern der Charge</translation>
    </message>
    <message>
        <source>reading the lot</source>
        <translation>Lesen der Charge</translation>
    </message>
    <message>
        <source>listing lots</source>
        <translation>Auflisten der Chargen</translation>
    </message>
    <message>
        <source>counting lots</source>
        <translation>Zählen der Chargen</translation>
    </message>
    <message>
        <source>counting the part&apos;s lots</source>
        <translation>Zählen der Chargen des Artikels</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>Lesen der Datensätze</translation>
    </message>
    <message>
        <source>saving a new record</source>
        <translation>Speichern eines neuen Datensatzes</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>Speichern einer Änderung</translation>
    </message>
    <message>
        <source>checking for duplicates</source>
        <translation>Prüfen auf Duplikate</translation>
    </message>
    <message>
        <source>protecting the audit trail</source>
        <translation>Schützen des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>upgrading the database schema</source>
        <translation>Aktualisieren des Datenbankschemas</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>Festhalten der Schemaversion</translation>
    </message>
    <message>
        <source>totalling lots</source>
        <translation>Summieren der Chargen</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
    <message>
        <source>exporting a list</source>
        <translation>Exportieren einer Liste</translation>
    </message>
    <message>
        <source>reading the part numbers</source>
        <translation>Lesen der Teilenummern</translation>
    </message>
</context>
<context>
    <name>SupplierCommands</name>
    <message>
        <source>New name of the supplier (unique, compared ignoring case).</source>
        <translation>Neuer Name des Lieferanten (eindeutig; Groß-/Kleinschreibung zählt nicht).</translation>
    </message>
    <message>
        <source>Supplier name (unique, compared ignoring case).</source>
        <translation>Name des Lieferanten (eindeutig; Groß-/Kleinschreibung zählt nicht).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Contact person.</source>
        <translation>Ansprechpartner.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefonnummer.</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notizen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Adds a supplier.</source>
        <translation>Legt einen Lieferanten an.</translation>
    </message>
    <message>
        <source>Added supplier %1.</source>
        <translation>Lieferant %1 angelegt.</translation>
    </message>
    <message>
        <source>Changes a supplier. Only the fields given are changed; --name renames it.</source>
        <translation>Ändert einen Lieferanten. Nur die angegebenen Felder werden geändert; --name benennt ihn um.</translation>
    </message>
    <message>
        <source>Name of the supplier to change.</source>
        <translation>Name des zu ändernden Lieferanten.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field option.</source>
        <translation>Nichts zu ändern: Geben Sie mindestens eine Feldoption an.</translation>
    </message>
    <message>
        <source>Saved supplier %1.</source>
        <translation>Lieferant %1 gespeichert.</translation>
    </message>
    <message>
        <source>Makes a deactivated supplier active again.</source>
        <translation>Macht einen deaktivierten Lieferanten wieder aktiv.</translation>
    </message>
    <message>
        <source>Deactivates a supplier: it stays in the database and in the history of its lots, but is no longer offered for new entries.</source>
        <translation>Deaktiviert einen Lieferanten: Er bleibt in der Datenbank und im Verlauf seiner Chargen, wird aber für neue Einträge nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Supplier name.</source>
        <translation>Name des Lieferanten.</translation>
    </message>
    <message>
        <source>Activated supplier %1.</source>
        <translation>Lieferant %1 aktiviert.</translation>
    </message>
    <message>
        <source>Deactivated supplier %1.</source>
        <translation>Lieferant %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Lists the suppliers, by name.</source>
        <translation>Listet die Lieferanten nach Namen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
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
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation>&amp;Name*</translation>
    </message>
    <message>
        <source>e.g. Acme Parts Co.</source>
        <translation>z. B. Acme Parts GmbH</translation>
    </message>
    <message>
        <source>&amp;Contact name</source>
        <translation>&amp;Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>orders@example.com</source>
        <translation>bestellung@example.com</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>SupplierStore</name>
    <message>
        <source>Supplier name is required.</source>
        <translation>Der Name des Lieferanten ist erforderlich.</translation>
    </message>
    <message>
        <source>A supplier named &quot;%1&quot; already exists (names are compared ignoring case and surrounding spaces).</source>
        <translation>Ein Lieferant namens „%1“ existiert bereits (Namen werden ohne Beachtung von Groß-/Kleinschreibung und umgebenden Leerzeichen verglichen).</translation>
    </message>
    <message>
        <source>Email &quot;%1&quot; does not look like an email address (name@example.com).</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus (name@example.com).</translation>
    </message>
    <message>
        <source>There is no supplier named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Lieferanten namens „%1“.</translation>
    </message>
</context>
<context>
    <name>WarehouseCommands</name>
    <message>
        <source>New name of the warehouse (unique, compared ignoring case).</source>
        <translation>Neuer Name des Lagers (eindeutig; Groß-/Kleinschreibung zählt nicht).</translation>
    </message>
    <message>
        <source>Warehouse name (unique, compared ignoring case).</source>
        <translation>Name des Lagers (eindeutig; Groß-/Kleinschreibung zählt nicht).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Address and notes.</source>
        <translation>Adresse und Notizen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Adds a warehouse.</source>
        <translation>Legt ein Lager an.</translation>
    </message>
    <message>
        <source>Added warehouse %1.</source>
        <translation>Lager %1 angelegt.</translation>
    </message>
    <message>
        <source>Changes a warehouse. Only the fields given are changed; --name renames it.</source>
        <translation>Ändert ein Lager. Nur die angegebenen Felder werden geändert; --name benennt es um.</translation>
    </message>
    <message>
        <source>Name of the warehouse to change.</source>
        <translation>Name des zu ändernden Lagers.</translation>
    </message>
    <message>
        <source>Nothing to change: give --name or --notes.</source>
        <translation>Nichts zu ändern: Geben Sie --name oder --notes an.</translation>
    </message>
    <message>
        <source>Saved warehouse %1.</source>
        <translation>Lager %1 gespeichert.</translation>
    </message>
    <message>
        <source>Makes a deactivated warehouse active again.</source>
        <translation>Macht ein deaktiviertes Lager wieder aktiv.</translation>
    </message>
    <message>
        <source>Deactivates a warehouse: it stays in the database and in the history of its lots, but is no longer offered for new entries.</source>
        <translation>Deaktiviert ein Lager: Es bleibt in der Datenbank und im Verlauf seiner Chargen, wird aber für neue Einträge nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Warehouse name.</source>
        <translation>Name des Lagers.</translation>
    </message>
    <message>
        <source>Activated warehouse %1.</source>
        <translation>Lager %1 aktiviert.</translation>
    </message>
    <message>
        <source>Deactivated warehouse %1.</source>
        <translation>Lager %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Lists the warehouses, by name.</source>
        <translation>Listet die Lager nach Namen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>The warehouse the bin is in.</source>
        <translation>Das Lager, in dem der Lagerplatz liegt.</translation>
    </message>
    <message>
        <source>Bin code (unique within its warehouse).</source>
        <translation>Lagerplatz-Code (eindeutig innerhalb seines Lagers).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Adds a bin to a warehouse.</source>
        <translation>Legt einen Lagerplatz in einem Lager an.</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Beschreibung.</translation>
    </message>
    <message>
        <source>Added bin %1 to warehouse %2.</source>
        <translation>Lagerplatz %1 in Lager %2 angelegt.</translation>
    </message>
    <message>
        <source>Makes a deactivated bin active again.</source>
        <translation>Macht einen deaktivierten Lagerplatz wieder aktiv.</translation>
    </message>
    <message>
        <source>Deactivates a bin: it stays in the database and in the history of its lots, but is no longer offered for new entries.</source>
        <translation>Deaktiviert einen Lagerplatz: Er bleibt in der Datenbank und im Verlauf seiner Chargen, wird aber für neue Einträge nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Activated bin %1 in warehouse %2.</source>
        <translation>Lagerplatz %1 in Lager %2 aktiviert.</translation>
    </message>
    <message>
        <source>Deactivated bin %1 in warehouse %2.</source>
        <translation>Lagerplatz %1 in Lager %2 deaktiviert.</translation>
    </message>
    <message>
        <source>Lists bins by warehouse and code: those of one warehouse, or of every warehouse (without --all, the active bins of active warehouses).</source>
        <translation>Listet Lagerplätze nach Lager und Code: die eines Lagers oder aller Lager (ohne --all die aktiven Lagerplätze aktiver Lager).</translation>
    </message>
    <message>
        <source>Only the bins of this warehouse.</source>
        <translation>Nur die Lagerplätze dieses Lagers.</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>WarehouseDialog</name>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>&amp;Name*</source>
        <translation>&amp;Name*</translation>
    </message>
    <message>
        <source>e.g. Warehouse A</source>
        <translation>z. B. Lager A</translation>
    </message>
    <message>
        <source>&amp;Address / notes</source>
        <translation>&amp;Adresse / Notizen</translation>
    </message>
</context>
<context>
    <name>WarehouseStore</name>
    <message>
        <source>Warehouse name is required.</source>
        <translation>Der Name des Lagers ist erforderlich.</translation>
    </message>
    <message>
        <source>A warehouse named &quot;%1&quot; already exists (names are compared ignoring case and surrounding spaces).</source>
        <translation>Ein Lager namens „%1“ existiert bereits (Namen werden ohne Beachtung von Groß-/Kleinschreibung und umgebenden Leerzeichen verglichen).</translation>
    </message>
    <message>
        <source>There is no warehouse named &quot;%1&quot;.</source>
        <translation>Es gibt kein Lager namens „%1“.</translation>
    </message>
    <message>
        <source>Choose the warehouse the bin belongs to.</source>
        <translation>Wählen Sie das Lager, zu dem der Lagerplatz gehört.</translation>
    </message>
    <message>
        <source>Bin code is required.</source>
        <translation>Der Lagerplatz-Code ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 already has a bin with code &quot;%2&quot;.</source>
        <translation>%1 hat bereits einen Lagerplatz mit dem Code „%2“.</translation>
    </message>
    <message>
        <source>A bin cannot move to another warehouse; deactivate it and create a new bin there.</source>
        <translation>Ein Lagerplatz kann nicht in ein anderes Lager wechseln; deaktivieren Sie ihn und legen Sie dort einen neuen an.</translation>
    </message>
    <message>
        <source>%1 has no bin with code &quot;%2&quot;.</source>
        <translation>%1 hat keinen Lagerplatz mit dem Code „%2“.</translation>
    </message>
    <message>
        <source>The warehouse</source>
        <translation>Das Lager</translation>
    </message>
</context>
<context>
    <name>lotbook::AuditEventModel</name>
    <message>
        <source>Local time: %1</source>
        <translation>Ortszeit: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Part / lot / name</source>
        <translation>Artikel / Charge / Name</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>lotbook::AuditLogPage</name>
    <message>
        <source>Part number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>The part&apos;s events and its lots&apos; events, also from before a rename</source>
        <translation>Die Einträge des Artikels und seiner Chargen, auch aus der Zeit vor einer Umbenennung</translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <source>The events of lots with this exact number (of the part above, when one is given)</source>
        <translation>Die Einträge von Chargen mit genau dieser Nummer (des Artikels darüber, falls angegeben)</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Charge</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>B&amp;enutzer</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <source>(UTC dates)</source>
        <translation>(Daten in UTC)</translation>
    </message>
    <message>
        <source>Events are stamped in UTC; the dates compare with that time.</source>
        <translation>Einträge tragen einen UTC-Zeitstempel; die Datumsangaben werden mit dieser Zeit verglichen.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Select an event to see what changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the record of the selected event (Enter or double-click)</source>
        <translation>Den Datensatz des gewählten Eintrags öffnen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Verify Trail</source>
        <translation>Protokoll prüfen</translation>
    </message>
    <message>
        <source>Check that no event was changed, removed or reordered since it was written, and show the count and newest hash to note</source>
        <translation>Prüfen, dass seit dem Schreiben kein Eintrag geändert, entfernt oder umsortiert wurde, und die Anzahl und den neuesten Hash zum Notieren anzeigen</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>No events match (of %1)</source>
        <translation>Keine Einträge passen (von %1)</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>When: %1 UTC (local time %2)</source>
        <translation>Wann: %1 UTC (Ortszeit %2)</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Wer: %1</translation>
    </message>
    <message>
        <source>No field changed.</source>
        <translation>Kein Feld geändert.</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>Vorgänger-Hash: %1</translation>
    </message>
    <message>
        <source>(none: the first event)</source>
        <translation>(keiner: der erste Eintrag)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Intact: no events yet.</source>
        <translation>Intakt: noch keine Einträge.</translation>
    </message>
    <message>
        <source>Intact: %1 events, newest hash %2</source>
        <translation>Intakt: %1 Einträge, neuester Hash %2</translation>
    </message>
    <message>
        <source>Broken at event %1: %2. (%3 events, newest hash %4)</source>
        <translation>Beschädigt bei Eintrag %1: %2. (%3 Einträge, neuester Hash %4)</translation>
    </message>
    <message>
        <source>Note the count and the newest hash: if a later check shows fewer events or another hash, events were cut off the end.</source>
        <translation>Notieren Sie die Anzahl und den neuesten Hash: Zeigt eine spätere Prüfung weniger Einträge oder einen anderen Hash, wurden Einträge am Ende abgeschnitten.</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>part</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>%1 — %2 %3 %4</source>
        <comment>event heading: Event 12 — Archived lot CAP-100/ACME-0102</comment>
        <translation>%1 — %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>lotbook::BinDialog</name>
    <message>
        <source>Edit Bin — %1 %2</source>
        <translation>Lagerplatz bearbeiten – %1 %2</translation>
    </message>
    <message>
        <source>New Bin in %1</source>
        <translation>Neuer Lagerplatz in %1</translation>
    </message>
</context>
<context>
    <name>lotbook::BoundTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>lotbook::CatalogModel</name>
    <message>
        <source>Part #</source>
        <translation>Artikel-Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>Active lots</source>
        <translation>Aktive Chargen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
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
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Address / notes</source>
        <translation>Adresse / Notizen</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>lotbook::CostsTab</name>
    <message>
        <source>&amp;Include archived lots</source>
        <translation>Archivierte Chargen &amp;einbeziehen</translation>
    </message>
    <message>
        <source>Archived lots were received and paid for, so they count when comparing suppliers. Untick to see only active lots.</source>
        <translation>Archivierte Chargen wurden geliefert und bezahlt und zählen daher beim Vergleich der Lieferanten mit. Abwählen, um nur aktive Chargen zu sehen.</translation>
    </message>
    <message>
        <source>(archived lots were received and paid for)</source>
        <translation>(archivierte Chargen wurden geliefert und bezahlt)</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>Qty received</source>
        <translation>Eingangsmenge</translation>
    </message>
    <message>
        <source>Lowest cost/unit</source>
        <translation>Niedrigster Stückpreis</translation>
    </message>
    <message>
        <source>Highest cost/unit</source>
        <translation>Höchster Stückpreis</translation>
    </message>
    <message>
        <source>Average cost/unit (qty-weighted)</source>
        <translation>Durchschn. Stückpreis (mengengewichtet)</translation>
    </message>
    <message>
        <source>Total received value ÷ total quantity received, rounded to 0.0001: what one unit cost on average. A large lot weighs more than a small one.</source>
        <translation>Gesamter Eingangswert ÷ gesamte Eingangsmenge, gerundet auf 0,0001: was eine Einheit im Durchschnitt gekostet hat. Eine große Charge wiegt mehr als eine kleine.</translation>
    </message>
    <message>
        <source>Average: weighted by quantity (total received value ÷ total quantity), rounded to 0.0001. Free replacements count at 0.</source>
        <translation>Durchschnitt: nach Menge gewichtet (gesamter Eingangswert ÷ gesamte Menge), gerundet auf 0,0001. Kostenloser Ersatz zählt mit 0.</translation>
    </message>
    <message>
        <source>%1 does not track lots, so there are no shipments to compare costs across.

Turn on lot tracking on the Lots tab to record each received shipment with its supplier and cost per unit.</source>
        <translation>%1 hat keine Chargenverfolgung, daher gibt es keine Lieferungen, deren Kosten sich vergleichen ließen.

Schalten Sie auf dem Reiter Chargen die Chargenverfolgung ein, um jede eingegangene Lieferung mit Lieferant und Stückpreis zu erfassen.</translation>
    </message>
    <message>
        <source>The chart shows the %1 most recently received of %2 lots; the table below covers them all.</source>
        <translation>Das Diagramm zeigt die %1 zuletzt eingegangenen von %2 Chargen; die Tabelle darunter umfasst alle.</translation>
    </message>
    <message>
        <source>No lots of %1 received yet.</source>
        <translation>Von %1 sind noch keine Chargen eingegangen.</translation>
    </message>
    <message>
        <source>No active lots of %1. Tick Include archived lots to see the archived ones.</source>
        <translation>Keine aktiven Chargen von %1. Setzen Sie das Häkchen bei „Archivierte Chargen einbeziehen“, um die archivierten zu sehen.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Alle Lieferanten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>%1
Lot %2, received %3
%4 per unit × %5</source>
        <translation>%1
Charge %2, eingegangen %3
%4 pro Stück × %5</translation>
    </message>
</context>
<context>
    <name>lotbook::ExpiringPage</name>
    <message>
        <source>Expired or expiring today</source>
        <translation>Abgelaufen oder heute ablaufend</translation>
    </message>
    <message>
        <source>Expired or expiring within 1 day</source>
        <translation>Abgelaufen oder innerhalb von 1 Tag ablaufend</translation>
    </message>
    <message>
        <source>Expired or expiring within %L1 days</source>
        <translation>Abgelaufen oder innerhalb von %L1 Tagen ablaufend</translation>
    </message>
    <message>
        <source>Nothing has expired or expires today.</source>
        <translation>Nichts ist abgelaufen oder läuft heute ab.</translation>
    </message>
    <message>
        <source>Nothing has expired or expires within 1 day.</source>
        <translation>Nichts ist abgelaufen oder läuft innerhalb von 1 Tag ab.</translation>
    </message>
    <message>
        <source>Nothing has expired or expires within %L1 days.</source>
        <translation>Nichts ist abgelaufen oder läuft innerhalb von %L1 Tagen ab.</translation>
    </message>
    <message>
        <source>The number of days is set in Edit › Preferences.</source>
        <translation>Die Anzahl der Tage wird unter Bearbeiten › Einstellungen festgelegt.</translation>
    </message>
    <message>
        <source>No lots</source>
        <translation>Keine Chargen</translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation>1 Charge</translation>
    </message>
    <message>
        <source>%L1 lots</source>
        <translation>%L1 Chargen</translation>
    </message>
    <message>
        <source>%L1 expired</source>
        <translation>%L1 abgelaufen</translation>
    </message>
    <message>
        <source>%L1 expiring soon</source>
        <translation>%L1 laufen bald ab</translation>
    </message>
    <message>
        <source>&amp;Open Lot…</source>
        <translation>&amp;Charge öffnen…</translation>
    </message>
    <message>
        <source>Open the selected lot (Enter)</source>
        <translation>Die gewählte Charge öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Archive Lot…</source>
        <translation>Charge a&amp;rchivieren…</translation>
    </message>
    <message>
        <source>This database file is read-only.</source>
        <translation>Diese Datenbankdatei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Archive the selected lot: it leaves this list and the default lists, is kept forever and can be restored.</source>
        <translation>Die gewählte Charge archivieren: Sie verschwindet aus dieser und den Standardlisten, bleibt für immer erhalten und kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Active lots of all parts, the oldest expiration date first.</source>
        <translation>Aktive Chargen aller Artikel, das älteste Verfallsdatum zuerst.</translation>
    </message>
    <message>
        <source>Open Lot</source>
        <translation>Charge öffnen</translation>
    </message>
    <message>
        <source>Archive Lot</source>
        <translation>Charge archivieren</translation>
    </message>
    <message>
        <source>Archive lot %1 of %2 %3? It leaves this list and the default lists but is kept forever and can be restored.

Reason (optional):</source>
        <translation>Charge %1 von %2 %3 archivieren? Sie verschwindet aus dieser und den Standardlisten, bleibt aber für immer erhalten und kann wiederhergestellt werden.

Grund (optional):</translation>
    </message>
</context>
<context>
    <name>lotbook::ExportActions</name>
    <message>
        <source>E&amp;xport List as CSV…</source>
        <translation>Liste als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the list on screen as a CSV file: its columns, and every row its filter finds, in its order</source>
        <translation>Die angezeigte Liste als CSV-Datei speichern: ihre Spalten und jede Zeile, die ihr Filter findet, in ihrer Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the list on screen as a report with its filter, the date and your name</source>
        <translation>Die angezeigte Liste als Bericht drucken, mit Filter, Datum und Ihrem Namen</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the list on screen as a PDF report</source>
        <translation>Die angezeigte Liste als PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>Large report</source>
        <translation>Großer Bericht</translation>
    </message>
    <message>
        <source>The report lists %1 lots, about %2 pages, and takes a while to lay out. Narrow the filters first, or make it anyway?</source>
        <translation>Der Bericht listet %1 Chargen auf etwa %2 Seiten, und das Setzen dauert eine Weile. Erst die Filter eingrenzen oder trotzdem erstellen?</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Export List as CSV</source>
        <translation>Liste als CSV exportieren</translation>
    </message>
    <message>
        <source>Writing %1 rows to %2…</source>
        <translation>%1 Zeilen werden nach %2 geschrieben…</translation>
    </message>
    <message>
        <source>Exported 1 row to %1.</source>
        <translation>1 Zeile nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>lotbook::ImportDialog</name>
    <message>
        <source>1 lot</source>
        <translation>1 Charge</translation>
    </message>
    <message>
        <source>%L1 lots</source>
        <translation>%L1 Chargen</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 Zeilen</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%L1 errors</source>
        <translation>%L1 Fehler</translation>
    </message>
    <message>
        <source>Semicolon-separated</source>
        <translation>Durch Semikolon getrennt</translation>
    </message>
    <message>
        <source>Tab-separated</source>
        <translation>Durch Tabulator getrennt</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Durch Komma getrennt</translation>
    </message>
    <message>
        <source>Will create %1: %2</source>
        <translation>Wird %1 anlegen: %2</translation>
    </message>
    <message>
        <source>Created %1: %2</source>
        <translation>%1 angelegt: %2</translation>
    </message>
    <message>
        <source>ISO (2024-03-05)</source>
        <translation>ISO (2024-03-05)</translation>
    </message>
    <message>
        <source>Day first (05/03/2024)</source>
        <translation>Tag zuerst (05/03/2024)</translation>
    </message>
    <message>
        <source>Month first (03/05/2024)</source>
        <translation>Monat zuerst (03/05/2024)</translation>
    </message>
    <message>
        <source>1,234.50 (decimal point)</source>
        <translation>1,234.50 (Dezimalpunkt)</translation>
    </message>
    <message>
        <source>1.234,50 (decimal comma)</source>
        <translation>1.234,50 (Dezimalkomma)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Import Lots</source>
        <translation>Chargen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Lots — %1</source>
        <translation>Chargen importieren – %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1, %2, %3. The first rows are shown; every row is checked when you click Check or Import.</source>
        <translation>%1, %2, %3. Die ersten Zeilen werden angezeigt; jede Zeile wird geprüft, wenn Sie auf Prüfen oder Importieren klicken.</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%L1 columns</source>
        <translation>%L1 Spalten</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>The lot field each column fills</source>
        <translation>Das Chargenfeld, das jede Spalte füllt</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>Column “%1” imports as</source>
        <translation>Spalte „%1“ importieren als</translation>
    </message>
    <message>
        <source>What the column “%1” fills in each lot</source>
        <translation>Was die Spalte „%1“ in jeder Charge füllt</translation>
    </message>
    <message>
        <source>Another column fills %1 too</source>
        <translation>Eine andere Spalte füllt %1 ebenfalls</translation>
    </message>
    <message>
        <source>“%1” reads as %2</source>
        <translation>„%1“ wird gelesen als %2</translation>
    </message>
    <message>
        <source>“%1” is not a date in this format</source>
        <translation>„%1“ ist kein Datum in diesem Format</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>%1, saving…</source>
        <translation>%1, wird gespeichert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>%1 aus %2 importiert.</translation>
    </message>
    <message>
        <source>Checked %1: no errors. Import will add %2.</source>
        <translation>%1 geprüft: keine Fehler. Der Import fügt %2 hinzu.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled after %1. Nothing was imported.</source>
        <translation>Abgebrochen nach %1. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>warehouses</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>bins</source>
        <translation>Lagerplätze</translation>
    </message>
    <message>
        <source>… and 1 more error, not listed.</source>
        <translation>… und 1 weiterer Fehler, nicht aufgeführt.</translation>
    </message>
    <message>
        <source>… and %L1 more errors, not listed.</source>
        <translation>… und %L1 weitere Fehler, nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Select rows and press Ctrl+C to copy them.</source>
        <translation>Zeilen markieren und Strg+C drücken, um sie zu kopieren.</translation>
    </message>
    <message>
        <source>%1 in %2. Correct the file (or the columns above) and check again.</source>
        <translation>%1 in %2. Korrigieren Sie die Datei (oder die Spalten oben) und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 in %2: nothing was imported. Correct the file (or the columns above) and try again.</source>
        <translation>%1 in %2: Nichts wurde importiert. Korrigieren Sie die Datei (oder die Spalten oben) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>lotbook::InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Search part number or name…</source>
        <translation>Artikelnummer oder Name suchen…</translation>
    </message>
    <message>
        <source>1 part</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%L1 parts</source>
        <translation>%L1 Artikel</translation>
    </message>
    <message>
        <source>No parts yet.

Add your first part with New Part (Ctrl+N): its part number, name, unit and catalog price, and whether each shipment is tracked as its own lot.

To look around first, use Help › Open Sample Database.</source>
        <translation>Noch keine Artikel.

Legen Sie Ihren ersten Artikel mit „Neuer Artikel“ (Strg+N) an: Artikelnummer, Name, Einheit und Katalogpreis, und ob jede Lieferung als eigene Charge verfolgt wird.

Um sich erst umzusehen, nutzen Sie Hilfe › Beispieldatenbank öffnen.</translation>
    </message>
    <message>
        <source>No part number or name contains &quot;%1&quot;.</source>
        <translation>Keine Artikelnummer und kein Name enthält „%1“.</translation>
    </message>
    <message>
        <source>New Part…</source>
        <translation>Neuer Artikel…</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>lotbook::ListPanel</name>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Inaktive anzeigen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Everything here is inactive (%1 hidden).

Tick &quot;Show inactive&quot; to see and reactivate them.</source>
        <translation>Alles hier ist inaktiv (%1 ausgeblendet).

Setzen Sie das Häkchen bei „Inaktive anzeigen“, um sie zu sehen und wieder zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>lotbook::LotDialog</name>
    <message>
        <source>no expiry</source>
        <translation>kein Verfallsdatum</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(catalog price %1)</source>
        <translation>(Katalogpreis %1)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>(no bin)</source>
        <translation>(kein Lagerplatz)</translation>
    </message>
    <message>
        <source>New Lot — %1 %2</source>
        <translation>Neue Charge – %1 %2</translation>
    </message>
    <message>
        <source>Lot %1 — %2 %3</source>
        <translation>Charge %1 – %2 %3</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Angelegt am %1 von %2</translation>
    </message>
    <message>
        <source> · changed %1 by %2</source>
        <translation> · geändert am %1 von %2</translation>
    </message>
    <message>
        <source>This lot was archived %1 by %2.</source>
        <translation>Diese Charge wurde am %1 von %2 archiviert.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>It is read-only; restore it to edit.</source>
        <translation>Sie ist schreibgeschützt; stellen Sie sie wieder her, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Verfallsdatum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one %2; choose one from the list.</source>
        <translation>„%1“ passt zu mehr als einem Eintrag (%2); wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>There is no active %1 named &quot;%2&quot;; choose one from the list.</source>
        <translation>Kein aktiver Eintrag (%1) heißt „%2“; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>bin</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Archive Lot</source>
        <translation>Charge archivieren</translation>
    </message>
    <message>
        <source>Archive lot %1? It leaves the default list but is kept forever and can be restored.

Reason (optional):</source>
        <translation>Charge %1 archivieren? Sie verschwindet aus der Standardliste, bleibt aber für immer erhalten und kann wiederhergestellt werden.

Grund (optional):</translation>
    </message>
</context>
<context>
    <name>lotbook::LotTableModel</name>
    <message>
        <source>Part #</source>
        <translation>Artikel-Nr.</translation>
    </message>
    <message>
        <source>Part name</source>
        <translation>Artikelname</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verfällt</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Qty received</source>
        <translation>Eingangsmenge</translation>
    </message>
    <message>
        <source>Cost/unit</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>lotbook::LotsTab</name>
    <message>
        <source>New Lot…</source>
        <translation>Neue Charge…</translation>
    </message>
    <message>
        <source>Record a received shipment (Ctrl+N)</source>
        <translation>Eine eingegangene Lieferung erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Search lot number…</source>
        <translation>Chargennummer suchen…</translation>
    </message>
    <message>
        <source>Turn On Lot Tracking</source>
        <translation>Chargenverfolgung einschalten</translation>
    </message>
    <message>
        <source>Lot tracking</source>
        <translation>Chargenverfolgung</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Alle Lieferanten</translation>
    </message>
    <message>
        <source>%1 does not track lots: its stock is not split by shipment.

Turn on lot tracking to record each received shipment as its own lot, with supplier, cost, expiry and location.</source>
        <translation>%1 hat keine Chargenverfolgung: Der Bestand ist nicht nach Lieferungen aufgeteilt.

Schalten Sie die Chargenverfolgung ein, um jede eingegangene Lieferung als eigene Charge zu erfassen, mit Lieferant, Preis, Verfallsdatum und Lagerort.</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate it to receive new lots.</source>
        <translation>%1 ist deaktiviert; aktivieren Sie ihn wieder, um neue Chargen zu erfassen.</translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation>1 Charge</translation>
    </message>
    <message>
        <source>%1 lots</source>
        <translation>%1 Chargen</translation>
    </message>
</context>
<context>
    <name>lotbook::MainWindow</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>within 1 day</source>
        <translation>binnen 1 Tag</translation>
    </message>
    <message>
        <source>within %L1 days</source>
        <translation>binnen %L1 Tagen</translation>
    </message>
    <message>
        <source>1 lot expired</source>
        <translation>1 Charge abgelaufen</translation>
    </message>
    <message>
        <source>%L1 lots expired</source>
        <translation>%L1 Chargen abgelaufen</translation>
    </message>
    <message>
        <source>1 lot expires %1</source>
        <translation>1 Charge läuft %1 ab</translation>
    </message>
    <message>
        <source>%L1 lots expire %2</source>
        <translation>%L1 Chargen laufen %2 ab</translation>
    </message>
    <message>
        <source>%1, 1 expires %2</source>
        <translation>%1, 1 läuft %2 ab</translation>
    </message>
    <message>
        <source>%1, %L2 expire %3</source>
        <translation>%1, %L2 laufen %3 ab</translation>
    </message>
    <message>
        <source>Lotbook</source>
        <translation>Lotbook</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Rückverfolgung</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New part, supplier or warehouse, depending on the page</source>
        <translation>Neuer Artikel, Lieferant oder neues Lager, je nach Seite</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>Auswahl &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>E&amp;xpiring</source>
        <translation>&amp;Verfall</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>&amp;Rückverfolgung</translation>
    </message>
    <message>
        <source>&amp;Suppliers</source>
        <translation>&amp;Lieferanten</translation>
    </message>
    <message>
        <source>&amp;Warehouses</source>
        <translation>La&amp;ger</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>Ä&amp;nderungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Sample Database</source>
        <translation>&amp;Beispieldatenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;About Lotbook</source>
        <translation>&amp;Über Lotbook</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No database is open.

Use File › New Database to start one, File › Open Database to open a file, or Help › Open Sample Database to look around.</source>
        <translation>Keine Datenbank geöffnet.

Legen Sie mit Datei › Neue Datenbank eine an, öffnen Sie mit Datei › Datenbank öffnen eine Datei, oder sehen Sie sich mit Hilfe › Beispieldatenbank öffnen um.</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source> — read-only</source>
        <translation> – schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 [read-only] — Lotbook</source>
        <translation>%1 [schreibgeschützt] – Lotbook</translation>
    </message>
    <message>
        <source>%1 — Lotbook</source>
        <translation>%1 – Lotbook</translation>
    </message>
    <message>
        <source>This database file is read-only: you can look, but not change anything.</source>
        <translation>Diese Datenbankdatei ist schreibgeschützt: Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the sample database.</source>
        <translation>Für die Beispieldatenbank kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>Sample database</source>
        <translation>Beispieldatenbank</translation>
    </message>
    <message>
        <source>Expiring (%L1)</source>
        <translation>Verfall (%L1)</translation>
    </message>
    <message>
        <source>No lot has expired or expires %1.</source>
        <translation>Keine Charge ist abgelaufen oder läuft %1 ab.</translation>
    </message>
    <message>
        <source>show</source>
        <translation>anzeigen</translation>
    </message>
    <message>
        <source>Show the Expiring page (Ctrl+2)</source>
        <translation>Die Seite Verfall anzeigen (Strg+2)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or use File › Open Database to open it.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Dateinamen, oder öffnen Sie die Datei mit Datei › Datenbank öffnen.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>About Lotbook</source>
        <translation>Über Lotbook</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lotbook %1&lt;/h3&gt;&lt;p&gt;Lot and batch tracking for parts warehouses: every shipment of a part is recorded as its own lot, so any unit can be traced back to where it came from.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lotbook %1&lt;/h3&gt;&lt;p&gt;Chargenverfolgung für Ersatzteil- und Materiallager: Jede Lieferung eines Artikels wird als eigene Charge erfasst, sodass sich jede Einheit bis zu ihrer Herkunft zurückverfolgen lässt.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lotbook databases (*.sqlite *.db *.lotbook);;All files (*)</source>
        <translation>Lotbook-Datenbanken (*.sqlite *.db *.lotbook);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>Write a copy of the open database to a file, while you go on working</source>
        <translation>Eine Kopie der geöffneten Datenbank in eine Datei schreiben, während Sie weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Import Lots…</source>
        <translation>Chargen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Go to the search field of the page</source>
        <translation>Zum Suchfeld der Seite springen</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>This page has no search field.</source>
        <translation>Diese Seite hat kein Suchfeld.</translation>
    </message>
    <message>
        <source>This database is read-only: its folder cannot be written, and saving changes needs files beside it. You can look, but not change anything.</source>
        <translation>Diese Datenbank ist schreibgeschützt: In ihren Ordner kann nicht geschrieben werden, und zum Speichern von Änderungen werden Dateien daneben gebraucht. Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sicherung nach %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2, checked)</source>
        <translation>Nach %1 gesichert (%2, geprüft)</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <source>%1 is damaged, so Lotbook has closed it.</source>
        <translation>%1 ist beschädigt; Lotbook hat die Datei daher geschlossen.</translation>
    </message>
    <message>
        <source>Open your latest backup with File › Open Database, or copy it in place of this file (the README explains how).</source>
        <translation>Öffnen Sie Ihre letzte Sicherung mit Datei › Datenbank öffnen, oder kopieren Sie sie an die Stelle dieser Datei (wie, steht in der README).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the backup; nothing is written</source>
        <translation>Die Sicherung abbrechen; es wird nichts geschrieben</translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation>Die Sicherung wird abgebrochen …</translation>
    </message>
    <message>
        <source>A backup is still being written. Cancel it and close Lotbook?</source>
        <translation>Eine Sicherung wird noch geschrieben. Abbrechen und Lotbook schließen?</translation>
    </message>
    <message>
        <source>Cancel Backup and Close</source>
        <translation>Sicherung abbrechen und schließen</translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <source>Upgrade Database</source>
        <translation>Datenbank aktualisieren</translation>
    </message>
    <message>
        <source>Copying %1 and upgrading it for this version of Lotbook…</source>
        <translation>%1 wird kopiert und für diese Lotbook-Version aktualisiert …</translation>
    </message>
    <message>
        <source>Upgraded for this version of Lotbook; the file as it was is kept beside it as %1</source>
        <translation>Für diese Lotbook-Version aktualisiert; die Datei, wie sie war, liegt daneben als %1</translation>
    </message>
    <message>
        <source>Sample database: a temporary copy, removed when Lotbook closes.</source>
        <translation>Beispieldatenbank: eine temporäre Kopie, beim Beenden gelöscht.</translation>
    </message>
</context>
<context>
    <name>lotbook::PartDialog</name>
    <message>
        <source>Edit Part — %1</source>
        <translation>Artikel bearbeiten – %1</translation>
    </message>
    <message>
        <source>New Part</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Catalog price</source>
        <translation>Katalogpreis</translation>
    </message>
</context>
<context>
    <name>lotbook::PartView</name>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Back to the Inventory (Alt+Left)</source>
        <translation>Zurück zum Bestand (Alt+Links)</translation>
    </message>
    <message>
        <source>Edit Part…</source>
        <translation>Artikel bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>&amp;Lots</source>
        <translation>&amp;Chargen</translation>
    </message>
    <message>
        <source>&amp;Costs</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Mengeneinheit</translation>
    </message>
    <message>
        <source>Catalog price</source>
        <translation>Katalogpreis</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>Each shipment is tracked as its own lot.</source>
        <translation>Jede Lieferung wird als eigene Charge verfolgt.</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Nicht verfolgt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>lotbook::PreferencesDialog</name>
    <message>
        <source>Your name is required: it is recorded with every change you make.</source>
        <translation>Ihr Name ist erforderlich: Er wird bei jeder Ihrer Änderungen festgehalten.</translation>
    </message>
</context>
<context>
    <name>lotbook::SupplierDialog</name>
    <message>
        <source>Edit Supplier — %1</source>
        <translation>Lieferant bearbeiten – %1</translation>
    </message>
    <message>
        <source>New Supplier</source>
        <translation>Neuer Lieferant</translation>
    </message>
</context>
<context>
    <name>lotbook::SupplierLotsPanel</name>
    <message>
        <source>Lots</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Eingang</translation>
    </message>
    <message>
        <source>First received date included</source>
        <translation>Erstes einbezogenes Eingangsdatum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last received date included</source>
        <translation>Letztes einbezogenes Eingangsdatum</translation>
    </message>
    <message>
        <source>All &amp;time</source>
        <translation>&amp;Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Every lot ever received from this supplier, ignoring the dates</source>
        <translation>Jede jemals von diesem Lieferanten eingegangene Charge, ohne Rücksicht auf die Daten</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Lots from %1</source>
        <translation>Chargen von %1</translation>
    </message>
    <message>
        <source>Select a supplier to see the lots it delivered.</source>
        <translation>Wählen Sie einen Lieferanten, um die von ihm gelieferten Chargen zu sehen.</translation>
    </message>
    <message>
        <source>The range ends before it starts: set the first date on or before the last.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Setzen Sie das erste Datum auf oder vor das letzte.</translation>
    </message>
    <message>
        <source>Totals unavailable</source>
        <translation>Summen nicht verfügbar</translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation>1 Charge</translation>
    </message>
    <message>
        <source>%1 lots</source>
        <translation>%1 Chargen</translation>
    </message>
    <message>
        <source>%1 · received value %2</source>
        <translation>%1 · Eingangswert %2</translation>
    </message>
    <message>
        <source>Received value: the sum of quantity received × cost per unit over the lots listed.</source>
        <translation>Eingangswert: die Summe aus Eingangsmenge × Stückpreis über die gelisteten Chargen.</translation>
    </message>
    <message>
        <source>No lots from %1 were received in this period.

Tick All time to see every lot.</source>
        <translation>Von %1 sind in diesem Zeitraum keine Chargen eingegangen.

Setzen Sie das Häkchen bei „Gesamter Zeitraum“, um alle Chargen zu sehen.</translation>
    </message>
    <message>
        <source>No lots from %1 yet.</source>
        <translation>Von %1 gibt es noch keine Chargen.</translation>
    </message>
    <message>
        <source>No lots from %1 have this status.</source>
        <translation>Keine Chargen von %1 haben diesen Status.</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
</context>
<context>
    <name>lotbook::SuppliersPage</name>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Search supplier name…</source>
        <translation>Lieferantennamen suchen…</translation>
    </message>
    <message>
        <source>1 supplier</source>
        <translation>1 Lieferant</translation>
    </message>
    <message>
        <source>%L1 suppliers</source>
        <translation>%L1 Lieferanten</translation>
    </message>
    <message>
        <source>No suppliers yet.

Add the companies you buy from with New Supplier (Ctrl+N); every lot records who supplied it.</source>
        <translation>Noch keine Lieferanten.

Legen Sie die Firmen, bei denen Sie einkaufen, mit „Neuer Lieferant“ (Strg+N) an; jede Charge hält fest, wer sie geliefert hat.</translation>
    </message>
    <message>
        <source>No supplier name contains &quot;%1&quot;.</source>
        <translation>Kein Lieferantenname enthält „%1“.</translation>
    </message>
    <message>
        <source>New Supplier…</source>
        <translation>Neuer Lieferant…</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
</context>
<context>
    <name>lotbook::TracePage</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>&amp;Lot number</source>
        <translation>&amp;Chargennummer</translation>
    </message>
    <message>
        <source>Part of a lot number</source>
        <translation>Teil einer Chargennummer</translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>Part number or name</source>
        <translation>Artikelnummer oder Name</translation>
    </message>
    <message>
        <source>&amp;Supplier</source>
        <translation>&amp;Lieferant</translation>
    </message>
    <message>
        <source>&amp;Received from</source>
        <translation>&amp;Eingang von</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Eingang von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Received to</source>
        <translation>Eingang bis</translation>
    </message>
    <message>
        <source>E&amp;xpires from</source>
        <translation>&amp;Verfall von</translation>
    </message>
    <message>
        <source>Expires from</source>
        <translation>Verfall von</translation>
    </message>
    <message>
        <source>Expires to</source>
        <translation>Verfall bis</translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation>La&amp;ger</translation>
    </message>
    <message>
        <source>&amp;Bin</source>
        <translation>Lager&amp;platz</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Archived lots are kept for tracing; All shows them beside the active ones.</source>
        <translation>Archivierte Chargen bleiben zur Rückverfolgung erhalten; „Alle“ zeigt sie neben den aktiven.</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show every lot of every part again</source>
        <translation>Wieder alle Chargen aller Artikel anzeigen</translation>
    </message>
    <message>
        <source>Tick to use this date; unticked, the range is open on this side.</source>
        <translation>Häkchen setzen, um dieses Datum zu verwenden; ohne Häkchen ist der Zeitraum auf dieser Seite offen.</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Alle Lieferanten</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Alle Lager</translation>
    </message>
    <message>
        <source>All bins</source>
        <translation>Alle Lagerplätze</translation>
    </message>
    <message>
        <source>Choose a warehouse to pick one of its bins.</source>
        <translation>Wählen Sie ein Lager, um einen seiner Lagerplätze auszuwählen.</translation>
    </message>
    <message>
        <source>The lots could not be counted.</source>
        <translation>Die Chargen konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation>1 Charge</translation>
    </message>
    <message>
        <source>%1 lots</source>
        <translation>%1 Chargen</translation>
    </message>
    <message>
        <source>No lots match these filters.

Widen a date range or clear a filter (Clear Filters shows every lot).</source>
        <translation>Keine Chargen passen zu diesen Filtern.

Erweitern Sie einen Zeitraum oder entfernen Sie einen Filter („Filter zurücksetzen“ zeigt alle Chargen).</translation>
    </message>
    <message>
        <source>No lots have been received yet.</source>
        <translation>Es sind noch keine Chargen eingegangen.</translation>
    </message>
</context>
<context>
    <name>lotbook::WarehouseDialog</name>
    <message>
        <source>Edit Warehouse — %1</source>
        <translation>Lager bearbeiten – %1</translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation>Neues Lager</translation>
    </message>
</context>
<context>
    <name>lotbook::WarehousesPage</name>
    <message>
        <source>Warehouses</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Search warehouse…</source>
        <translation>Lager suchen…</translation>
    </message>
    <message>
        <source>1 warehouse</source>
        <translation>1 Lager</translation>
    </message>
    <message>
        <source>%L1 warehouses</source>
        <translation>%L1 Lager</translation>
    </message>
    <message>
        <source>No warehouses yet.

Add the places you store stock with New Warehouse: a building, a cold room, a service van. Then add its bins on the right.</source>
        <translation>Noch keine Lager.

Legen Sie die Orte, an denen Sie Bestand lagern, mit „Neues Lager“ an: ein Gebäude, ein Kühlraum, ein Servicefahrzeug. Danach legen Sie rechts seine Lagerplätze an.</translation>
    </message>
    <message>
        <source>No warehouse name contains &quot;%1&quot;.</source>
        <translation>Kein Lagername enthält „%1“.</translation>
    </message>
    <message>
        <source>New Warehouse…</source>
        <translation>Neues Lager…</translation>
    </message>
    <message>
        <source>Bins</source>
        <translation>Lagerplätze</translation>
    </message>
    <message>
        <source>Search bin code…</source>
        <translation>Lagerplatz-Code suchen…</translation>
    </message>
    <message>
        <source>1 bin</source>
        <translation>1 Lagerplatz</translation>
    </message>
    <message>
        <source>%L1 bins</source>
        <translation>%L1 Lagerplätze</translation>
    </message>
    <message>
        <source>New Bin…</source>
        <translation>Neuer Lagerplatz…</translation>
    </message>
    <message>
        <source>%1 has no bins yet.

Add shelves, racks or areas with New Bin; a lot can then say exactly where it is stored.</source>
        <translation>%1 hat noch keine Lagerplätze.

Legen Sie Regale, Fächer oder Bereiche mit „Neuer Lagerplatz“ an; eine Charge kann dann genau angeben, wo sie lagert.</translation>
    </message>
    <message>
        <source>Select a warehouse to see its bins.</source>
        <translation>Wählen Sie ein Lager, um seine Lagerplätze zu sehen.</translation>
    </message>
    <message>
        <source>No bin code contains &quot;%1&quot;.</source>
        <translation>Kein Lagerplatz-Code enthält „%1“.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lot and batch tracking for parts warehouses.</source>
        <translation>Chargenverfolgung für Ersatzteil- und Materiallager.</translation>
    </message>
    <message>
        <source>Open (or create) the database at &lt;path&gt;.</source>
        <translation>Die Datenbank unter &lt;path&gt; öffnen (oder anlegen).</translation>
    </message>
    <message>
        <source>Open a fresh sample database in a temporary folder.</source>
        <translation>Eine frische Beispieldatenbank in einem temporären Ordner öffnen.</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (for smoke tests).</source>
        <translation>Nach &lt;ms&gt; Millisekunden beenden (für Smoke-Tests).</translation>
    </message>
</context>
</TS>
