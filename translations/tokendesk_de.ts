<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActorText</name>
    <message>
        <location filename="../ui/ActorText.cpp" line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../models/AuditDetails.cpp" line="+22"/>
        <source>Pass code changed</source>
        <translation>Passcode geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification code changed</source>
        <translation>Bestätigungscode geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass code reset e-mail queued</source>
        <translation>E-Mail zum Zurücksetzen des Passcodes eingereiht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created by import %1 of %2</source>
        <translation>Angelegt durch Import %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by import %1 of %2</source>
        <translation>Aktualisiert durch Import %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (undone)</source>
        <translation>%1 (rückgängig gemacht)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom fields changed</source>
        <translation>Zusatzfelder geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields: %1</source>
        <translation>Zusatzfelder: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>State: %1, as its last association was removed</source>
        <translation>Status: %1, da seine letzte Zuordnung entfernt wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cleared</source>
        <translation>%1: geleert</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BulkActionRunner</name>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="+15"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1: finding the %n selected token(s)…</source>
        <translation>
            <numerusform>%1: Das ausgewählte Token wird gesucht …</numerusform>
            <numerusform>%1: Die %n ausgewählten Tokens werden gesucht …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: token %2 of %3</source>
        <translation>%1: Token %2 von %3</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1: %n token(s)…</source>
        <translation>
            <numerusform>%1: %n Token…</numerusform>
            <numerusform>%1: %n Token…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The selected tokens could not be read, nothing was changed: %1</source>
        <translation>Die ausgewählten Tokens konnten nicht gelesen werden, es wurde nichts geändert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n token(s) done</source>
        <translation>
            <numerusform>%n Token erledigt</numerusform>
            <numerusform>%n Token erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n already in that state</source>
        <translation>
            <numerusform>, %n bereits in diesem Zustand</numerusform>
            <numerusform>, %n bereits in diesem Zustand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n left out: their state does not allow it</source>
        <translation>
            <numerusform>, %n ausgelassen: sein Zustand erlaubt es nicht</numerusform>
            <numerusform>, %n ausgelassen: ihr Zustand erlaubt es nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, cancelled: %n not sent and left unchanged</source>
        <translation>
            <numerusform>, abgebrochen: %n nicht gesendet und unverändert</numerusform>
            <numerusform>, abgebrochen: %n nicht gesendet und unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <location filename="../app/stores/BulkRunner.cpp" line="+50"/>
        <source>Cancelled before %1 was changed</source>
        <translation>Abgebrochen, bevor %1 geändert wurde</translation>
    </message>
</context>
<context>
    <name>ChangePassCodeDialog</name>
    <message>
        <location filename="../ui/ChangePassCodeDialog.cpp" line="+21"/>
        <source>Change Pass Code of %1</source>
        <translation>Passcode von %1 ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;hange</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Current pass code:</source>
        <translation>&amp;Aktueller Passcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New pass code:</source>
        <translation>&amp;Neuer Passcode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat new pass code:</source>
        <translation>Neuen Passcode &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the current pass code.</source>
        <translation>Geben Sie den aktuellen Passcode ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new pass codes differ.</source>
        <translation>Die neuen Passcodes stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="+25"/>
        <source>The store: sqlite:PATH, postgres://USER@HOST:PORT/DB or crm+https://USER@HOST/?organisation=ORG.</source>
        <translation>Der Datenspeicher: sqlite:PFAD, postgres://BENUTZER@HOST:PORT/DB oder crm+https://BENUTZER@HOST/?organisation=ORG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print results as JSON with the wire field names; errors as JSON on stderr.</source>
        <translation>Ergebnisse als JSON mit den Feldnamen der API ausgeben; Fehler als JSON auf stderr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--store needs a URL</source>
        <translation>--store benötigt eine URL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown option %1</source>
        <translation>Unbekannte Option %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No command given</source>
        <translation>Kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs one of: %2</source>
        <translation>%1 benötigt eines von: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command %1</source>
        <translation>Unbekannter Befehl %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Usage: tokendesk-cli [--store URL] [--json] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Aufruf: tokendesk-cli [--store URL] [--json] BEFEHL [ARGUMENTE] [OPTIONEN]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage CRM.COM access tokens in a TokenDesk store.</source>
        <translation>CRM.COM-Zugangstoken in einem TokenDesk-Datenspeicher verwalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store defaults to $TOKENDESK_STORE, else sqlite:%1.</source>
        <translation>Standardspeicher ist $TOKENDESK_STORE, sonst sqlite:%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>REF names one token: authentication_code:X, id:X, number:N, or identifier:X with its pass code in --pass-code P (--current-pass-code P for update, verify and change-pass-code).</source>
        <translation>REF bezeichnet ein Token: authentication_code:X, id:X, number:N oder identifier:X mit seinem Passcode in --pass-code P (--current-pass-code P bei update, verify und change-pass-code).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets come from the environment only: TOKENDESK_PASSWORD (PostgreSQL, CRM.COM user) and TOKENDESK_API_KEY (CRM.COM web API key).</source>
        <translation>Geheimnisse kommen nur aus der Umgebung: TOKENDESK_PASSWORD (PostgreSQL, CRM.COM-Benutzer) und TOKENDESK_API_KEY (CRM.COM-Web-API-Schlüssel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit status: 0 success, 1 the operation failed, 2 the command line is wrong.</source>
        <translation>Rückgabewert: 0 Erfolg, 1 der Vorgang ist fehlgeschlagen, 2 die Befehlszeile ist falsch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run tokendesk-cli COMMAND --help for the options of a command.</source>
        <translation>tokendesk-cli BEFEHL --help zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: tokendesk-cli [--store URL] [--json] %1 %2</source>
        <translation>Aufruf: tokendesk-cli [--store URL] [--json] %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+40"/>
        <source>%1 did not exist: a new, empty store was made there.</source>
        <translation>%1 existierte nicht: Dort wurde ein neuer, leerer Datenspeicher angelegt.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="+43"/>
        <source>(set)</source>
        <translation>(gesetzt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, owner %1</source>
        <translation>, Inhaber %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>  (shown once: the store keeps only a hash of it)</source>
        <translation>  (nur einmal angezeigt: der Speicher bewahrt nur einen Hash davon auf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No tokens match.</source>
        <translation>Keine passenden Token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens %1 to %2 of %3.</source>
        <translation>Token %1 bis %2 von %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n token(s).</source>
        <translation>
            <numerusform>%n Token.</numerusform>
            <numerusform>%n Token.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+85"/>
        <source>(see tokendesk-cli --help)</source>
        <translation>(siehe tokendesk-cli --help)</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../app/io/ColumnMapping.cpp" line="+132"/>
        <source>&quot;%1&quot; is not a field an import can set; use one of %2, custom:NAME or ignore</source>
        <translation>„%1“ ist kein Feld, das ein Import setzen kann; verwenden Sie %2, custom:NAME oder ignore</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom field &quot;%1&quot;</source>
        <translation>Zusatzfeld „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--map needs COLUMN=FIELD, not &quot;%1&quot;</source>
        <translation>--map benötigt SPALTE=FELD, nicht „%1“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file has no column &quot;%1&quot;</source>
        <translation>Die Datei hat keine Spalte „%1“</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Columns %1 and %2 are both mapped to %3</source>
        <translation>Die Spalten %1 und %2 sind beide %3 zugeordnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No column is mapped to a token field</source>
        <translation>Keine Spalte ist einem Token-Feld zugeordnet</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no saved mapping &quot;%1&quot;</source>
        <translation>Es gibt keine gespeicherte Zuordnung „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The saved mapping &quot;%1&quot; names none of this file&apos;s columns</source>
        <translation>Die gespeicherte Zuordnung „%1“ nennt keine Spalte dieser Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved mapping &quot;%1&quot; names none of this file&apos;s columns; it was saved for columns such as %2</source>
        <translation>Die gespeicherte Zuordnung „%1“ nennt keine Spalte dieser Datei; sie wurde für Spalten wie %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>CompensatingImportSession</name>
    <message>
        <location filename="../app/io/CompensatingImportSession.cpp" line="+55"/>
        <source>A token cannot be moved from %1 to %2 by an import</source>
        <translation>Ein Import kann ein Token nicht von %1 nach %2 versetzen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A new token starts as %1 and cannot be imported as %2</source>
        <translation>Ein neues Token beginnt als %1 und kann nicht als %2 importiert werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A token cannot be moved back to PENDING_VERIFICATION by an import</source>
        <translation>Ein Import kann ein Token nicht zurück nach PENDING_VERIFICATION versetzen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>token %1 stays: it waits for verification, and only a token that is not effective can be deleted</source>
        <translation>Token %1 bleibt: Es wartet auf die Verifizierung, und nur ein nicht wirksames Token kann gelöscht werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>token %1 stays: %2</source>
        <translation>Token %1 bleibt: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The import could not be undone completely: %1</source>
        <translation>Der Import konnte nicht vollständig rückgängig gemacht werden: %1</translation>
    </message>
</context>
<context>
    <name>ConfigCommands</name>
    <message>
        <location filename="../app/cli/ConfigCommands.cpp" line="+23"/>
        <source>Print the access token definition as KEY=VALUE lines.</source>
        <translation>Die Zugangstoken-Definition als Zeilen SCHLÜSSEL=WERT ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY=VALUE...</source>
        <translation>SCHLÜSSEL=WERT...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change settings of the definition (all or nothing).</source>
        <translation>Einstellungen der Definition ändern (alle oder keine).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the classifications.</source>
        <translation>Die Klassifizierungen auflisten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 takes no arguments, not &quot;%2&quot;</source>
        <translation>%1 nimmt keine Argumente, nicht „%2“</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>config set needs KEY=VALUE; the keys are: %1</source>
        <translation>config set benötigt SCHLÜSSEL=WERT; die Schlüssel sind: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>config set needs KEY=VALUE, not &quot;%1&quot;</source>
        <translation>config set benötigt SCHLÜSSEL=WERT, nicht „%1“</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alternative_code</source>
        <translation>alternative_code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verification_required</source>
        <translation>verification_required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>description</source>
        <translation>description</translation>
    </message>
</context>
<context>
    <name>ConfigurationDialog</name>
    <message>
        <location filename="../ui/ConfigurationDialog.cpp" line="+44"/>
        <location line="+315"/>
        <source>Configure Store</source>
        <translation>Datenspeicher konfigurieren</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>&amp;Definition</source>
        <translation>&amp;Definition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassifications</source>
        <translation>K&amp;lassifizierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di&amp;rectory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These settings apply to tokens without a classification.</source>
        <translation>Diese Einstellungen gelten für Token ohne Klassifizierung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Classifications</source>
        <translation>Klassifizierungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative &amp;code:</source>
        <translation>Alternativer &amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+4"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+40"/>
        <source>Accounts receivable</source>
        <translation>Debitorenkonten</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+45"/>
        <source>Reward participants</source>
        <translation>Prämienteilnehmer</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Add a&amp;ccount</source>
        <translation>&amp;Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;participant</source>
        <translation>&amp;Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The configuration could not be read: %1</source>
        <translation>Die Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The accounts could not be read: %1</source>
        <translation>Die Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The participants could not be read: %1</source>
        <translation>Die Teilnehmer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New classification</source>
        <translation>Neue Klassifizierung</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Every classification needs a name.</source>
        <translation>Jede Klassifizierung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration was not saved: %1</source>
        <translation>Die Konfiguration wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The account %1 was not added: %2</source>
        <translation>Das Konto %1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The participant %1 was not added: %2</source>
        <translation>Der Teilnehmer %1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Discard the changes to the token definition, the classifications and the directory?</source>
        <translation>Die Änderungen an der Token-Definition, den Klassifizierungen und dem Verzeichnis verwerfen?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The account %1 is in the directory already.</source>
        <translation>Das Konto %1 steht bereits im Verzeichnis.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Added on Save</source>
        <translation>Wird beim Speichern hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added to the store with Save; Delete takes it off the list</source>
        <translation>Wird beim Speichern in den Datenspeicher übernommen; Entf nimmt es von der Liste</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The participant %1 is in the directory already.</source>
        <translation>Der Teilnehmer %1 steht bereits im Verzeichnis.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>An account needs a number.</source>
        <translation>Ein Konto braucht eine Nummer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A participant needs a number.</source>
        <translation>Ein Teilnehmer braucht eine Nummer.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/ConflictDialog.cpp" line="+19"/>
        <source>(cleared)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(new pass code)</source>
        <translation>(neuer Passcode)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(set)</source>
        <translation>(gesetzt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+46"/>
        <location line="+1"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Token changed by someone else</source>
        <translation>Token wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Custom field %1</source>
        <translation>Zusatzfeld %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Token %1 was changed by someone else after you opened it.
Overwrite saves your values and keeps their other changes. Reload shows their version and drops your edits. Cancel keeps your edits, unsaved.</source>
        <translation>Token %1 wurde von jemand anderem geändert, nachdem Sie es geöffnet haben.
Überschreiben speichert Ihre Werte und behält die anderen Änderungen. Neu laden zeigt die andere Fassung und verwirft Ihre Änderungen. Abbrechen behält Ihre Änderungen, ungespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now in the store</source>
        <translation>Jetzt im Datenspeicher</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>(not edited)</source>
        <translation>(nicht bearbeitet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connection/ConnectionDialog.cpp" line="+45"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Production CRM.COM</source>
        <translation>z. B. CRM.COM Produktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+148"/>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM.COM server</source>
        <translation>CRM.COM-Server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web API key</source>
        <translation>Web-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+218"/>
        <source>optional; for changing pass codes</source>
        <translation>optional; zum Ändern von Passcodes</translation>
    </message>
    <message>
        <location line="-214"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;erver:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gn in with:</source>
        <translation>Anmelden mi&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer application &amp;key:</source>
        <translation>Consumer-Anwendungs&amp;schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeout:</source>
        <translation>Zeitü&amp;berschreitung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted certi&amp;ficate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>kept until TokenDesk closes; type to change</source>
        <translation>bis TokenDesk geschlossen wird gespeichert; zum Ändern eintippen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not stored; asked when connecting</source>
        <translation>nicht gespeichert; wird beim Verbinden erfragt</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Web API key:</source>
        <translation>&amp;Web-API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Server: %1
Issued to: %2
Issued by: %3
Valid from %4 to %5
SHA-256: %6</source>
        <translation>Server: %1
Ausgestellt für: %2
Ausgestellt von: %3
Gültig von %4 bis %5
SHA-256: %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trust This Certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Trust this certificate only if its SHA-256 fingerprint is the one your CRM.COM administrator gave you. From then on this connection accepts this certificate and no other.</source>
        <translation>%1

Vertrauen Sie diesem Zertifikat nur, wenn sein SHA-256-Fingerabdruck der ist, den Ihnen Ihr CRM.COM-Administrator genannt hat. Danach akzeptiert diese Verbindung nur noch dieses Zertifikat.</translation>
    </message>
    <message>
        <location line="-491"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>SHA-256 fingerprint (optional)</source>
        <translation>SHA-256-Fingerabdruck (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a certificate you checked with the server&apos;s administrator</source>
        <translation>Nur für ein Zertifikat, das Sie mit dem Administrator des Servers geprüft haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U&amp;nit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Para&amp;llel requests:</source>
        <translation>Para&amp;llele Anfragen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+255"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Store:</source>
        <translation>&amp;Datenspeicher:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust T&amp;his Certificate…</source>
        <translation>Diesem Zertifikat vertrauen (&amp;H) …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>kept in the keychain; type to change</source>
        <translation>im Schlüsselbund hinterlegt; zum Ändern eingeben</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The server must be an address like https://crm.example.com</source>
        <translation>Der Server muss eine Adresse wie https://crm.example.com sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the CRM.COM user name</source>
        <translation>Geben Sie den CRM.COM-Benutzernamen ein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A SHA-256 fingerprint has 64 hexadecimal digits</source>
        <translation>Ein SHA-256-Fingerabdruck hat 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Enter the %2:</source>
        <translation>%1

Geben Sie %2 ein:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>web API key</source>
        <translation>Web-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../app/service/ConnectionProfile.cpp" line="+34"/>
        <source>Give the connection a name</source>
        <translation>Geben Sie der Verbindung einen Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The timeout must be between 1 and 600 seconds</source>
        <translation>Das Zeitlimit muss zwischen 1 und 600 Sekunden liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parallel requests must be between 1 and 32</source>
        <translation>Parallele Anfragen müssen zwischen 1 und 32 liegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CRM.COM is reached over https; plain http is allowed on this computer only</source>
        <translation>CRM.COM wird über https erreicht; unverschlüsseltes http ist nur auf diesem Computer erlaubt</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <location filename="../app/service/ConnectionProfiles.cpp" line="+100"/>
        <source>The connection profiles could not be saved to %1</source>
        <translation>Die Verbindungsprofile konnten nicht in %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>CrmApiTokenStore</name>
    <message>
        <location filename="../app/stores/crm/CrmApiTokenStore.cpp" line="+102"/>
        <source>The CRM.COM connection is not open</source>
        <translation>Die CRM.COM-Verbindung ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No web API key was given for %1</source>
        <translation>Für %1 wurde kein Web-API-Schlüssel angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password was given for %1 at %2</source>
        <translation>Für %1 bei %2 wurde kein Passwort angegeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CRM.COM at %1</source>
        <translation>CRM.COM auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM.COM at %1 (%2)</source>
        <translation>CRM.COM auf %1 (%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The access token definition and classifications of CRM.COM are edited in CRM.COM itself</source>
        <translation>Die Zugangstoken-Definition und die Klassifizierungen von CRM.COM werden in CRM.COM selbst bearbeitet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>CRM.COM finds a token only by authentication code or by identifier and pass code; token %1 has no authentication code known to TokenDesk</source>
        <translation>CRM.COM findet ein Token nur über den Authentifizierungscode oder über Kennung und Passcode; für Token %1 kennt TokenDesk keinen Authentifizierungscode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown token reference</source>
        <translation>Unbekannte Token-Referenz</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The CRM.COM reply carries no access token</source>
        <translation>Die Antwort von CRM.COM enthält kein Zugangstoken</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1. The token may have been created; it has no authentication code to look it up by, so TokenDesk does not repeat the create. Check the account&apos;s tokens before trying again.</source>
        <translation>%1. Das Token wurde möglicherweise angelegt; es hat keinen Authentifizierungscode, über den es sich finden ließe, daher wiederholt TokenDesk das Anlegen nicht. Prüfen Sie die Token des Kontos, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1. Whether the token was created could not be checked: %2</source>
        <translation>%1. Ob das Token angelegt wurde, konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the token was cancelled. It may have been created all the same; it has no authentication code to look it up by, so check the account&apos;s tokens before trying again.</source>
        <translation>Das Anlegen des Tokens wurde abgebrochen. Es kann trotzdem angelegt worden sein; ohne Authentifizierungscode lässt es sich nicht nachschlagen, prüfen Sie daher die Token des Kontos, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating the token with authentication code %1 was cancelled; it was not created</source>
        <translation>Das Anlegen des Tokens mit dem Authentifizierungscode %1 wurde abgebrochen; es wurde nicht angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the token with authentication code %1 was cancelled; whether it was created could not be checked: %2</source>
        <translation>Das Anlegen des Tokens mit dem Authentifizierungscode %1 wurde abgebrochen; ob es angelegt wurde, ließ sich nicht prüfen: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Token %1 was changed by someone else since it was read; reload it and try again</source>
        <translation>Token %1 wurde seit dem Lesen von jemand anderem geändert; laden Sie es neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CRM.COM has no account numbered %1</source>
        <translation>CRM.COM kennt kein Konto mit der Nummer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRM.COM has no rewards participant numbered %1</source>
        <translation>CRM.COM kennt keinen Prämienteilnehmer mit der Nummer %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Changing a pass code on CRM.COM needs a consumer application key; add it to the connection profile</source>
        <translation>Zum Ändern eines Passcodes auf CRM.COM ist ein Consumer-Anwendungsschlüssel nötig; fügen Sie ihn dem Verbindungsprofil hinzu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Token %1 has no identifier, so its pass code cannot be changed</source>
        <translation>Token %1 hat keine Kennung, daher kann sein Passcode nicht geändert werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The CRM.COM consumer login reply carries no session token</source>
        <translation>Die Consumer-Anmeldeantwort von CRM.COM enthält kein Sitzungstoken</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>CRM.COM cannot search or filter access tokens by column</source>
        <translation>CRM.COM kann Zugangstoken nicht nach Spalten durchsuchen oder filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM.COM pages access tokens by offset only</source>
        <translation>CRM.COM blättert Zugangstoken nur über einen Versatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM.COM returns access tokens in its own order; they cannot be sorted by %1</source>
        <translation>CRM.COM liefert Zugangstoken in eigener Reihenfolge; sie können nicht nach %1 sortiert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing the tokens of an account needs its number</source>
        <translation>Zum Auflisten der Token eines Kontos wird seine Nummer benötigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing the tokens of a rewards participant needs its number</source>
        <translation>Zum Auflisten der Token eines Prämienteilnehmers wird seine Nummer benötigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRM.COM lists an account&apos;s or participant&apos;s tokens in every state</source>
        <translation>CRM.COM listet die Token eines Kontos oder Teilnehmers in jedem Status auf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CRM.COM cannot filter tokens that are not associated by classification</source>
        <translation>CRM.COM kann nicht zugeordnete Token nicht nach Klassifizierung filtern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CRM.COM lists the tokens of one accounts receivable, of one rewards participant, or those not associated; choose one</source>
        <translation>CRM.COM listet die Token eines Debitorenkontos, eines Prämienteilnehmers oder die nicht zugeordneten auf; wählen Sie eines davon</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The CRM.COM reply to a list is not a list</source>
        <translation>Die Antwort von CRM.COM auf eine Auflistung ist keine Liste</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>TokenDesk does not browse CRM.COM&apos;s accounts receivable; enter the account number</source>
        <translation>TokenDesk durchsucht die Debitorenkonten von CRM.COM nicht; geben Sie die Kontonummer ein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts receivable are created in CRM.COM itself</source>
        <translation>Debitorenkonten werden in CRM.COM selbst angelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TokenDesk does not browse CRM.COM&apos;s rewards participants; enter the participant number</source>
        <translation>TokenDesk durchsucht die Prämienteilnehmer von CRM.COM nicht; geben Sie die Teilnehmernummer ein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rewards participants are created in CRM.COM itself</source>
        <translation>Prämienteilnehmer werden in CRM.COM selbst angelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CRM.COM keeps no audit trail that TokenDesk can read; see the token&apos;s log information</source>
        <translation>CRM.COM führt kein Änderungsprotokoll, das TokenDesk lesen kann; siehe die Protokollangaben des Tokens</translation>
    </message>
</context>
<context>
    <name>CrmClient</name>
    <message>
        <location filename="../app/stores/crm/CrmClient.cpp" line="+176"/>
        <source>Logging in to CRM.COM failed: %1</source>
        <translation>Die Anmeldung bei CRM.COM ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM.COM login reply carries no session token</source>
        <translation>Die Anmeldeantwort von CRM.COM enthält kein Sitzungstoken</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The CRM.COM session expired before the request was carried out; nothing was changed. Repeat the action to log in again.</source>
        <translation>Die CRM.COM-Sitzung ist abgelaufen, bevor die Anfrage ausgeführt wurde; nichts wurde geändert. Wiederholen Sie die Aktion, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3. Trust it in the connection dialog only if you know it is your server&apos;s.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). Sein SHA-256-Fingerabdruck ist %3. Vertrauen Sie ihm im Verbindungsdialog nur, wenn Sie wissen, dass es das Ihres Servers ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>The certificate of %1 is not the one trusted for this connection: its SHA-256 fingerprint is %2, the trusted one is %3.</source>
        <translation>Das Zertifikat von %1 ist nicht das für diese Verbindung vertrauenswürdige: sein SHA-256-Fingerabdruck ist %2, der des vertrauenswürdigen %3.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The request to %1 was cancelled</source>
        <translation>Die Anfrage an %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply from %1 is larger than %2 MiB and was refused; the request may or may not have been carried out</source>
        <translation>Die Antwort von %1 ist größer als %2 MiB und wurde abgewiesen; die Anfrage wurde möglicherweise ausgeführt oder auch nicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refused the connection; is the CRM.COM server running on that port?</source>
        <translation>%1 hat die Verbindung abgelehnt; läuft der CRM.COM-Server auf diesem Port?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection before answering; the request may or may not have been carried out</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen; die Anfrage wurde möglicherweise ausgeführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server name %1 is not known</source>
        <translation>Der Servername %1 ist unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>CrmEnvelope</name>
    <message>
        <location filename="../app/stores/crm/CrmEnvelope.cpp" line="+44"/>
        <source>The CRM.COM server answered HTTP %1 instead of 200</source>
        <translation>Der CRM.COM-Server hat mit HTTP %1 statt 200 geantwortet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CRM.COM server&apos;s reply is nested too deeply to be read (%1 bytes received)</source>
        <translation>Die Antwort des CRM.COM-Servers ist zu tief verschachtelt, um gelesen zu werden (%1 Bytes empfangen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM.COM server&apos;s reply is not JSON (%1 bytes received)</source>
        <translation>Die Antwort des CRM.COM-Servers ist kein JSON (%1 Bytes empfangen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM.COM server&apos;s reply has no status code; is the URL the V4 API base?</source>
        <translation>Die Antwort des CRM.COM-Servers hat keinen Statuscode; ist die URL die Basis der V4-API?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CRM.COM refused the request with status %1 and gave no reason</source>
        <translation>CRM.COM hat die Anfrage mit Status %1 ohne Begründung abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>CRM.COM refused the request (%1): %2</source>
        <translation>CRM.COM hat die Anfrage abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM.COM refused the request (%1): %2 — %3</source>
        <translation>CRM.COM hat die Anfrage abgelehnt (%1): %2 – %3</translation>
    </message>
</context>
<context>
    <name>CsvPreview</name>
    <message>
        <location filename="../app/io/CsvPreview.cpp" line="+14"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown encoding &quot;%1&quot;; use one of %2</source>
        <translation>Unbekannte Zeichenkodierung „%1“; verwenden Sie eine von %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/io/CsvReader.cpp" line="+31"/>
        <source>Unknown encoding &quot;%1&quot;</source>
        <translation>Unbekannte Zeichenkodierung „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delimiter cannot be a quote or a line break</source>
        <translation>Das Trennzeichen darf kein Anführungszeichen und kein Zeilenumbruch sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file cannot be read past line %1</source>
        <translation>Die Datei kann nach Zeile %1 nicht weiter gelesen werden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>bytes that are not valid %1 (is the file in another encoding?)</source>
        <translation>Bytes, die kein gültiges %1 sind (hat die Datei eine andere Kodierung?)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a record longer than %1 characters</source>
        <translation>ein Datensatz mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>more than %1 columns</source>
        <translation>mehr als %1 Spalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a quoted field that is never closed, or longer than %1 characters</source>
        <translation>ein Feld in Anführungszeichen, das nie geschlossen wird oder mehr als %1 Zeichen hat</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>a field longer than %1 characters</source>
        <translation>ein Feld mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quoted field is never closed, so line %1 was read into it</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen, daher wurde Zeile %1 in dieses Feld gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a quoted field is never closed, so lines %1 to %2 were read into it</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen, daher wurden die Zeilen %1 bis %2 in dieses Feld gelesen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>text after the closing quote of field %1</source>
        <translation>Text nach dem schließenden Anführungszeichen von Feld %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a quote inside field %1, which is not quoted</source>
        <translation>ein Anführungszeichen in Feld %1, das nicht in Anführungszeichen steht</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../app/io/CsvWriter.cpp" line="+28"/>
        <location line="+73"/>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>CustomFieldsModel</name>
    <message>
        <location filename="../models/CustomFieldsModel.cpp" line="+40"/>
        <source>A custom field needs a name</source>
        <translation>Ein Zusatzfeld braucht einen Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a custom field named %1</source>
        <translation>Es gibt bereits ein Zusatzfeld namens %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="+11"/>
        <source>--count N [--seed S]</source>
        <translation>--count N [--seed S]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add demo classifications, accounts, participants and N tokens.</source>
        <translation>Demo-Klassifizierungen, -Konten, -Teilnehmer und N Token anlegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many tokens to create.</source>
        <translation>Wie viele Token angelegt werden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same seed gives the same data (default %1).</source>
        <translation>Derselbe Startwert ergibt dieselben Daten (Standard %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>demo takes options only, not &quot;%1&quot;</source>
        <translation>demo nimmt nur Optionen, nicht „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo needs --count N with N a number of tokens</source>
        <translation>demo benötigt --count N mit N als Anzahl der Token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed needs a non-negative number</source>
        <translation>--seed benötigt eine nicht negative Zahl</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added %1 classifications, %2 accounts receivable and %3 reward participants.</source>
        <translation>%1 Klassifizierungen, %2 Debitorenkonten und %3 Prämienteilnehmer hinzugefügt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created %1 tokens in %2 s: %3 EFFECTIVE, %4 PENDING_VERIFICATION, %5 NOT_EFFECTIVE; %6 with an e-mail identifier and pass code.</source>
        <translation>%1 Token in %2 s angelegt: %3 EFFECTIVE, %4 PENDING_VERIFICATION, %5 NOT_EFFECTIVE; %6 mit E-Mail-Kennung und Passcode.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <location filename="../app/service/DemoDataGenerator.cpp" line="+139"/>
        <source>Plastic loyalty cards handed out at the till</source>
        <translation>Kundenkarten aus Kunststoff, an der Kasse ausgegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in of the mobile app; confirmed by a code sent by SMS</source>
        <translation>Anmeldung in der Mobil-App; bestätigt durch einen per SMS gesendeten Code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer portal log-in with e-mail and pass code</source>
        <translation>Anmeldung im Kundenportal mit E-Mail und Passcode</translation>
    </message>
</context>
<context>
    <name>DirectoryCommands</name>
    <message>
        <location filename="../app/cli/DirectoryCommands.cpp" line="+40"/>
        <source>--number N --name NAME [--owner NAME] [--state S]</source>
        <translation>--number N --name NAME [--owner NAME] [--state S]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an accounts receivable to the directory.</source>
        <translation>Ein Debitorenkonto zum Verzeichnis hinzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>[--search PREFIX] [--limit N]</source>
        <translation>[--search PRÄFIX] [--limit N]</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>List accounts receivable.</source>
        <translation>Debitorenkonten auflisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--number N [--state S]</source>
        <translation>--number N [--state S]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reward participant to the directory.</source>
        <translation>Einen Prämienteilnehmer zum Verzeichnis hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List reward participants.</source>
        <translation>Prämienteilnehmer auflisten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prefix of the number (or, for accounts, the name).</source>
        <translation>Anfang der Nummer (bei Konten auch des Namens).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N entries (default 100).</source>
        <translation>Höchstens N Einträge (Standard 100).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The number, unique in the directory.</source>
        <translation>Die Nummer, eindeutig im Verzeichnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life cycle state (default ACTIVE).</source>
        <translation>Lebenszyklusstatus (Standard ACTIVE).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account&apos;s name.</source>
        <translation>Der Name des Kontos.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The account owner&apos;s name.</source>
        <translation>Der Name des Kontoinhabers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 takes options only, not &quot;%2&quot;</source>
        <translation>%1 nimmt nur Optionen, nicht „%2“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>accounts add needs --number N and --name NAME</source>
        <translation>accounts add benötigt --number N und --name NAME</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added accounts receivable %1 &quot;%2&quot;.</source>
        <translation>Debitorenkonto %1 „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <source>--limit needs a positive number</source>
        <translation>--limit benötigt eine positive Zahl</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+48"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>life_cycle_state</source>
        <translation>life_cycle_state</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>participants add needs --number N</source>
        <translation>participants add benötigt --number N</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added reward participant %1.</source>
        <translation>Prämienteilnehmer %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>id</source>
        <translation>id</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+18"/>
        <source>FILE [LIST FILTERS] [--columns FIELD,...] [--bom]</source>
        <translation>DATEI [LISTENFILTER] [--columns FELD,...] [--bom]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the tokens the filters select to a CSV file (UTF-8, wire names as header).</source>
        <translation>Die von den Filtern ausgewählten Token in eine CSV-Datei exportieren (UTF-8, API-Namen als Kopfzeile).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The columns, comma-separated wire names or custom:NAME (default: every standard field; custom fields only when named).</source>
        <translation>Die Spalten, durch Kommas getrennte API-Namen oder custom:NAME (Standard: alle Standardfelder; Zusatzfelder nur, wenn sie genannt werden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the file with a UTF-8 byte order mark, without which Excel reads it in the system&apos;s code page.</source>
        <translation>Die Datei mit einer UTF-8-Bytereihenfolgemarke beginnen, ohne die Excel sie in der Codepage des Systems liest.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>export needs exactly one FILE (or - for stdout)</source>
        <translation>export benötigt genau eine DATEI (oder - für stdout)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write to stdout</source>
        <translation>Auf stdout kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n token(s) to %1</source>
        <translation>
            <numerusform>%n Token nach %1 exportiert</numerusform>
            <numerusform>%n Token nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterHeaderView</name>
    <message>
        <location filename="../ui/FilterHeaderView.cpp" line="+58"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+42"/>
        <source>FILE [--preview [--rows N]] [--dry-run] [--mode atomic|skip-invalid] [--upsert-by FIELD] [--rejects FILE] [--delimiter C] [--encoding NAME] [--header yes|no] [--map COLUMN=FIELD]... [--mapping NAME]</source>
        <translation>DATEI [--preview [--rows N]] [--dry-run] [--mode atomic|skip-invalid] [--upsert-by FELD] [--rejects DATEI] [--delimiter Z] [--encoding NAME] [--header yes|no] [--map SPALTE=FELD]... [--mapping NAME]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import tokens from a CSV file; exit status 0 when every row was imported.</source>
        <translation>Token aus einer CSV-Datei importieren; Rückgabewert 0, wenn jede Zeile importiert wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--undo ID</source>
        <translation>--undo ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo an import: delete the tokens it created, restore the tokens it updated.</source>
        <translation>Einen Import rückgängig machen: die angelegten Tokens löschen, die aktualisierten wiederherstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the recorded imports, newest first.</source>
        <translation>Die protokollierten Importe auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo the import with this number (see `imports`).</source>
        <translation>Den Import mit dieser Nummer rückgängig machen (siehe `imports`).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+330"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Print the file as parsed, before any mapping; import nothing.</source>
        <translation>Die Datei so ausgeben, wie sie eingelesen wurde, vor jeder Zuordnung; nichts importieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many records --preview prints (default 20).</source>
        <translation>Wie viele Datensätze --preview ausgibt (Standard 20).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every row and report what would happen; write nothing.</source>
        <translation>Jede Zeile prüfen und melden, was geschehen würde; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>atomic (default): all rows or none; skip-invalid: import the valid rows, refuse the rest.</source>
        <translation>atomic (Standard): alle Zeilen oder keine; skip-invalid: die gültigen Zeilen importieren, den Rest ablehnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the token with the same authentication_code or identifier instead of refusing the row.</source>
        <translation>Das Token mit demselben authentication_code oder identifier aktualisieren, statt die Zeile abzulehnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write refused rows here, with their line and error, to fix and import again.</source>
        <translation>Abgelehnte Zeilen mit Zeilennummer und Fehler hierhin schreiben, um sie zu korrigieren und erneut zu importieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delimiter: , ; TAB or |, or any one character (default: guessed).</source>
        <translation>Das Trennzeichen: , ; TAB oder | oder ein beliebiges einzelnes Zeichen (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <translation>Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encoding: %1 (default: guessed).</source>
        <translation>Die Zeichenkodierung: %1 (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Whether the first record is a header: yes or no (default: guessed).</source>
        <translation>Ob der erste Datensatz eine Kopfzeile ist: yes oder no (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map a column (header or 1-based number) to a field, custom:NAME or ignore; repeatable.</source>
        <translation>Eine Spalte (Kopfzeile oder Nummer ab 1) einem Feld, custom:NAME oder ignore zuordnen; wiederholbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COLUMN=FIELD</source>
        <translation>SPALTE=FELD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from the mapping saved under this name in the wizard.</source>
        <translation>Von der Zuordnung ausgehen, die im Assistenten unter diesem Namen gespeichert wurde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import needs exactly one FILE</source>
        <translation>import benötigt genau eine DATEI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--rows goes with --preview</source>
        <translation>--rows gehört zu --preview</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--delimiter is one character or TAB, not &quot;%1&quot;</source>
        <translation>--delimiter ist ein einzelnes Zeichen oder TAB, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--header is yes or no, not &quot;%1&quot;</source>
        <translation>--header ist yes oder no, nicht „%1“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--rows needs a number of rows, not &quot;%1&quot;</source>
        <translation>--rows benötigt eine Zeilenanzahl, nicht „%1“</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>with a header</source>
        <translation>mit Kopfzeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no header</source>
        <translation>ohne Kopfzeile</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Dry run: %1 would be created, %2 updated, %3 unchanged, %4 skipped (no values), %5 rejected; nothing was written to the store.</source>
        <translation>Probelauf: %1 würden angelegt, %2 aktualisiert, %3 unverändert, %4 übersprungen (keine Werte), %5 abgelehnt; in den Datenspeicher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1, updated %2, unchanged %3, skipped %4 (no values), rejected %5.</source>
        <translation>%1 importiert, %2 aktualisiert, %3 unverändert, %4 übersprungen (keine Werte), %5 abgelehnt.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Import %1 undone: %2, %3 restored.</source>
        <translation>Import %1 rückgängig gemacht: %2, %3 wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n token(s) deleted</source>
        <translation>
            <numerusform>%n Token gelöscht</numerusform>
            <numerusform>%n Tokens gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+95"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Encoding %1, delimiter &quot;%2&quot;, %3</source>
        <translation>Zeichenkodierung %1, Trennzeichen „%2“, %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The first line was taken for a header, though none of its cells names a token field; if it holds a token, import with --header no</source>
        <translation>Die erste Zeile wurde als Kopfzeile gelesen, obwohl keine ihrer Zellen ein Token-Feld nennt; enthält sie ein Token, importieren Sie mit --header no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported: %1 (map a column with --map COLUMN=FIELD)</source>
        <translation>Nicht importiert: %1 (eine Spalte mit --map SPALTE=FELD zuordnen)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused rows are in %1</source>
        <translation>Abgelehnte Zeilen stehen in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported. The refused rows are listed in %1: fix them in %2 and import that file again.</source>
        <translation>Es wurde nichts importiert. Die abgelehnten Zeilen stehen in %1: korrigieren Sie sie in %2 und importieren Sie diese Datei erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>... and %1 more refused rows</source>
        <translation>... und %1 weitere abgelehnte Zeilen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>imports takes no arguments</source>
        <translation>imports erwartet keine Argumente</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--undo needs the number of an import, not &quot;%1&quot;</source>
        <translation>--undo erwartet die Nummer eines Imports, nicht „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import --undo takes no FILE</source>
        <translation>import --undo erwartet keine DATEI</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="+19"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file of tokens, one per line. Its format is guessed on the next page.</source>
        <translation>Eine CSV-Datei mit Token, eines pro Zeile. Ihr Format wird auf der nächsten Seite erkannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is a folder; choose a file in it.</source>
        <translation>Dies ist ein Ordner; wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be read: check its permissions.</source>
        <translation>Diese Datei kann nicht gelesen werden: prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import tokens</source>
        <translation>Token importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportFormatPage</name>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="+25"/>
        <source>The first line names the columns</source>
        <translation>Die erste Zeile benennt die Spalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the preview shows the file&apos;s columns and characters correctly.</source>
        <translation>Prüfen Sie, ob die Vorschau die Spalten und Zeichen der Datei richtig zeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comma  ,</source>
        <translation>Komma  ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon  ;</source>
        <translation>Semikolon  ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe  |</source>
        <translation>Senkrechter Strich  |</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../ui/ImportHistoryDialog.cpp" line="+37"/>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping and errors of the selected import</source>
        <translation>Zuordnung und Fehler des ausgewählten Imports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an import to see its mapping and errors.</source>
        <translation>Wählen Sie einen Import, um seine Zuordnung und Fehler zu sehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The imports could not be read: %1</source>
        <translation>Die Importe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The older imports could not be read: %1</source>
        <translation>Die älteren Importe konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The latest %n import(s) are listed; older ones are read as you scroll down.</source>
        <translation>
            <numerusform>Der letzte Import wird angezeigt; ältere werden beim Herunterblättern gelesen.</numerusform>
            <numerusform>Die letzten %n Importe werden angezeigt; ältere werden beim Herunterblättern gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import %1: %2</source>
        <translation>Import %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by: %1</source>
        <translation>Ausgeführt von: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: %1, finished: %2</source>
        <translation>Begonnen: %1, beendet: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping: %1</source>
        <translation>Zuordnung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>keine aufgezeichnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No errors.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors (the first ones):</source>
        <translation>Fehler (die ersten):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking whether the import of %1 can be undone…</source>
        <translation>Es wird geprüft, ob der Import von %1 rückgängig gemacht werden kann…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The %n token(s) it created will be deleted.</source>
        <translation>
            <numerusform>Das erstellte Token wird gelöscht.</numerusform>
            <numerusform>Die %n erstellten Tokens werden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n token(s) it updated will get their earlier values back.</source>
        <translation>
            <numerusform>Das geänderte Token erhält seine früheren Werte zurück.</numerusform>
            <numerusform>Die %n geänderten Tokens erhalten ihre früheren Werte zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the import of %1?</source>
        <translation>Den Import von %1 rückgängig machen?</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Undoing the import of %1…</source>
        <translation>Import von %1 wird rückgängig gemacht …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import of %1 was undone.</source>
        <translation>Der Import von %1 wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>Export Import History</source>
        <translation>Importverlauf exportieren</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>imports.csv</source>
        <translation>importe.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading every import for the export…</source>
        <translation>Alle Importe werden für den Export gelesen …</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>The export to %1 failed: %2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n import(s) exported to %1</source>
        <translation>
            <numerusform>%n Import nach %1 exportiert</numerusform>
            <numerusform>%n Importe nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../models/ImportHistoryModel.cpp" line="+69"/>
        <source>No.</source>
        <extracomment>The column of an import&apos;s number, as a token&apos;s History and the command line name it.</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All or nothing</source>
        <translation>Alles oder nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip invalid rows</source>
        <translation>Ungültige Zeilen überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, updating tokens found by “%2”</source>
        <translation>%1, vorhandene Tokens nach „%2“ aktualisiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>column %1 → %2</source>
        <translation>Spalte %1 → %2</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../app/io/ImportJob.cpp" line="+96"/>
        <source>%1 rows written; building the lookup indexes: %2 of %3</source>
        <translation>%1 Zeilen geschrieben; Suchindizes werden erstellt: %2 von %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 Zeilen, %2 Zeilen/s</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+14"/>
        <source>, %1 left</source>
        <translation>, noch %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>, rows written in %1, then the lookup indexes</source>
        <translation>, Zeilen noch %1, danach die Suchindizes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>under a second</source>
        <translation>weniger als eine Sekunde</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The refused rows cannot be written over the file being imported</source>
        <translation>Die abgelehnten Zeilen können nicht in die Datei geschrieben werden, die gerade importiert wird</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-59"/>
        <location line="+185"/>
        <source>%n row(s) were refused, so nothing was imported</source>
        <translation>
            <numerusform>%n Zeile wurde abgelehnt, daher wurde nichts importiert</numerusform>
            <numerusform>%n Zeilen wurden abgelehnt, daher wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Checking every row before the pass codes are hashed: %1 rows, %2 rows/s</source>
        <translation>Alle Zeilen werden geprüft, bevor die Passcodes gehasht werden: %1 Zeilen, %2 Zeilen/s</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>The import was cancelled</source>
        <translation>Der Import wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) were refused</source>
        <translation>
            <numerusform>%n Zeile wurde abgelehnt</numerusform>
            <numerusform>%n Zeilen wurden abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header reads as one column, &quot;%1&quot;: are the columns separated by something else?</source>
        <translation>Die Kopfzeile ergibt eine einzige Spalte, „%1“: sind die Spalten durch etwas anderes getrennt?</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>life_cycle_state must be PENDING_VERIFICATION, EFFECTIVE or NOT_EFFECTIVE, not &quot;%1&quot;</source>
        <translation>life_cycle_state muss PENDING_VERIFICATION, EFFECTIVE oder NOT_EFFECTIVE sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 &quot;%2&quot; is already used on line %3 of this file</source>
        <translation>%1 „%2“ wird bereits in Zeile %3 dieser Datei verwendet</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 &quot;%2&quot; already belongs to token %3 (to update that token instead, import with updates by %1)</source>
        <translation>%1 „%2“ gehört bereits zu Token %3 (um stattdessen dieses Token zu aktualisieren, mit Aktualisierung nach %1 importieren)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot; already belongs to another token, %3</source>
        <translation>%1 „%2“ gehört bereits zu einem anderen Token, %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no classification &quot;%1&quot;</source>
        <translation>Es gibt keine Klassifizierung „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no accounts receivable numbered &quot;%1&quot;</source>
        <translation>Es gibt kein Debitorenkonto mit der Nummer „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no reward participant numbered &quot;%1&quot;</source>
        <translation>Es gibt keinen Prämienteilnehmer mit der Nummer „%1“</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A new token starts as %1 and cannot be imported as %2</source>
        <translation>Ein neues Token beginnt als %1 und kann nicht als %2 importiert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A token cannot be moved back to PENDING_VERIFICATION by an import</source>
        <translation>Ein Import kann ein Token nicht zurück nach PENDING_VERIFICATION versetzen</translation>
    </message>
    <message>
        <location line="+128"/>
        <source> (its cells are left out of this file, since any of them could be the pass code: see line %1 of %2)</source>
        <translation> (ihre Zellen fehlen in dieser Datei, da jede davon der Passcode sein könnte: siehe Zeile %1 von %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (its cells are not where the columns are: check them against line %1 of %2)</source>
        <translation> (die Zellen stehen nicht unter den richtigen Spalten: mit Zeile %1 von %2 vergleichen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the pass code was left out of this file: enter it again)</source>
        <translation> (der Passcode fehlt in dieser Datei: geben Sie ihn erneut ein)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <location filename="../ui/import/ImportMappingPage.cpp" line="+39"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the token field each column fills. Columns left on (ignore) are not imported.</source>
        <translation>Wählen Sie das Token-Feld, das jede Spalte füllt. Spalten auf (ignorieren) werden nicht importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All or nothing: import every row or none</source>
        <translation>Alles oder nichts: jede Zeile importieren oder keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip invalid rows: import the valid ones, set the others aside</source>
        <translation>Ungültige Zeilen überspringen: die gültigen importieren, die anderen beiseitelegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse rows of tokens that exist</source>
        <translation>Zeilen bereits vorhandener Token ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update tokens with the same authentication code</source>
        <translation>Token mit demselben Authentifizierungscode aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update tokens with the same identifier</source>
        <translation>Token mit derselben Kennung aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, to use this mapping again (optional)</source>
        <translation>Name, um diese Zuordnung wiederzuverwenden (optional)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sa&amp;ved mapping:</source>
        <translation>Gespeicherte &amp;Zuordnung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Existing tokens:</source>
        <translation>&amp;Vorhandene Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>column_%1</source>
        <translation>column_%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (e.g. %1)</source>
        <translation>  (z. B. %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(guessed from the header)</source>
        <translation>(aus der Kopfzeile erkannt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved Mapping</source>
        <translation>Gespeicherte Zuordnung</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <location filename="../app/io/ImportOptions.cpp" line="+14"/>
        <source>--mode is atomic or skip-invalid, not &quot;%1&quot;</source>
        <translation>--mode ist atomic oder skip-invalid, nicht „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--upsert-by is authentication_code or identifier, not &quot;%1&quot;</source>
        <translation>--upsert-by ist authentication_code oder identifier, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../ui/import/ImportPreviewModel.cpp" line="+55"/>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../ui/import/ImportResultPage.cpp" line="+17"/>
        <source>&amp;Open the refused rows</source>
        <translation>Abgelehnte Zeilen ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No program here opens CSV files; open %1 from a spreadsheet or an editor.</source>
        <translation>Kein Programm hier öffnet CSV-Dateien; öffnen Sie %1 in einer Tabellenkalkulation oder einem Editor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created: %1
Updated: %2
Unchanged: %3
Rejected: %4
Skipped (no values): %5
Time: %6 s</source>
        <translation>Angelegt: %1
Aktualisiert: %2
Unverändert: %3
Abgelehnt: %4
Übersprungen (keine Werte): %5
Dauer: %6 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The refused rows, with their line and error, are in %1</source>
        <translation>Die abgelehnten Zeilen stehen mit Zeilennummer und Fehler in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refused rows, with their line and error, are in %1: they could not be written beside the imported file</source>
        <translation>Die abgelehnten Zeilen stehen mit Zeilennummer und Fehler in %1: Neben die importierte Datei konnten sie nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ImportRowError</name>
    <message>
        <location filename="../app/io/ImportReport.cpp" line="+7"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="+23"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>-refused</source>
        <translation>-abgelehnt</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Checking: %p%</source>
        <translation>Prüfung: %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup indexes: %p%</source>
        <translation>Suchindizes: %p%</translation>
    </message>
</context>
<context>
    <name>ImportValidationPage</name>
    <message>
        <location filename="../ui/import/ImportValidationPage.cpp" line="+27"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked with the store&apos;s rules; nothing is written yet.</source>
        <translation>Jede Zeile wird nach den Regeln des Datenspeichers geprüft; noch wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 would be created, %2 updated, %3 unchanged, %4 skipped (no values), %5 rejected.</source>
        <translation>%1 würden angelegt, %2 aktualisiert, %3 unverändert, %4 übersprungen (keine Werte), %5 abgelehnt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the atomic mode nothing will be imported until these rows are fixed.</source>
        <translation>Im atomaren Modus wird nichts importiert, bis diese Zeilen korrigiert sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row passes the checks.</source>
        <translation>Jede Zeile besteht die Prüfung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pass codes are not shown</source>
        <translation>Passcodes werden nicht gezeigt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (pass codes are not shown)</source>
        <translation>%1 (Passcodes werden nicht gezeigt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: %2
%3</source>
        <translation>Zeile %1: %2
%3</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="+14"/>
        <source>Import tokens</source>
        <translation>Token importieren</translation>
    </message>
</context>
<context>
    <name>LifeCycleStates</name>
    <message>
        <location filename="../app/core/LifeCycleState.cpp" line="+37"/>
        <source>Pending verification</source>
        <translation>Bestätigung ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not effective</source>
        <translation>Nicht wirksam</translation>
    </message>
</context>
<context>
    <name>ListOptions</name>
    <message>
        <location filename="../app/cli/ListOptions.cpp" line="+32"/>
        <source>Only tokens of this accounts receivable.</source>
        <translation>Nur Token dieses Debitorenkontos.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only tokens of this reward participant.</source>
        <translation>Nur Token dieses Prämienteilnehmers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tokens with neither an account nor a participant.</source>
        <translation>Nur Token ohne Konto und ohne Teilnehmer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tokens of this classification (name or id).</source>
        <translation>Nur Token dieser Klassifizierung (Name oder ID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PENDING_VERIFICATION, EFFECTIVE or NOT_EFFECTIVE.</source>
        <translation>PENDING_VERIFICATION, EFFECTIVE oder NOT_EFFECTIVE.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix of the identifier, authentication code or number (case-insensitive).</source>
        <translation>Anfang der Kennung, des Authentifizierungscodes oder der Nummer (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by FIELD, descending with :desc (%1).</source>
        <translation>Nach FELD sortieren, absteigend mit :desc (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIELD[:desc]</source>
        <translation>FELD[:desc]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N tokens (default 100).</source>
        <translation>Höchstens N Token (Standard 100).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip the first N tokens.</source>
        <translation>Die ersten N Token überspringen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use only one of --account, --participant and --not-associated</source>
        <translation>Verwenden Sie nur eine der Optionen --account, --participant und --not-associated</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a state; use PENDING_VERIFICATION, EFFECTIVE or NOT_EFFECTIVE</source>
        <translation>„%1“ ist kein Status; verwenden Sie PENDING_VERIFICATION, EFFECTIVE oder NOT_EFFECTIVE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sort direction must be :asc or :desc, not &quot;%1&quot;</source>
        <translation>Die Sortierrichtung muss :asc oder :desc sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot sort by &quot;%1&quot;; sortable fields are %2</source>
        <translation>Nach „%1“ kann nicht sortiert werden; sortierbare Felder sind %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 needs a %2 number, not &quot;%3&quot;</source>
        <translation>--%1 benötigt eine %2 Zahl, nicht „%3“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non-negative</source>
        <translation>nicht negative</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+161"/>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>&amp;New Token…</source>
        <translation>&amp;Neues Token …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;Effective</source>
        <translation>Auf &amp;wirksam setzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Bestätigen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset Pass Code</source>
        <translation>Passcode &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forgot Pass Code…</source>
        <translation>Passcode &amp;vergessen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change Pass Code…</source>
        <translation>Passcode ände&amp;rn …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate &amp;OTP</source>
        <translation>&amp;Einmalpasswort erzeugen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Selection…</source>
        <translation>Auswahl e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;figure Store…</source>
        <translation>Datenspeicher &amp;konfigurieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Network Log</source>
        <translation>&amp;Netzwerkprotokoll</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Import &amp;History…</source>
        <translation>Importverlau&amp;f …</translation>
    </message>
    <message>
        <location line="+1443"/>
        <source>Token %1 was created; the search and filters in use leave it out.</source>
        <translation>Token %1 wurde angelegt; die aktuelle Suche und die Filter blenden es aus.</translation>
    </message>
    <message>
        <location line="-1467"/>
        <source>Set No&amp;t Effective</source>
        <translation>Auf n&amp;icht wirksam setzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;set Verification Code</source>
        <translation>Bestätigungs&amp;code zurücksetzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Filter Current Column</source>
        <translation>Aktuelle Spalte &amp;filtern</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Column Filters</source>
        <translation>&amp;Spaltenfilter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sort By</source>
        <translation>S&amp;ortieren nach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colu&amp;mns</source>
        <translation>Spa&amp;lten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tokens</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About TokenDesk</source>
        <translation>&amp;Über TokenDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shows the tokens whose identifier, authentication code or number starts with what you type (Ctrl+F)</source>
        <translation>Zeigt die Token, deren Kennung, Authentifizierungscode oder Nummer mit dem Eingegebenen beginnt (Strg+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+620"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-613"/>
        <source>Classification filter</source>
        <translation>Klassifizierungsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+204"/>
        <source>Any classification</source>
        <translation>Jede Klassifizierung</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Association filter</source>
        <translation>Zuordnungsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any association</source>
        <translation>Jede Zuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of account…</source>
        <translation>Von Konto …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of participant…</source>
        <translation>Von Teilnehmer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not associated</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account or participant number</source>
        <translation>Konto- oder Teilnehmernummer</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The store TokenDesk works on</source>
        <translation>Der Datenspeicher, mit dem TokenDesk arbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — TokenDesk</source>
        <translation>%1 — TokenDesk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opening the store…</source>
        <translation>Datenspeicher wird geöffnet …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store could not be opened: %1</source>
        <translation>Der Datenspeicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No store open</source>
        <translation>Kein Datenspeicher geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store opened</source>
        <translation>Datenspeicher geöffnet</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>This is a new store. TokenDesk is filling it with %n demo token(s) so you can try it out…</source>
        <translation>
            <numerusform>Dies ist ein neuer Datenspeicher. TokenDesk füllt ihn zum Ausprobieren mit %n Demo-Token …</numerusform>
            <numerusform>Dies ist ein neuer Datenspeicher. TokenDesk füllt ihn zum Ausprobieren mit %n Demo-Token …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo data could not be added: %1</source>
        <translation>Demodaten konnten nicht hinzugefügt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This new store was filled with %n demo token(s), %1 accounts and %2 participants. They are examples: delete them or start a new store when you go live.</source>
        <translation>
            <numerusform>Dieser neue Datenspeicher wurde mit %n Demo-Token, %1 Konten und %2 Teilnehmern gefüllt. Es sind Beispiele: Löschen Sie sie oder beginnen Sie einen neuen Speicher, wenn Sie live gehen.</numerusform>
            <numerusform>Dieser neue Datenspeicher wurde mit %n Demo-Token, %1 Konten und %2 Teilnehmern gefüllt. Es sind Beispiele: Löschen Sie sie oder beginnen Sie einen neuen Speicher, wenn Sie live gehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store&apos;s configuration could not be read: %1</source>
        <translation>Die Konfiguration des Datenspeichers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>CRM.COM returns the tokens of a scope in its own order</source>
        <translation>CRM.COM liefert die Token eines Bereichs in eigener Reihenfolge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRM.COM lists the tokens of an account, of a participant or those not associated, and filters no column</source>
        <translation>CRM.COM listet die Token eines Kontos, eines Teilnehmers oder die nicht zugeordneten und filtert keine Spalte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking up authentication code %1…</source>
        <translation>Authentifizierungscode %1 wird gesucht …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No token has the authentication code %1.</source>
        <translation>Kein Token hat den Authentifizierungscode %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token with authentication code %1 could not be read: %2</source>
        <translation>Das Token mit dem Authentifizierungscode %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token %1 found by its authentication code, not opened: the unsaved edits stay on show</source>
        <translation>Token %1 über seinen Authentifizierungscode gefunden, nicht geöffnet: Die ungespeicherten Änderungen bleiben angezeigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token %1 found by its authentication code</source>
        <translation>Token %1 über seinen Authentifizierungscode gefunden</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not counted</source>
        <translation>Nicht gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≥ %1 tokens</source>
        <translation>≥ %1 Token</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No token&apos;s identifier, authentication code or number starts with “%1”.</source>
        <translation>Kein Token hat eine Kennung, einen Authentifizierungscode oder eine Nummer, die mit „%1“ beginnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No token matches what the table is narrowed to.</source>
        <translation>Kein Token passt zu den gesetzten Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store holds no tokens yet: add one with New Token, or import a file with File → Import.</source>
        <translation>Der Datenspeicher enthält noch keine Token: Legen Sie eines mit „Neues Token“ an oder importieren Sie eine Datei mit Datei → Importieren.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted: %1</source>
        <translation>Nicht gezählt: %1</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Token %1: the search and filters in use leave it out.</source>
        <translation>Token %1: Die aktuelle Suche und die Filter blenden es aus.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Select a token first</source>
        <translation>Wählen Sie zuerst ein Token aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not for the states of the selected tokens</source>
        <translation>Nicht für die Zustände der ausgewählten Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a single token</source>
        <translation>Wählen Sie ein einzelnes Token aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs a token with an identifier</source>
        <translation>Benötigt ein Token mit Kennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a token whose identifier is an e-mail address</source>
        <translation>Benötigt ein Token, dessen Kennung eine E-Mail-Adresse ist</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Token %1 was deleted by someone else. Discard your edits of it?</source>
        <translation>Token %1 wurde von jemand anderem gelöscht. Ihre Änderungen daran verwerfen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token %1 has unsaved changes. Save them before moving on?</source>
        <translation>Token %1 hat ungespeicherte Änderungen. Vor dem Weitergehen speichern?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token %1 has unsaved changes. Discard them?</source>
        <translation>Token %1 hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Token %1 has unsaved changes: press Return to apply what you typed.</source>
        <translation>Token %1 hat ungespeicherte Änderungen: Drücken Sie die Eingabetaste, um das Eingetippte anzuwenden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Token %1 was changed in the store while you were editing it. Save shows those changes beside yours before anything is written.</source>
        <translation>Token %1 wurde im Datenspeicher geändert, während Sie es bearbeitet haben. Speichern zeigt diese Änderungen neben Ihren, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>None of the columns on screen can be filtered.</source>
        <translation>Keine der angezeigten Spalten kann gefiltert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Descending</source>
        <translation>&amp;Absteigend</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom field name:</source>
        <translation>Name des Zusatzfelds:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The token was not created: %1</source>
        <translation>Das Token wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token %1 created</source>
        <translation>Token %1 angelegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>New Token %1</source>
        <translation>Neues Token %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The store generated this pass code for token %1. Give it to the customer.</source>
        <translation>Der Datenspeicher hat diesen Passcode für Token %1 erzeugt. Geben Sie ihn an den Kunden weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token %1 awaits verification. This is the code the customer must confirm.</source>
        <translation>Token %1 wartet auf Bestätigung. Diesen Code muss der Kunde bestätigen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Token %1 changed; the search and filters in use leave it out.</source>
        <translation>Token %1 wurde geändert; die aktuelle Suche und die Filter blenden es jetzt aus.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Token %1 was deleted from the store while you were editing it. Your edits stay on show but cannot be saved; Revert drops them.</source>
        <translation>Token %1 wurde aus dem Datenspeicher gelöscht, während Sie es bearbeitet haben. Ihre Änderungen bleiben sichtbar, können aber nicht gespeichert werden; „Verwerfen“ entfernt sie.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: token %2 done</source>
        <translation>%1: Token %2 erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 for token %2 was cancelled</source>
        <translation>%1 für Token %2 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed for token %2: %3</source>
        <translation>%1 ist für Token %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Those in that state already stay as they are.</source>
        <translation>Tokens, die schon in diesem Zustand sind, bleiben, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of the selected tokens are in that state already and stay as they are.</source>
        <translation>
            <numerusform>%n der ausgewählten Token ist schon in diesem Zustand und bleibt, wie es ist.</numerusform>
            <numerusform>%n der ausgewählten Token sind schon in diesem Zustand und bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+324"/>
        <source>TokenDesk %1

A back office for CRM.COM access tokens.

Store: %2
Default store file: %3

Copyright © 2026 The TokenDesk team. Licensed to the organisation that deployed it; not for redistribution.

Built with Qt %4 (LGPL-3.0), QtKeychain (BSD-3-Clause), libsodium (ISC), SQLite (public domain), libpq (PostgreSQL Licence) and uchardet (MPL-1.1); their notices are in the package&apos;s copyright file.</source>
        <translation>TokenDesk %1

Ein Backoffice für CRM.COM-Zugangstokens.

Datenspeicher: %2
Standard-Datenspeicherdatei: %3

Copyright © 2026 Das TokenDesk-Team. Lizenziert für die Organisation, die es einsetzt; Weitergabe nicht gestattet.

Erstellt mit Qt %4 (LGPL-3.0), QtKeychain (BSD-3-Clause), libsodium (ISC), SQLite (gemeinfrei), libpq (PostgreSQL-Lizenz) und uchardet (MPL-1.1); ihre Hinweise stehen in der Copyright-Datei des Pakets.</translation>
    </message>
    <message>
        <location line="-875"/>
        <location line="+486"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-1438"/>
        <source>Start of identifier, code or number… (Ctrl+F)</source>
        <translation>Anfang von Kennung, Code, Nummer … (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+603"/>
        <source>%Ln token(s) match</source>
        <translation>
            <numerusform>%Ln Token passt</numerusform>
            <numerusform>%Ln Token passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1, %Ln ausgewählt</numerusform>
            <numerusform>%1, %Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+567"/>
        <source>&amp;Add Custom Field Column…</source>
        <translation>Spalte für Zusatzfeld &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve Custom Field Column</source>
        <translation>Spalte für Zusatzfeld &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Delete token %1? This cannot be undone.</source>
        <translation>Token %1 löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n token(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n Token löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Token löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only tokens in the state “%1” are deleted; the others stay as they are.</source>
        <translation>Nur Token im Zustand „%1“ werden gelöscht; die anderen bleiben, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Only tokens in the state “%1” can be deleted: %n of the selected tokens stay as they are.</source>
        <translation>
            <numerusform>Nur Token im Zustand „%1“ können gelöscht werden: %n der ausgewählten Token bleibt, wie es ist.</numerusform>
            <numerusform>Nur Token im Zustand „%1“ können gelöscht werden: %n der ausgewählten Token bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Tokens</source>
        <translation>Token löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete Token</source>
        <translation>Token löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Set Effective</source>
        <translation>Auf wirksam setzen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set %n token(s) effective? Their holders can use them again.</source>
        <translation>
            <numerusform>%n Token auf wirksam setzen? Sein Inhaber kann es wieder verwenden.</numerusform>
            <numerusform>%n Token auf wirksam setzen? Ihre Inhaber können sie wieder verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set effective</source>
        <translation>Auf wirksam setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set Not Effective</source>
        <translation>Auf nicht wirksam setzen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set %n token(s) not effective? Their holders can no longer use them until they are set effective again.</source>
        <translation>
            <numerusform>%n Token auf nicht wirksam setzen? Sein Inhaber kann es nicht mehr verwenden, bis es wieder auf wirksam gesetzt wird.</numerusform>
            <numerusform>%n Token auf nicht wirksam setzen? Ihre Inhaber können sie nicht mehr verwenden, bis sie wieder auf wirksam gesetzt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set not effective</source>
        <translation>Auf nicht wirksam setzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Token %1 verified</source>
        <translation>Token %1 bestätigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token %1 was not verified: %2</source>
        <translation>Token %1 wurde nicht bestätigt: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reset Verification Code</source>
        <translation>Bestätigungscode zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a new verification code for token %1? The customer&apos;s current code will stop working.</source>
        <translation>Einen neuen Bestätigungscode für Token %1 ausgeben? Der Code, den der Kunde jetzt hat, gilt dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verification code of token %1 was not reset: %2</source>
        <translation>Der Bestätigungscode von Token %1 wurde nicht zurückgesetzt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New verification code issued for token %1</source>
        <translation>Neuer Bestätigungscode für Token %1 ausgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification Code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new verification code of token %1:</source>
        <translation>Der neue Bestätigungscode von Token %1:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset Pass Code</source>
        <translation>Passcode zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give token %1 a new random pass code? The customer&apos;s current pass code will stop working.</source>
        <translation>Token %1 einen neuen zufälligen Passcode geben? Der Passcode, den der Kunde jetzt hat, gilt dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pass code of token %1 was not reset: %2</source>
        <translation>Der Passcode von Token %1 wurde nicht zurückgesetzt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass code of token %1 reset</source>
        <translation>Passcode von Token %1 zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Pass Code</source>
        <translation>Neuer Passcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new pass code of token %1. Give it to the customer; it cannot be shown again.</source>
        <translation>Der neue Passcode von Token %1. Geben Sie ihn an den Kunden weiter; er kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forgot Pass Code</source>
        <translation>Passcode vergessen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send a pass code reset e-mail to %1?</source>
        <translation>Eine E-Mail zum Zurücksetzen des Passcodes an %1 senden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A pass code reset e-mail to %1 was queued</source>
        <translation>Eine E-Mail zum Zurücksetzen des Passcodes an %1 wurde eingereiht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reset e-mail was queued for %1: %2</source>
        <translation>Für %1 wurde keine E-Mail zum Zurücksetzen eingereiht: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pass code of token %1 changed</source>
        <translation>Passcode von Token %1 geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pass code of token %1 was not changed: %2</source>
        <translation>Der Passcode von Token %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No one-time password was generated for token %1: %2</source>
        <translation>Für Token %1 wurde kein Einmalpasswort erzeugt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-time password generated for token %1</source>
        <translation>Einmalpasswort für Token %1 erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-Time Password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one-time password for token %1. It can be used once.</source>
        <translation>Das Einmalpasswort für Token %1. Es kann einmal verwendet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Exporting the %n selected token(s) to %1…</source>
        <translation>
            <numerusform>Das ausgewählte Token wird nach %1 exportiert…</numerusform>
            <numerusform>Die %n ausgewählten Tokens werden nach %1 exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export cancelled; %1 is left as it was</source>
        <translation>Export abgebrochen; %1 bleibt unverändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV files, UTF-8 (*.csv)</source>
        <translation>CSV-Dateien, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files for Excel, UTF-8 with byte order mark (*.csv)</source>
        <translation>CSV-Dateien für Excel, UTF-8 mit Bytereihenfolgemarke (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Tokens</source>
        <translation>Token exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tokens.csv</source>
        <translation>token.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+18"/>
        <source>The export to %1 failed: %2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%n token(s) exported to %1</source>
        <translation>
            <numerusform>%n Token nach %1 exportiert</numerusform>
            <numerusform>%n Token nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1 …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing needs an open store.</source>
        <translation>Zum Importieren muss ein Datenspeicher geöffnet sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to another store is not possible: this build has no connection dialog.</source>
        <translation>Verbinden mit einem anderen Datenspeicher ist nicht möglich: Diese Version enthält keinen Verbindungsdialog.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About TokenDesk</source>
        <translation>Über TokenDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none open</source>
        <translation>keiner geöffnet</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="+22"/>
        <location line="+1"/>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../ui/MessageBox.cpp" line="+75"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>NetworkLog</name>
    <message>
        <location filename="../app/stores/crm/NetworkLog.cpp" line="+188"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>NetworkLogWindow</name>
    <message>
        <location filename="../ui/NetworkLogWindow.cpp" line="+35"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network Log</source>
        <translation>Netzwerkprotokoll</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request and response</source>
        <translation>Anfrage und Antwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a request to see its URL and bodies. Passwords, session tokens, keys and codes are shown as ***.</source>
        <translation>Wählen Sie eine Anfrage, um ihre URL und Inhalte zu sehen. Passwörter, Sitzungstoken, Schlüssel und Codes werden als *** angezeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy the selected requests, or all of them (%1)</source>
        <translation>Die ausgewählten Anfragen kopieren, oder alle (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget every request logged so far</source>
        <translation>Alle bisher protokollierten Anfragen verwerfen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request body:</source>
        <translation>Inhalt der Anfrage:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response body:</source>
        <translation>Inhalt der Antwort:</translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <location filename="../ui/NewTokenDialog.cpp" line="+32"/>
        <source>New Token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Generated when left empty</source>
        <translation>Wird erzeugt, wenn leer gelassen</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>e.g. 4111********1111</source>
        <translation>z. B. 4111********1111</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Identifier:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass code:</source>
        <translation>&amp;Passcode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Authentication code:</source>
        <translation>A&amp;uthentifizierungscode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car&amp;d number:</source>
        <translation>Karten&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassification:</source>
        <translation>K&amp;lassifizierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;ount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;rticipant:</source>
        <translation>&amp;Teilnehmer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../app/core/Operation.cpp" line="+60"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set effective</source>
        <translation>Auf wirksam gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set not effective</source>
        <translation>Auf nicht wirksam gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification code reset</source>
        <translation>Bestätigungscode zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass code reset</source>
        <translation>Passcode zurückgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass code reset e-mail sent</source>
        <translation>E-Mail zum Zurücksetzen des Passcodes versandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass code changed</source>
        <translation>Passcode geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time password generated</source>
        <translation>Einmalpasswort erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import undone</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../ui/OptionalDateEdit.cpp" line="+19"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt+Down opens the calendar; Delete clears the date</source>
        <translation>Alt+Pfeil nach unten öffnet den Kalender; Entf löscht das Datum</translation>
    </message>
</context>
<context>
    <name>PgCopyWriter</name>
    <message>
        <location filename="../app/stores/sql/PgCopyWriter.cpp" line="+49"/>
        <source>The connection to the server was lost during the import; nothing of it was saved: %1</source>
        <translation>Die Verbindung zum Server ging während des Imports verloren; davon wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import could not %1: %2</source>
        <translation>Der Import konnte folgenden Schritt nicht ausführen: %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>COPY needs an open PostgreSQL connection</source>
        <translation>COPY benötigt eine offene PostgreSQL-Verbindung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>start</source>
        <translation>starten</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+35"/>
        <source>No COPY is in progress</source>
        <translation>Kein COPY in Arbeit</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>A row has %1 values for %2 columns</source>
        <translation>Eine Zeile hat %1 Werte für %2 Spalten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>send rows</source>
        <translation>Zeilen senden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>finish</source>
        <translation>abschließen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Another token already has this %1: %2</source>
        <translation>Ein anderes Token hat bereits diesen Wert für %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write rows</source>
        <translation>Zeilen schreiben</translation>
    </message>
</context>
<context>
    <name>PgTokenInserter</name>
    <message>
        <location filename="../app/stores/sql/PgTokenInserter.cpp" line="+25"/>
        <source>The import could not run a query: %1</source>
        <translation>Der Import konnte eine Abfrage nicht ausführen: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The import could not save a token: %1</source>
        <translation>Der Import konnte ein Token nicht speichern: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another token already has this %1</source>
        <translation>Ein anderes Token hat bereits diesen Wert für %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import could not draw token numbers: %1</source>
        <translation>Der Import konnte keine Token-Nummern vergeben: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import could not draw token numbers</source>
        <translation>Der Import konnte keine Token-Nummern vergeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The import could not save a batch</source>
        <translation>Der Import konnte einen Stapel nicht speichern</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <location filename="../app/stores/sql/PostgresDialect.cpp" line="+93"/>
        <source>The store could not be prepared: %1</source>
        <translation>Der Datenspeicher konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The PostgreSQL server %1 wants a password for the user &quot;%2&quot;; none was given.</source>
        <translation>Der PostgreSQL-Server %1 verlangt ein Passwort für den Benutzer „%2“; es wurde keines angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL server %1 refused the login of the user &quot;%2&quot;: the user name or the password is wrong, or this user may not log in from here.</source>
        <translation>Der PostgreSQL-Server %1 hat die Anmeldung des Benutzers „%2“ abgelehnt: Benutzername oder Passwort ist falsch, oder dieser Benutzer darf sich von hier nicht anmelden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PostgreSQL server %1 has no database &quot;%2&quot;.</source>
        <translation>Der PostgreSQL-Server %1 hat keine Datenbank „%2“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PostgreSQL server %1 cannot be reached: %2</source>
        <translation>Der PostgreSQL-Server %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+71"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect when TokenDesk is restarted.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von TokenDesk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass-code hash of this store</source>
        <translation>Passcode-Hash dieses Speichers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the store&apos;s settings…</source>
        <translation>Einstellungen des Speichers werden gelesen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Iterations:</source>
        <translation>&amp;Durchläufe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory:</source>
        <translation>S&amp;peicher:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRM.COM connections</source>
        <translation>CRM.COM-Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>New connections start with these; each connection keeps its own (File → Connect…).</source>
        <translation>Neue Verbindungen übernehmen diese Werte; jede Verbindung behält ihre eigenen (Datei → Verbinden …).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network &amp;timeout:</source>
        <translation>Netzwerk-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parallel requests:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear a copied secret a&amp;fter:</source>
        <translation>Kopiertes Geheimnis löschen &amp;nach:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The open store does not hash pass codes in TokenDesk.</source>
        <translation>Der geöffnete Speicher lässt Passcodes nicht von TokenDesk hashen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The store&apos;s settings could not be read: %1</source>
        <translation>Die Einstellungen des Speichers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applies to pass codes and verification codes set from now on; codes already stored keep working. Higher costs are slower to guess and to check.</source>
        <translation>Gilt für Passcodes und Bestätigungscodes, die ab jetzt gesetzt werden; bereits gespeicherte Codes bleiben gültig. Höhere Kosten sind schwerer zu erraten und langsamer zu prüfen.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The pass-code hash cost was not saved: %1</source>
        <translation>Die Hash-Kosten für Passcodes wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/service/TokenService.cpp" line="+11"/>
        <source>The store is not open</source>
        <translation>Der Datenspeicher ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotTour.cpp" line="+65"/>
        <source>One-Time Password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one-time password for token AT0000000005. It can be used once.</source>
        <translation>Das Einmalpasswort für Token AT0000000005. Es kann einmal verwendet werden.</translation>
    </message>
</context>
<context>
    <name>ReferenceBox</name>
    <message>
        <location filename="../ui/ReferenceBox.cpp" line="+32"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: type an account number</source>
        <translation>Kein Konto: Nummer eingeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: type a participant number</source>
        <translation>Kein Teilnehmer: Nummer eingeben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>RemoteScopeBar</name>
    <message>
        <location filename="../ui/RemoteScopeBar.cpp" line="+19"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sho&amp;w tokens of:</source>
        <translation>Token anzeigen &amp;von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens shown</source>
        <translation>Angezeigte Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not associated</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account or participant number</source>
        <translation>Konto- oder Teilnehmernummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;by authentication code:</source>
        <translation>Nach Authentifizierungscode &amp;suchen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication code</source>
        <translation>Authentifizierungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find by authentication code</source>
        <translation>Nach Authentifizierungscode suchen</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Choose an account to see its tokens</source>
        <translation>Wählen Sie ein Konto, um seine Token zu sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens of account %1</source>
        <translation>Token des Kontos %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a participant to see its tokens</source>
        <translation>Wählen Sie einen Teilnehmer, um seine Token zu sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens of participant %1</source>
        <translation>Token des Teilnehmers %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tokens not associated with an account or participant</source>
        <translation>Token ohne Konto oder Teilnehmer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CRM.COM lists no tokens of account %1: it has none yet, or no account has that number.</source>
        <translation>CRM.COM listet keine Token des Kontos %1: Es hat noch keine, oder kein Konto hat diese Nummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRM.COM lists no tokens of participant %1: they have none yet, or no participant has that number.</source>
        <translation>CRM.COM listet keine Token des Teilnehmers %1: Er hat noch keine, oder kein Teilnehmer hat diese Nummer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRM.COM lists no tokens that are not associated with an account or participant.</source>
        <translation>CRM.COM listet keine Token, die keinem Konto und keinem Teilnehmer zugeordnet sind.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participant number</source>
        <translation>Teilnehmernummer</translation>
    </message>
</context>
<context>
    <name>RevealAction</name>
    <message>
        <location filename="../ui/RevealAction.cpp" line="+8"/>
        <source>Show Pass Code</source>
        <translation>Passcode zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide the pass code (%1)</source>
        <translation>Passcode zeigen oder verbergen (%1)</translation>
    </message>
</context>
<context>
    <name>RowRangeResolver</name>
    <message>
        <location filename="../models/RowRangeResolver.cpp" line="+41"/>
        <source>Cancelled before every selected token was read</source>
        <translation>Abgebrochen, bevor alle ausgewählten Tokens gelesen waren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tokens were added, removed or changed elsewhere while the selection was being read, so its rows may now hold other tokens. Select them again and retry.</source>
        <translation>Während die Auswahl gelesen wurde, wurden an anderer Stelle Tokens hinzugefügt, entfernt oder geändert; ihre Zeilen können jetzt andere Tokens enthalten. Bitte erneut auswählen und wiederholen.</translation>
    </message>
</context>
<context>
    <name>RuleHint</name>
    <message>
        <location filename="../ui/RuleHint.cpp" line="+10"/>
        <source>Generated by the store; a new one meeting these rules may be set: %1</source>
        <translation>Vom Speicher erzeugt; ein neuer Wert, der diese Regeln erfüllt, kann gesetzt werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generated by the store (a number).</source>
        <translation>Vom Speicher erzeugt (eine Zahl).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated by the store (letters and digits).</source>
        <translation>Vom Speicher erzeugt (Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An e-mail address.</source>
        <translation>Eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A number.</source>
        <translation>Eine Zahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free text.</source>
        <translation>Freier Text.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a letter</source>
        <translation>einem Buchstaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a digit</source>
        <translation>einer Ziffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a special character</source>
        <translation>einem Sonderzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2 characters</source>
        <translation>%1 bis %2 Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to %1 characters</source>
        <translation>Bis zu %1 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, including %2.</source>
        <translation>%1, mit %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RunningCallIndicator</name>
    <message>
        <location filename="../ui/RunningCallIndicator.cpp" line="+14"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop waiting for this request (Esc)</source>
        <translation>Nicht länger auf diese Anfrage warten (Esc)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for %1…</source>
        <translation>Warte auf %1 …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the store…</source>
        <translation>Warte auf den Datenspeicher …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="+24"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This is shown only once. The clipboard is cleared %n seconds after copying.</source>
        <translation>
            <numerusform>Dies wird nur einmal angezeigt. Die Zwischenablage wird %n Sekunde nach dem Kopieren geleert.</numerusform>
            <numerusform>Dies wird nur einmal angezeigt. Die Zwischenablage wird %n Sekunden nach dem Kopieren geleert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Copied</source>
        <translation>&amp;Kopiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expired. Generate a new one if it is still needed.</source>
        <translation>Abgelaufen. Erzeugen Sie ein neues, falls es noch gebraucht wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expires in %1:%2 (at %3)</source>
        <translation>Läuft ab in %1:%2 (um %3)</translation>
    </message>
</context>
<context>
    <name>SecretVault</name>
    <message>
        <location filename="../app/secrets/SecretVault.cpp" line="+41"/>
        <source>The keychain holds no %1 for this connection</source>
        <translation>Der Schlüsselbund enthält kein %1 für diese Verbindung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access to the %1: %2</source>
        <translation>Der Schlüsselbund hat den Zugriff auf %1 verweigert: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>No keychain service is available (%1). TokenDesk will ask for the %2 once per session and keep it in memory only.</source>
        <translation>Kein Schlüsselbunddienst verfügbar (%1). TokenDesk fragt einmal pro Sitzung nach %2 und behält es nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>The keychain could not store the %1: %2</source>
        <translation>Der Schlüsselbund konnte %1 nicht speichern: %2</translation>
    </message>
</context>
<context>
    <name>SelectionExport</name>
    <message>
        <location filename="../ui/SelectionExport.cpp" line="+26"/>
        <source>Export Selection</source>
        <translation>Auswahl exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The store is not open</source>
        <translation>Der Datenspeicher ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+26"/>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Writing %n token(s) to %1…</source>
        <translation>
            <numerusform>Ein Token wird nach %1 geschrieben…</numerusform>
            <numerusform>%n Tokens werden nach %1 geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the selected tokens: %1 of %2…</source>
        <translation>Ausgewählte Tokens werden gelesen: %1 von %2 …</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <location filename="../app/stores/sql/SqlDialect.cpp" line="+24"/>
        <source>The store is busy: another program, an import perhaps, is writing to it. Try again when it has finished.</source>
        <translation>Der Speicher ist belegt: Ein anderes Programm, vielleicht ein Import, schreibt gerade hinein. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
</context>
<context>
    <name>SqlImportHistory</name>
    <message>
        <location filename="../app/stores/sql/SqlImportHistory.cpp" line="+141"/>
        <source>There is no import %1</source>
        <translation>Es gibt keinen Import %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import %1 was already undone</source>
        <translation>Import %1 wurde bereits rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import %1 is still running: undo it when it has finished</source>
        <translation>Import %1 läuft noch: Machen Sie ihn rückgängig, wenn er abgeschlossen ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import %1 changed no token: there is nothing to undo</source>
        <translation>Import %1 hat kein Token geändert: Es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 cannot be undone: these tokens were changed after it: %2.</source>
        <translation>Import %1 kann nicht rückgängig gemacht werden: Diese Tokens wurden danach geändert: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Import %1 updated some of them: undo it first.</source>
        <translation>
            <numerusform>Import %1 hat einige davon aktualisiert: Machen Sie ihn zuerst rückgängig.</numerusform>
            <numerusform>Die Importe %1 haben einige davon aktualisiert: Machen Sie sie zuerst rückgängig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlImportSession</name>
    <message>
        <location filename="../app/stores/sql/SqlImportSession.cpp" line="+169"/>
        <source>The store could not record the import</source>
        <translation>Der Speicher konnte den Import nicht protokollieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tokens cannot be looked up by %1</source>
        <translation>Tokens können nicht nach %1 gesucht werden</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The token to update is gone</source>
        <translation>Das zu aktualisierende Token existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A token cannot be moved back to PENDING_VERIFICATION by an import</source>
        <translation>Ein Import kann ein Token nicht nach PENDING_VERIFICATION zurücksetzen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A dry run writes no tokens</source>
        <translation>Ein Probelauf schreibt keine Token</translation>
    </message>
</context>
<context>
    <name>SqlSchema</name>
    <message>
        <location filename="../app/stores/sql/SqlSchema.cpp" line="+185"/>
        <source>The store could not read its schema version: %1</source>
        <translation>Der Datenspeicher konnte seine Schemaversion nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The store could not upgrade its schema: %1</source>
        <translation>Der Datenspeicher konnte sein Schema nicht aktualisieren: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The store has schema version %1, but this TokenDesk knows only up to version %2; open it with a newer TokenDesk</source>
        <translation>Der Datenspeicher hat Schemaversion %1, dieses TokenDesk kennt nur bis Version %2; öffnen Sie ihn mit einem neueren TokenDesk</translation>
    </message>
</context>
<context>
    <name>SqlTokenFilter</name>
    <message>
        <location filename="../app/stores/sql/SqlTokenFilter.cpp" line="+142"/>
        <source>The tokens cannot be filtered by %1</source>
        <translation>Die Token können nicht nach %1 gefiltert werden</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>A custom field filter needs the field&apos;s name</source>
        <translation>Ein Filter auf ein benutzerdefiniertes Feld braucht den Namen des Felds</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The tokens cannot be sorted by %1</source>
        <translation>Die Token können nicht nach %1 sortiert werden</translation>
    </message>
</context>
<context>
    <name>SqlTokenStore</name>
    <message>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+105"/>
        <source>%1 is not an SQL store</source>
        <translation>%1 ist kein SQL-Datenspeicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Qt SQL driver %1 is not installed</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The store %1 could not be opened: %2</source>
        <translation>Der Datenspeicher %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The store could not %1: %2</source>
        <translation>Der Datenspeicher konnte folgende Aktion nicht ausführen: %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The store is not open</source>
        <translation>Der Datenspeicher ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>run a query</source>
        <translation>Abfrage ausführen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+489"/>
        <source>prepare a query</source>
        <translation>Abfrage vorbereiten</translation>
    </message>
    <message>
        <location line="-468"/>
        <source>The store %1 cannot be reached: %2</source>
        <translation>Der Datenspeicher %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection to %1 was lost while the change was being saved: it may or may not have been saved. Reload before trying again</source>
        <translation>Die Verbindung zu %1 ging beim Speichern der Änderung verloren: Sie wurde möglicherweise gespeichert. Laden Sie neu, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 was lost; nothing was changed. The next action reconnects</source>
        <translation>Die Verbindung zu %1 ging verloren; nichts wurde geändert. Die nächste Aktion verbindet erneut</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No access token matches %1</source>
        <translation>Kein Zugangstoken passt zu %1</translation>
    </message>
    <message>
        <location line="+373"/>
        <source>Another token already has this %1</source>
        <translation>Ein anderes Token hat bereits diesen Wert für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save the token</source>
        <translation>Token speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token %1 was changed by someone else; reload it and try again</source>
        <translation>Das Token %1 wurde von jemand anderem geändert; laden Sie es neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Another token already has the %1 &quot;%2&quot;</source>
        <translation>Ein anderes Token hat bereits %1 „%2“</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+635"/>
        <location line="+35"/>
        <source>There is no classification &quot;%1&quot;</source>
        <translation>Es gibt keine Klassifizierung „%1“</translation>
    </message>
    <message>
        <location line="-656"/>
        <source>There is no accounts receivable &quot;%1&quot;</source>
        <translation>Es gibt kein Debitorenkonto „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no reward participant &quot;%1&quot;</source>
        <translation>Es gibt keinen Prämienteilnehmer „%1“</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A classification needs a name</source>
        <translation>Eine Klassifizierung braucht einen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two classifications are named &quot;%1&quot;</source>
        <translation>Zwei Klassifizierungen heißen „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hash cost or the OTP lifetime is out of range</source>
        <translation>Der Hash-Aufwand oder die OTP-Gültigkeitsdauer liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The classification &quot;%1&quot; cannot be removed: %2 tokens have it</source>
        <translation>Die Klassifizierung „%1“ kann nicht entfernt werden: %2 Token verwenden sie</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 classifications</source>
        <translation>%1 Klassifizierungen</translation>
    </message>
    <message>
        <location filename="../app/stores/sql/SqlImportSession.cpp" line="-68"/>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+43"/>
        <source>A generated pass code must be sent to someone: give an accounts receivable or a reward participant</source>
        <translation>Ein erzeugter Passcode muss an jemanden gesendet werden: Geben Sie ein Debitorenkonto oder einen Prämienteilnehmer an</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+18"/>
        <location line="+103"/>
        <source>The pass code could not be hashed</source>
        <translation>Der Passcode konnte nicht gehasht werden</translation>
    </message>
    <message>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="-86"/>
        <source>The store could not draw a token number</source>
        <translation>Der Datenspeicher konnte keine Token-Nummer vergeben</translation>
    </message>
    <message>
        <location filename="../app/stores/sql/SqlImportSession.cpp" line="+144"/>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+15"/>
        <location line="+189"/>
        <source>verification code issued</source>
        <translation>Bestätigungscode ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="-183"/>
        <source>pass code generated</source>
        <translation>Passcode erzeugt</translation>
    </message>
    <message>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+33"/>
        <source>The token %1 was changed by someone else (version %2, not %3); reload it and try again</source>
        <translation>Das Token %1 wurde von jemand anderem geändert (Version %2, nicht %3); laden Sie es neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The verification code is not correct</source>
        <translation>Der Bestätigungscode ist nicht korrekt</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The token %1 has no identifier, so a pass code would be of no use</source>
        <translation>Das Token %1 hat keine Kennung, daher wäre ein Passcode nutzlos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pass code reset</source>
        <translation>Passcode zurückgesetzt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>forgot_pass_code needs a token whose identifier is an e-mail address</source>
        <translation>forgot_pass_code benötigt ein Token, dessen Kennung eine E-Mail-Adresse ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pass code reset e-mail</source>
        <translation>E-Mail zum Zurücksetzen des Passcodes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>change_pass_code needs a token whose identifier is an e-mail address</source>
        <translation>change_pass_code benötigt ein Token, dessen Kennung eine E-Mail-Adresse ist</translation>
    </message>
    <message>
        <location filename="../app/stores/crm/CrmApiTokenStore.cpp" line="-177"/>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+3"/>
        <source>The current pass code is not correct</source>
        <translation>Der aktuelle Passcode ist nicht korrekt</translation>
    </message>
    <message>
        <location filename="../app/stores/sql/SqlTokenStore.cpp" line="+173"/>
        <source>An accounts receivable needs a number</source>
        <translation>Ein Debitorenkonto braucht eine Nummer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is already an accounts receivable %1</source>
        <translation>Es gibt bereits ein Debitorenkonto %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A reward participant needs a number</source>
        <translation>Ein Prämienteilnehmer braucht eine Nummer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is already a reward participant %1</source>
        <translation>Es gibt bereits einen Prämienteilnehmer %1</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <location filename="../app/stores/sql/SqliteDialect.cpp" line="+58"/>
        <source>The folder %1 for the store could not be created</source>
        <translation>Der Ordner %1 für den Datenspeicher konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The store %1 could not be created: %2</source>
        <translation>Der Datenspeicher %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+8"/>
        <source>The store could not be prepared (%1): %2</source>
        <translation>Der Datenspeicher konnte nicht vorbereitet werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>SqliteTokenInserter</name>
    <message>
        <location filename="../app/stores/sql/SqliteTokenInserter.cpp" line="+50"/>
        <source>The import could not %1: %2</source>
        <translation>Der Import konnte nicht %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+94"/>
        <location line="+39"/>
        <location line="+96"/>
        <source>run a query</source>
        <translation>eine Abfrage ausführen</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+102"/>
        <location line="+97"/>
        <source>prepare a query</source>
        <translation>eine Abfrage vorbereiten</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>draw a token number</source>
        <translation>eine Token-Nummer vergeben</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The import was cancelled while it built its indexes</source>
        <translation>Der Import wurde beim Erstellen seiner Indizes abgebrochen</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Another token already has this %1</source>
        <translation>Ein anderes Token hat bereits diesen Wert für %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>save a token</source>
        <translation>ein Token speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>save a custom field</source>
        <translation>ein benutzerdefiniertes Feld speichern</translation>
    </message>
</context>
<context>
    <name>StateLabels</name>
    <message>
        <location filename="../models/StateLabels.cpp" line="+11"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <location filename="../ui/StoreSession.cpp" line="+38"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be opened: %2. You are still working on %3.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Sie arbeiten weiter mit %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Still working on %1: the token you are editing was kept.</source>
        <translation>Sie arbeiten weiter mit %1: Das Token in Bearbeitung wurde behalten.</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <location filename="../app/core/StoreUrl.cpp" line="+22"/>
        <source>The path of the store URL contains U+%1, a control or spacing character</source>
        <translation>Der Pfad der Speicher-URL enthält U+%1, ein Steuer- oder Leerzeichen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store URL contains U+%1, which is not a character</source>
        <translation>Die Speicher-URL enthält U+%1, das kein Zeichen ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sqlite: needs a file path, as in sqlite:/path/to/tokens.sqlite</source>
        <translation>sqlite: benötigt einen Dateipfad, etwa sqlite:/pfad/zu/tokens.sqlite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a store URL; use sqlite:PATH, postgres://USER@HOST:PORT/DB or crm+https://USER@HOST/?organisation=ORG</source>
        <translation>„%1“ ist keine Speicher-URL; verwenden Sie sqlite:PFAD, postgres://BENUTZER@HOST:PORT/DB oder crm+https://BENUTZER@HOST/?organisation=ORG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A store URL must not contain a password; it is read from the keychain or TOKENDESK_PASSWORD</source>
        <translation>Eine Speicher-URL darf kein Passwort enthalten; es wird aus dem Schlüsselbund oder TOKENDESK_PASSWORD gelesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>postgres:// needs a database name, as in postgres://user@host:5432/tokens</source>
        <translation>postgres:// benötigt einen Datenbanknamen, etwa postgres://user@host:5432/tokens</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A CRM.COM store URL with a user name needs ?organisation=ORG</source>
        <translation>Eine CRM.COM-Speicher-URL mit Benutzername benötigt ?organisation=ORG</translation>
    </message>
</context>
<context>
    <name>TokenCommands</name>
    <message>
        <location filename="../app/cli/TokenCommands.cpp" line="+17"/>
        <location line="+63"/>
        <source>The pass code of an identifier:X reference.</source>
        <translation>Der Passcode einer identifier:X-Referenz.</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+5"/>
        <location line="+55"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>[FIELD OPTIONS]</source>
        <translation>[FELDOPTIONEN]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a token; prints it and any generated code once.</source>
        <translation>Ein Token anlegen; gibt es und jeden erzeugten Code einmal aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REF [--pass-code P]</source>
        <translation>REF [--pass-code P]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show one token.</source>
        <translation>Ein Token anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REF [FIELD OPTIONS] [--expect-version N] [--current-pass-code P]</source>
        <translation>REF [FELDOPTIONEN] [--expect-version N] [--current-pass-code P]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change fields of a token; left-out fields stay as they are.</source>
        <translation>Felder eines Tokens ändern; nicht angegebene Felder bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete a NOT_EFFECTIVE token.</source>
        <translation>Ein Token im Status NOT_EFFECTIVE löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT_EFFECTIVE -&gt; EFFECTIVE.</source>
        <translation>NOT_EFFECTIVE -&gt; EFFECTIVE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EFFECTIVE -&gt; NOT_EFFECTIVE.</source>
        <translation>EFFECTIVE -&gt; NOT_EFFECTIVE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REF --verification-code C [--pass-code P]</source>
        <translation>REF --verification-code C [--pass-code P]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PENDING_VERIFICATION -&gt; EFFECTIVE; --pass-code sets the pass code.</source>
        <translation>PENDING_VERIFICATION -&gt; EFFECTIVE; --pass-code setzt den Passcode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a new verification code (printed once).</source>
        <translation>Einen neuen Bestätigungscode ausstellen (einmal ausgegeben).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a random pass code (printed once).</source>
        <translation>Einen zufälligen Passcode ausstellen (einmal ausgegeben).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDENTIFIER</source>
        <translation>KENNUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue a pass code reset e-mail.</source>
        <translation>Eine E-Mail zum Zurücksetzen des Passcodes einreihen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REF --current-pass-code P --pass-code NEW</source>
        <translation>REF --current-pass-code P --pass-code NEU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the pass code.</source>
        <translation>Den Passcode ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a one-time password (printed once).</source>
        <translation>Ein Einmalpasswort ausstellen (einmal ausgegeben).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[--account N | --participant N | --not-associated] [--classification NAME] [--state STATE] [--search TEXT] [--sort FIELD[:desc]] [--limit N] [--offset N]</source>
        <translation>[--account N | --participant N | --not-associated] [--classification NAME] [--state STATUS] [--search TEXT] [--sort FELD[:desc]] [--limit N] [--offset N]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List tokens.</source>
        <translation>Token auflisten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pass code of an identifier:X reference (--pass-code is the new one).</source>
        <translation>Der Passcode einer identifier:X-Referenz (--pass-code ist der neue).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code sent to the customer.</source>
        <translation>Der an den Kunden gesendete Code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pass code the token gets.</source>
        <translation>Der Passcode, den das Token erhält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token&apos;s current pass code.</source>
        <translation>Der aktuelle Passcode des Tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new pass code.</source>
        <translation>Der neue Passcode.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown command %1</source>
        <translation>Unbekannter Befehl %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A token reference is missing: authentication_code:X, identifier:X, id:X or number:N</source>
        <translation>Eine Token-Referenz fehlt: authentication_code:X, identifier:X, id:X oder number:N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected argument &quot;%1&quot;</source>
        <translation>Unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An identifier:X reference needs the token&apos;s pass code: add --%1 P</source>
        <translation>Eine identifier:X-Referenz benötigt den Passcode des Tokens: Fügen Sie --%1 P hinzu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>create takes options only, not &quot;%1&quot;</source>
        <translation>create nimmt nur Optionen, nicht „%1“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>update needs at least one field option, such as --udf or --custom</source>
        <translation>update benötigt mindestens eine Feldoption, etwa --udf oder --custom</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted token %1:</source>
        <translation>Token %1 gelöscht:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>verify needs --verification-code CODE</source>
        <translation>verify benötigt --verification-code CODE</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>forgot-pass-code needs exactly one IDENTIFIER (an e-mail address)</source>
        <translation>forgot-pass-code benötigt genau eine KENNUNG (eine E-Mail-Adresse)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A pass code reset e-mail to %1 was queued.</source>
        <translation>Eine E-Mail zum Zurücksetzen des Passcodes an %1 wurde eingereiht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>change-pass-code needs --current-pass-code P and --pass-code NEW</source>
        <translation>change-pass-code benötigt --current-pass-code P und --pass-code NEU</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pass code of %1 was changed.</source>
        <translation>Der Passcode von %1 wurde geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list takes options only, not &quot;%1&quot;</source>
        <translation>list nimmt nur Optionen, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>TokenEditor</name>
    <message>
        <location filename="../ui/TokenEditor.cpp" line="+56"/>
        <source>Created %1</source>
        <translation>Angelegt am %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated %1</source>
        <translation>Geändert am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1 by %2</source>
        <translation>Angelegt am %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1 by %2</source>
        <translation>Geändert am %1 von %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Validation problems</source>
        <translation>Probleme bei der Prüfung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User-defined fields</source>
        <translation>Benutzer&amp;felder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the changed fields (Ctrl+S)</source>
        <translation>Die geänderten Felder speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+636"/>
        <source>Discard the edits of this deleted token</source>
        <translation>Die Änderungen an diesem gelöschten Token verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the edits and show the token as it is stored</source>
        <translation>Die Änderungen verwerfen und das Token so anzeigen, wie es gespeichert ist</translation>
    </message>
    <message>
        <location line="-593"/>
        <source>Set new pass code</source>
        <translation>Neuen Passcode setzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 4111********1111</source>
        <translation>z. B. 4111********1111</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Identifier:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set new &amp;pass code:</source>
        <translation>Neuen &amp;Passcode setzen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Authentication code:</source>
        <translation>A&amp;uthentifizierungscode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car&amp;d number:</source>
        <translation>Karten&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassification:</source>
        <translation>K&amp;lassifizierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;ount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Custo&amp;m fields</source>
        <translation>&amp;Zusatzfelder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Revert</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Unchanged if left empty</source>
        <translation>Unverändert, wenn leer</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Participa&amp;nt:</source>
        <translation>Teilnehme&amp;r:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified:</source>
        <translation>Bestätigt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Text &amp;%1:</source>
        <translation>Text &amp;%1:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number %1:</source>
        <translation>Zahl %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date %1:</source>
        <translation>Datum %1:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Custom fields</source>
        <translation>Zusatzfelder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>H&amp;inzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit trail:</source>
        <translation>Änderungsprotokoll:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>None set</source>
        <translation>Keiner gesetzt</translation>
    </message>
    <message>
        <location line="+353"/>
        <source>Token %1 (deleted by someone else)</source>
        <translation>Token %1 (von jemand anderem gelöscht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No token selected</source>
        <translation>Kein Token ausgewählt</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Not verified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The audit trail could not be read: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Number %1 is not a number in your locale (e.g. %2)</source>
        <translation>Zahl %1 ist in Ihrem Gebietsschema keine Zahl (z. B. %2)</translation>
    </message>
    <message>
        <location line="+170"/>
        <location line="+53"/>
        <source>Token %1 was not saved: %2</source>
        <translation>Token %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Token %1 saved</source>
        <translation>Token %1 gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving token %1 was cancelled before the store answered; your changes are still in the editor</source>
        <translation>Das Speichern von Token %1 wurde abgebrochen, bevor der Datenspeicher antwortete; Ihre Änderungen sind weiterhin im Editor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving token %1 failed: %2. Your edits are still in the editor; saving again shows whether they went through.</source>
        <translation>Das Speichern von Token %1 ist fehlgeschlagen: %2. Ihre Änderungen stehen noch im Editor; erneutes Speichern zeigt, ob sie angekommen sind.</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+55"/>
        <source>Token %1 was not saved: someone else deleted it.</source>
        <translation>Token %1 wurde nicht gespeichert: Jemand anderes hat es gelöscht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token %1 was changed or deleted by someone else: %2</source>
        <translation>Token %1 wurde von jemand anderem geändert oder gelöscht: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token %1 reloaded; your edits were discarded</source>
        <translation>Token %1 neu geladen; Ihre Änderungen wurden verworfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token %1 was not saved: someone else changed it. Your edits are still in the editor; Save again to compare them.</source>
        <translation>Token %1 wurde nicht gespeichert: Jemand anderes hat es geändert. Ihre Änderungen stehen noch im Editor; speichern Sie erneut, um sie zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>TokenExporter</name>
    <message>
        <location filename="../app/io/TokenExporter.cpp" line="+28"/>
        <source>An export needs at least one column</source>
        <translation>Ein Export braucht mindestens eine Spalte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a custom field name</source>
        <translation>„%1“ ist kein Name eines Zusatzfelds</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no field &quot;%1&quot;</source>
        <translation>Es gibt kein Feld „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a secret and is never exported</source>
        <translation>%1 ist geheim und wird nie exportiert</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+34"/>
        <source>The export was cancelled</source>
        <translation>Der Export wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>TokenFields</name>
    <message>
        <location filename="../app/core/TokenField.cpp" line="+52"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass code</source>
        <translation>Passcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication code</source>
        <translation>Authentifizierungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>UDF number %1</source>
        <translation>UDF Zahl %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDF date %1</source>
        <translation>UDF Datum %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDF text %1</source>
        <translation>UDF Text %1</translation>
    </message>
</context>
<context>
    <name>TokenPatch</name>
    <message>
        <location filename="../app/core/TokenPatch.cpp" line="+59"/>
        <location line="+52"/>
        <source>%1 is not a field that can be set</source>
        <translation>%1 ist kein Feld, das gesetzt werden kann</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1 must be a number, not &quot;%2&quot;</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>%1 muss ein Datum im Format JJJJ-MM-TT sein, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>TokenPatchOptions</name>
    <message>
        <location filename="../app/cli/TokenPatchOptions.cpp" line="+32"/>
        <source>User name, e-mail, phone or number; unique.</source>
        <translation>Benutzername, E-Mail, Telefon oder Nummer; eindeutig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The pass code (stored as a hash only).</source>
        <translation>Der Passcode (nur als Hash gespeichert).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The authentication code; unique.</source>
        <translation>Der Authentifizierungscode; eindeutig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The masked card number, e.g. 4111********1111.</source>
        <translation>Die maskierte Kartennummer, z. B. 4111********1111.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification name or id; empty clears it.</source>
        <translation>Name oder ID der Klassifizierung; leer entfernt sie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts receivable number; empty removes it.</source>
        <translation>Nummer des Debitorenkontos; leer entfernt es.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reward participant number; empty removes it.</source>
        <translation>Nummer des Prämienteilnehmers; leer entfernt ihn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user-defined field by wire name, e.g. udf_float_2=3.5; =null clears it. Repeatable.</source>
        <translation>Ein benutzerdefiniertes Feld mit API-Namen, z. B. udf_float_2=3.5; =null leert es. Wiederholbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A custom field; NAME= removes it. Repeatable.</source>
        <translation>Ein Zusatzfeld; NAME= entfernt es. Wiederholbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse with CONFLICT unless the token is still at version N.</source>
        <translation>Mit CONFLICT ablehnen, wenn das Token nicht mehr Version N hat.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--expect-version needs a version number, not &quot;%1&quot;</source>
        <translation>--expect-version benötigt eine Versionsnummer, nicht „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--udf needs NAME=VALUE with NAME one of udf_string_1..%1, udf_float_1..%2, udf_date_1..%3, not &quot;%4&quot;</source>
        <translation>--udf benötigt NAME=WERT mit NAME aus udf_string_1..%1, udf_float_1..%2, udf_date_1..%3, nicht „%4“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--custom needs NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--custom benötigt NAME=WERT, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>TokenRef</name>
    <message>
        <location filename="../app/core/TokenRef.cpp" line="+34"/>
        <source>The token reference &quot;%1&quot; has no value after the colon</source>
        <translation>Die Token-Referenz „%1“ hat keinen Wert nach dem Doppelpunkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a token reference; use authentication_code:X, identifier:X, id:X or number:N</source>
        <translation>„%1“ ist keine Token-Referenz; verwenden Sie authentication_code:X, identifier:X, id:X oder number:N</translation>
    </message>
</context>
<context>
    <name>TokenRulesEditor</name>
    <message>
        <location filename="../ui/TokenRulesEditor.cpp" line="+18"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>Entered by a person</source>
        <translation>Von einer Person eingegeben</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Generated number</source>
        <translation>Erzeugte Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated letters and digits</source>
        <translation>Erzeugte Buchstaben und Ziffern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text</source>
        <translation>Freier Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identifier:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier &amp;format:</source>
        <translation>&amp;Format der Kennung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifier need&amp;s at least:</source>
        <translation>Kennung braucht &amp;mindestens:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass code:</source>
        <translation>&amp;Passcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass code</source>
        <translation>Passcode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass code needs a&amp;t least:</source>
        <translation>Passcode braucht m&amp;indestens:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generated (32 hex characters)</source>
        <translation>Erzeugt (32 Hexadezimalzeichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;uthentication code:</source>
        <translation>&amp;Authentifizierungscode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow tokens &amp;without identifier and pass code</source>
        <translation>Token &amp;ohne Kennung und Passcode zulassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tokens need &amp;verification</source>
        <translation>Neue Token müssen bes&amp;tätigt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set not effective w&amp;hen the last association is removed</source>
        <translation>Auf nicht wirk&amp;sam setzen, wenn die letzte Zuordnung entfernt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;OTP lifetime:</source>
        <translation>&amp;Gültigkeit des Einmalpassworts:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 minimum length</source>
        <translation>%1: Mindestlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter</source>
        <translation>Buchstabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digit</source>
        <translation>Ziffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>special character</source>
        <translation>Sonderzeichen</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <location filename="../app/service/TokenService.cpp" line="+47"/>
        <source>No store could be created</source>
        <translation>Es konnte kein Datenspeicher erstellt werden</translation>
    </message>
</context>
<context>
    <name>TokenSettings</name>
    <message>
        <location filename="../app/core/TokenSettings.cpp" line="+149"/>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>„%1“ ist kein gültiger Wert für %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a setting; the settings are: %2</source>
        <translation>%1 ist keine Einstellung; die Einstellungen sind: %2</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <location filename="../app/stores/TokenStore.h" line="+92"/>
        <source>Unknown bulk action</source>
        <translation>Unbekannte Sammelaktion</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <location filename="../models/TokenTableModel.cpp" line="+68"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 (the store cannot sort by this column)</source>
        <translation>%1 (der Speicher kann nicht nach dieser Spalte sortieren)</translation>
    </message>
    <message>
        <location line="+430"/>
        <source>Could not load tokens: %1</source>
        <translation>Token konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not count tokens: %1</source>
        <translation>Token konnten nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>TokenValidator</name>
    <message>
        <location filename="../app/core/TokenValidator.cpp" line="+34"/>
        <source>A custom field&apos;s name</source>
        <translation>Der Name eines Zusatzfelds</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+65"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>%1 contains a line break; it must be on one line</source>
        <translation>%1 enthält einen Zeilenumbruch; der Wert muss in einer Zeile stehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains a control character</source>
        <translation>%1 enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 starts with an invisible byte-order mark</source>
        <translation>%1 beginnt mit einer unsichtbaren Bytereihenfolge-Markierung (BOM)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs at least %2 characters</source>
        <translation>%1 braucht mindestens %2 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs at least one letter</source>
        <translation>%1 braucht mindestens einen Buchstaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs at least one digit</source>
        <translation>%1 braucht mindestens eine Ziffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs at least one special character</source>
        <translation>%1 braucht mindestens ein Sonderzeichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+46"/>
        <source>%1 cannot be blank</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 must be an e-mail address such as name@example.com</source>
        <translation>%1 muss eine E-Mail-Adresse wie name@example.com sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must contain digits only</source>
        <translation>%1 darf nur Ziffern enthalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 must be 4 to 32 digits and mask characters, such as 4111********1111</source>
        <translation>%1 muss aus 4 bis 32 Ziffern und Maskenzeichen bestehen, etwa 4111********1111</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 shows more than %2 digits: mask the middle ones, as in 4111********1111, so no full card number is stored</source>
        <translation>%1 zeigt mehr als %2 Ziffern: Maskieren Sie die mittleren, etwa 4111********1111, damit keine vollständige Kartennummer gespeichert wird</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 must be a finite number</source>
        <translation>%1 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The custom field %1 starts with an invisible byte-order mark</source>
        <translation>Das Zusatzfeld %1 beginnt mit einer unsichtbaren Bytereihenfolge-Markierung (BOM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pass code cannot be cleared while the token has an identifier</source>
        <translation>Der Passcode kann nicht gelöscht werden, solange das Token eine Kennung hat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A pass code is required when an identifier is given</source>
        <translation>Ein Passcode ist erforderlich, wenn eine Kennung angegeben ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An identifier is required: the rules for this token (its classification&apos;s, or the store&apos;s) do not allow tokens without identifier and pass code</source>
        <translation>Eine Kennung ist erforderlich: Die Regeln für dieses Token (die seiner Klassifizierung oder die des Datenspeichers) erlauben keine Tokens ohne Kennung und Passcode</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An authentication code is required: the rules for this token (its classification&apos;s, or the store&apos;s) do not generate one</source>
        <translation>Ein Authentifizierungscode ist erforderlich: Die Regeln für dieses Token (die seiner Klassifizierung oder die des Datenspeichers) erzeugen keinen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The authentication code cannot be cleared</source>
        <translation>Der Authentifizierungscode kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>A custom field needs a name</source>
        <translation>Ein Zusatzfeld braucht einen Namen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The custom field %1 is longer than 4096 characters</source>
        <translation>Das Zusatzfeld %1 ist länger als 4096 Zeichen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A pass code needs an identifier</source>
        <translation>Ein Passcode braucht eine Kennung</translation>
    </message>
</context>
<context>
    <name>TransitionTable</name>
    <message>
        <location filename="../app/core/TransitionTable.cpp" line="+70"/>
        <source>Needs a token that is %1; this one is %2</source>
        <translation>Benötigt ein Token im Zustand „%1“; dieses ist „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>TranslationLoader</name>
    <message>
        <location filename="../app/service/TranslationLoader.cpp" line="+38"/>
        <source>TokenDesk has no translation for %1; the interface stays in English.</source>
        <translation>Für %1 gibt es keine TokenDesk-Übersetzung; die Oberfläche bleibt englisch.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../ui/VerifyDialog.cpp" line="+16"/>
        <source>Verify Token %1</source>
        <translation>Token %1 bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code the customer received</source>
        <translation>Der Code, den der Kunde erhalten hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verification code:</source>
        <translation>&amp;Bestätigungscode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;pass code:</source>
        <translation>Neuer &amp;Passcode:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+54"/>
        <source>Back office for CRM.COM access tokens</source>
        <translation>Verwaltung von CRM.COM-Zugangstoken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store to open (sqlite:PATH, postgres://…, crm+https://…, or crm+http://… for a test server on this machine).</source>
        <translation>Der zu öffnende Datenspeicher (sqlite:PFAD, postgres://…, crm+https://… oder crm+http://… für einen Testserver auf diesem Rechner).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not fill a new, empty store with demo data.</source>
        <translation>Einen neuen, leeren Datenspeicher nicht mit Demodaten füllen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save screenshots of the main views into a folder and exit.</source>
        <translation>Bildschirmfotos der wichtigsten Ansichten in einem Ordner speichern und beenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A CSV file to import once the store is open.</source>
        <translation>Eine CSV-Datei, die nach dem Öffnen des Datenspeichers importiert wird.</translation>
    </message>
</context>
</TS>
